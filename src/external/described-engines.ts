import { describeInput, InputError } from "../input-error.js";
import type { EngineMeta, EngineOptionSpec, EngineTraits } from "../plugins/engine.js";
import { resolveEngineOptions } from "../plugins/engine-options.js";
import type { ExternalEngineSpec } from "../plugins/external-engine-spec.js";
import { PROTOCOL_VERSION } from "./engine-connection.js";

/** What an external engine can be asked, besides `supports` (docs/external-engines.md). */
const EXTERNAL_CAPABILITIES = ["steadyState", "currents", "evolve", "generator"] as const;
export type ExternalCapability = (typeof EXTERNAL_CAPABILITIES)[number];

const APPROXIMATIONS: readonly EngineTraits["approximation"][] = [
  "secular",
  "local",
  "bloch-redfield",
  "weak-coupling",
  "perturbative",
  "exact",
  "asymptotic",
];
const OPTION_TYPES = ["number", "string", "boolean"];

/** An engine as its program describes it: metadata, what it can compute, and its size limit. */
export interface DescribedEngine extends EngineMeta {
  capabilities: readonly ExternalCapability[];
  /** Problems above this Hilbert-space dimension are not sent (supports answers with the numbers). */
  maxDimension?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The engines a program's `describe` answer declares, validated as a plugin module's are: anything
 * missing or malformed is an input error naming where the program was configured and the field.
 */
export function describedEngines(answer: unknown, spec: ExternalEngineSpec): DescribedEngine[] {
  const fail = (path: string, expected: string, got: unknown): never => {
    throw new InputError({ file: spec.origin, path: `describe: ${path}`, expected, got: describeInput(got) });
  };
  if (!isRecord(answer)) fail("result", "{ protocol, engines: [...] }", answer);
  const { protocol, engines } = answer as Record<string, unknown>;
  if (protocol !== PROTOCOL_VERSION) fail("protocol", `protocol version ${PROTOCOL_VERSION}`, protocol);
  if (!Array.isArray(engines) || engines.length === 0)
    fail("engines", "a non-empty list of engines", engines);
  return (engines as unknown[]).map((entry, k) => {
    const at = `engines[${k}]`;
    if (!isRecord(entry)) fail(at, "{ id, title, description, traits, capabilities, options }", entry);
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(e.id)) {
      fail(`${at}.id`, "an id of lower-case letters, digits and dashes", e.id);
    }
    if (typeof e.title !== "string" || e.title === "") fail(`${at}.title`, "a title", e.title);
    if (e.description !== undefined && typeof e.description !== "string") {
      fail(`${at}.description`, "a paragraph of text", e.description);
    }
    const traits = e.traits as Record<string, unknown>;
    if (!isRecord(traits)) fail(`${at}.traits`, "{ approximation, markovian, lindbladForm }", traits);
    if (!APPROXIMATIONS.includes(traits.approximation as EngineTraits["approximation"])) {
      fail(`${at}.traits.approximation`, `one of ${APPROXIMATIONS.join(", ")}`, traits.approximation);
    }
    for (const flag of ["markovian", "lindbladForm"]) {
      if (typeof traits[flag] !== "boolean") fail(`${at}.traits.${flag}`, "true or false", traits[flag]);
    }
    const capabilities = e.capabilities;
    if (
      !Array.isArray(capabilities) ||
      capabilities.length === 0 ||
      !capabilities.every((c) => EXTERNAL_CAPABILITIES.includes(c))
    ) {
      fail(`${at}.capabilities`, `a non-empty list of ${EXTERNAL_CAPABILITIES.join(", ")}`, capabilities);
    }
    if (
      e.maxDimension !== undefined &&
      !(Number.isInteger(e.maxDimension) && (e.maxDimension as number) >= 1)
    ) {
      fail(`${at}.maxDimension`, "a whole number ≥ 1", e.maxDimension);
    }
    const meta: DescribedEngine = {
      id: e.id as string,
      title: e.title as string,
      description: (e.description as string | undefined) ?? (e.title as string),
      traits: {
        approximation: traits.approximation as EngineTraits["approximation"],
        markovian: traits.markovian as boolean,
        lindbladForm: traits.lindbladForm as boolean,
      },
      options: optionSchema(e.options, `${at}.options`, fail),
      capabilities: capabilities as ExternalCapability[],
      ...(e.maxDimension === undefined ? {} : { maxDimension: e.maxDimension as number }),
    };
    // each default must satisfy its own schema
    const defaults = Object.fromEntries(Object.entries(meta.options!).map(([name, o]) => [name, o.default]));
    resolveEngineOptions(meta, defaults, `${spec.origin}: describe: ${at}.options (defaults)`);
    return meta;
  });
}

function optionSchema(
  value: unknown,
  at: string,
  fail: (path: string, expected: string, got: unknown) => never,
): Record<string, EngineOptionSpec> {
  if (value === undefined) return {};
  if (!isRecord(value)) fail(at, "{ name: { description, type, default, values?, minimum? } }", value);
  const schema: Record<string, EngineOptionSpec> = {};
  for (const [name, spec] of Object.entries(value as Record<string, unknown>)) {
    const path = `${at}.${name}`;
    if (!isRecord(spec)) fail(path, "{ description, type, default }", spec);
    const o = spec as Record<string, unknown>;
    if (typeof o.description !== "string") fail(`${path}.description`, "a sentence", o.description);
    if (!OPTION_TYPES.includes(o.type as string)) fail(`${path}.type`, OPTION_TYPES.join(", "), o.type);
    if (!["number", "string", "boolean"].includes(typeof o.default))
      fail(`${path}.default`, "a value", o.default);
    if (
      o.values !== undefined &&
      !(Array.isArray(o.values) && o.values.every((w) => typeof w === "string"))
    ) {
      fail(`${path}.values`, "a list of words", o.values);
    }
    if (o.minimum !== undefined && typeof o.minimum !== "number")
      fail(`${path}.minimum`, "a number", o.minimum);
    schema[name] = {
      description: o.description as string,
      type: o.type as EngineOptionSpec["type"],
      default: o.default as number | string | boolean,
      ...(o.values === undefined ? {} : { values: o.values as string[] }),
      ...(o.minimum === undefined ? {} : { minimum: o.minimum as number }),
    };
  }
  return schema;
}
