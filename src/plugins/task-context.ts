import type { PreparedCase } from "../cases/build-problem.js";
import type { ExternalEngineSpec } from "./external-engine-spec.js";
import type { PluginRegistry } from "./registry.js";

/** What a worker thread needs to rebuild the registry of the command that started it. */
export interface TaskSetup {
  /** Absolute paths of plugin modules, loaded as with --plugin. */
  plugins: string[];
  /** The config file (absolute), or none. */
  config?: string;
  /** Do not read qmebench.config.json from the working directory. */
  ignoreConfig?: boolean;
  /** Load the properties and figures too (commands that check them; otherwise the engines only). */
  everything?: boolean;
  /** External engine programs given by --engine-command (the config file's come with the file). */
  engineCommands?: ExternalEngineSpec[];
}

/**
 * What a task function of `parallelMap` gets besides its item: the registry (built-in engines, properties
 * and figures, plus the command's plugins) and the cases, opened once per thread. In this thread it is
 * the command's own; in a worker thread it is rebuilt from the TaskSetup (builtins/task-context.ts), so
 * a plugin engine works in figures and sweeps as a built-in one does.
 */
export interface TaskContext {
  readonly setup: TaskSetup;
  readonly registry: PluginRegistry;
  /** A case by id or absolute path, prepared once per thread. */
  openCase(idOrPath: string): PreparedCase;
}

/** The module (under src/, see sourceModuleUrl) that builds a TaskContext in a worker thread. */
export const TASK_CONTEXT_MODULE = "builtins/task-context.js";
