import type { TaskContext } from "./task-context.js";

/** One option of a command, as commander writes it: `--tau-max <t>`, `--json`. */
export interface CommandOptionSpec {
  flags: string;
  description: string;
  default?: string;
  /** The option may be given several times (`--set a=1 --set b=2`); its value is then a list. */
  repeatable?: boolean;
  required?: boolean;
}

/** What a command may use while it runs: the registry and cases, and the terminal. */
export interface CommandContext {
  tasks: TaskContext;
  /** Writes a line to standard output. */
  print(text: string): void;
  /** Writes a warning to standard error. */
  warn(text: string): void;
  /** A progress bar on standard error (shown only for long runs on a terminal). */
  progress(label: string): { update(done: number, total: number): void; stop(): void };
}

/**
 * A command of the command line contributed by a part of the suite (a paper's room, e.g. `lgi` and
 * `borderlines` of paper 000): plain data for its arguments and options, and `run`. Input errors are
 * InputErrors (exit status 2), as everywhere.
 */
export interface CommandPlugin {
  name: string;
  description: string;
  arguments: { name: string; description: string }[];
  options: CommandOptionSpec[];
  /** Whether it needs the properties and figures loaded (default: engines only). */
  needsEverything?: boolean;
  run(args: string[], options: Record<string, unknown>, context: CommandContext): Promise<void> | void;
}

export function defineCommand<C extends CommandPlugin>(command: C): C {
  return command;
}
