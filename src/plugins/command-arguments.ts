import { resolve } from "node:path";
import { InputError } from "../input-error.js";
import type { EngineOptions } from "./engine.js";

/**
 * Parses repeated `name=value` options (`--set eps=2`, `--option secularCutoff=0`). Values stay strings
 * here (a parameter value may be an expression); `parseOptionValue` turns engine options into
 * numbers or booleans where they look like one.
 */
export function parseAssignments(items: readonly string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0 || eq === item.length - 1) {
      throw new InputError({ file: flag, path: "", expected: "name=value", got: item });
    }
    out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return out;
}

export function parseOptionValue(text: string): number | string | boolean {
  if (text === "true") return true;
  if (text === "false") return false;
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

/** Splits a comma-separated list option (`--cases a,b`). */
export function parseList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The key a case is opened under in every thread: an id as given, a path made absolute (worker threads
 * share the working directory, but the key must not depend on how the path was written).
 */
export function caseKey(idOrPath: string): string {
  return /[\\/]/.test(idOrPath) || /\.ya?ml$/.test(idOrPath) ? resolve(idOrPath) : idOrPath;
}

/** `--option name=value` items as engine options (numbers and booleans parsed). */
export function engineOptionsFrom(items: string[]): EngineOptions {
  return Object.fromEntries(
    Object.entries(parseAssignments(items, "--option")).map(([k, v]) => [k, parseOptionValue(v)]),
  );
}

/** A positive number (or integer) given on the command line. */
export function positiveNumber(text: string, flag: string, integer = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new InputError({
      file: flag,
      path: "",
      expected: integer ? "a positive integer" : "a positive number",
      got: JSON.stringify(text),
    });
  }
  return value;
}
