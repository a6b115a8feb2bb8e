import { describeInput, InputError } from "../input-error.js";

/** A program that speaks the external-engine protocol (docs/external-engines.md), as configured. */
export interface ExternalEngineSpec {
  /** The program and its arguments, run without a shell. */
  command: string[];
  /** Its working directory: the config file's directory, or the working directory for --engine-command. */
  cwd: string;
  /** How long one request may take before the process is killed and the request fails. */
  timeoutSeconds: number;
  /** Where it was declared, for messages and `list`: `qmebench.config.json: engines[0]` or `--engine-command`. */
  origin: string;
}

const DEFAULT_ENGINE_TIMEOUT_SECONDS = 60;

/** The keys of an `engines` entry in the config file. */
const ENTRY_KEYS = ["command", "timeoutSeconds"];

/**
 * The `engines` list of a config file, validated: each entry `{ "command": ["python3", "x.py"],
 * "timeoutSeconds": 60 }` runs in the config file's directory `dir`. Anything else is an input error
 * naming the file and the field.
 */
export function configuredEngineSpecs(value: unknown, file: string, dir: string): ExternalEngineSpec[] {
  if (!Array.isArray(value)) {
    throw new InputError({
      file,
      path: "engines",
      expected: 'a list of { "command": [program, ...arguments], "timeoutSeconds": seconds }',
      got: describeInput(value),
    });
  }
  return value.map((entry: unknown, i) => {
    const path = `engines[${i}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new InputError({
        file,
        path,
        expected: 'an object such as { "command": ["python3", "my_engine.py"] }',
        got: describeInput(entry),
      });
    }
    const fields = entry as Record<string, unknown>;
    const unknown = Object.keys(fields).find((key) => !ENTRY_KEYS.includes(key));
    if (unknown !== undefined) {
      throw new InputError({
        file,
        path: `${path}.${unknown}`,
        expected: `one of the keys ${ENTRY_KEYS.join(", ")}`,
        got: JSON.stringify(unknown),
      });
    }
    const { command, timeoutSeconds = DEFAULT_ENGINE_TIMEOUT_SECONDS } = fields;
    if (
      !Array.isArray(command) ||
      command.length === 0 ||
      !command.every((part) => typeof part === "string" && part !== "")
    ) {
      throw new InputError({
        file,
        path: `${path}.command`,
        expected:
          'a non-empty list of strings, the program then its arguments, e.g. ["python3", "my_engine.py"]',
        got: describeInput(command),
      });
    }
    return {
      command: command as string[],
      cwd: dir,
      timeoutSeconds: checkedTimeout(timeoutSeconds, file, `${path}.timeoutSeconds`),
      origin: `${file}: ${path}`,
    };
  });
}

function checkedTimeout(value: unknown, file: string, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new InputError({ file, path, expected: "a positive number of seconds", got: describeInput(value) });
  }
  return value;
}

/**
 * `--engine-command "python3 my_engine.py"`: the words of the text (single or double quotes keep spaces
 * inside one word), run in the working directory with the default timeout.
 */
export function engineCommandSpec(text: string, cwd: string): ExternalEngineSpec {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g))
    words.push(match[1] ?? match[2] ?? match[3]);
  const unbalanced = (text.match(/"/g)?.length ?? 0) % 2 === 1 || (text.match(/'/g)?.length ?? 0) % 2 === 1;
  if (words.length === 0 || unbalanced) {
    throw new InputError({
      file: "--engine-command",
      path: "",
      expected: 'a program and its arguments, e.g. "python3 adapters/qutip/qmebench_qutip.py"',
      got: JSON.stringify(text),
    });
  }
  return {
    command: words,
    cwd,
    timeoutSeconds: DEFAULT_ENGINE_TIMEOUT_SECONDS,
    origin: `--engine-command ${text}`,
  };
}
