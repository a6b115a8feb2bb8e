import { z } from "zod";
import { BATH_STATISTICS } from "../physics/problem.js";

/**
 * The case-file format (DESIGN.md, "Cases"): one YAML file per physical set-up. This zod schema is the
 * single definition of the format; cases/case.schema.json is generated from it (write-json-schema.ts)
 * and the TypeScript types below are inferred from it. The schema checks shapes and types only;
 * build-problem.ts checks everything that needs the whole file (known parameter names, operator strings,
 * sites in range, physical ranges, constraints).
 *
 * Error messages: every custom `error` below is written as the "expected …" phrase of an InputError
 * (schema-errors.ts), e.g. `a number or an expression`.
 */

/** A strict mapping: an unknown field (a typo such as `temprature`) is an error naming the allowed fields. */
function mapping<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `one of the fields ${allowed}` : undefined),
  });
}

/** Parameter names: identifiers usable in expressions (a leading `__` is reserved). */
const PARAMETER_NAME = /^(?!__)[A-Za-z_][A-Za-z0-9_]*$/;
const parameterName = z
  .string()
  .regex(PARAMETER_NAME, { error: "a parameter name (letters, digits and _, not starting with a digit)" });

/** Names of cases, baths, scenarios and sweeps, and words of word parameters. */
const WORD = /^[A-Za-z][A-Za-z0-9_-]*$/;
const word = z.string().regex(WORD, { error: "a word (letters, digits, _ and -, starting with a letter)" });

const text = z.string().min(1, { error: "a non-empty text" });

/** A number, or a mathjs expression of the parameters (src/cases/expression.ts lists what is allowed). */
const numberOrExpression = z
  .union([z.number(), z.string()], { error: "a number or an expression" })
  .describe("A number, or a mathjs expression of the parameters, e.g. `TM + dT/2` or `bose(eps, T1)`.");

/** An operator string: a product of site factors such as `sp0 sm1` (src/physics/operator-string.ts). */
const operatorString = text.describe(
  "A product of site factors separated by spaces or `*`: I; on spins X<k>, Y<k>, Z<k>, sp<k> (σ⁺), sm<k> (σ⁻), " +
    "n<k>; on fermionic modes c<k>, cdag<k> (Jordan-Wigner) and n<k>; on bosonic modes a<k>, adag<k>, n<k>, " +
    "x<k>, p<k>; e.g. `sp0 sm1`. With forEach, `{i+1}` stands for the value of an expression of the index.",
);

const PARAMETER_SPEC = mapping({
  value: z
    .union([z.number(), z.string()], { error: "a number, an expression or a word" })
    .describe("Default value: a number, an expression of other parameters, or (with oneOf) a word."),
  description: text.optional().describe("What the parameter is, with its symbol in the paper."),
  oneOf: z
    .array(word)
    .min(1, { error: "at least one word" })
    .optional()
    .describe("Makes this a word parameter: its value (and any --set value) must be one of these words."),
});

const PARAMETER_DEFINITION = z
  .union([z.number(), z.string(), PARAMETER_SPEC], {
    error: "a number, an expression, or a mapping {value, description, oneOf}",
  })
  .describe(
    "A parameter: a number, a mathjs expression of other parameters (recomputed when those change), or " +
      "{value, description, oneOf}. Expressions may call bose(omega, T) and fermi(e, mu, T).",
  );

const SOURCE = mapping({
  paper: text.describe("File name of the paper in the papers folder, e.g. 000_47becd3a7196453b.txt."),
  section: z.union([z.string(), z.number()]).optional().describe("Section of the paper, e.g. III."),
  equations: z
    .array(z.union([z.string(), z.number()]))
    .optional()
    .describe('Equation numbers the case is built from, e.g. ["21", "22"].'),
});

/** `{ i: 0 .. N-1 }`: repeats an entry for each whole number i in the range (ends are expressions). */
const FOR_EACH = z
  .record(
    z.string().regex(/^[a-z]$/, { error: "a one-letter index name such as i" }),
    z.string().regex(/^.+\.\..+$/, { error: "a range such as 0 .. N-1" }),
  )
  .refine((record) => Object.keys(record).length === 1, { error: "exactly one index, e.g. {i: 0 .. N-1}" })
  .describe(
    "Repeats the entry for each whole number of a range, e.g. {i: 0 .. N-1}: `{i}`, `{i+1}` in operator " +
      "strings and names are replaced by the values, and coefficients may use i. Parameters in ranges and " +
      "braces are structural: changing them (--set N=8) rebuilds the system.",
  );

const SITE = mapping({
  name: text.describe("Name of the site, e.g. q0 (with forEach, a pattern such as s{i})."),
  kind: z
    .enum(["spin", "fermion", "boson"])
    .describe(
      "A spin-1/2, a fermionic mode (mapped by Jordan-Wigner), or a bosonic mode truncated to `levels` Fock states.",
    ),
  levels: z
    .union([z.int().min(1, { error: "a whole number ≥ 1" }), z.string()], {
      error: "a whole number of levels or an expression",
    })
    .optional()
    .describe("Bosonic modes: number of Fock states kept, |0⟩ … |levels − 1⟩ (a number or an expression)."),
  forEach: FOR_EACH.optional(),
  description: text.optional().describe("What the site is."),
});

const OPERATOR_TERM = mapping({
  coefficient: numberOrExpression.describe("Coefficient of this product (a number or an expression)."),
  operator: operatorString,
});

/** An operator string, or a sum of them with coefficients (e.g. σz' = cos θ σz − sin θ σx). */
const OPERATOR = z
  .union([operatorString, z.array(OPERATOR_TERM).min(1, { error: "at least one term" })], {
    error: "an operator string or a list of {coefficient, operator} terms",
  })
  .describe("One operator string, or a list of {coefficient, operator} terms that are summed.");

const HAMILTONIAN_TERM = mapping({
  coefficient: numberOrExpression.describe("Real coefficient of the term (a number or an expression)."),
  operator: OPERATOR,
  hermitianConjugate: z
    .boolean()
    .optional()
    .describe("Adds the Hermitian conjugate: coefficient·(O + O†). Required when O is not Hermitian."),
  order: z
    .int()
    .min(0, { error: "a whole number ≥ 0" })
    .max(1, { error: "0 or 1 (bath terms are the second order)" })
    .optional()
    .describe(
      "Order of the term in the case's small coupling (003_cb0e800cb11a91bb.txt eq. (16)): 0 for H0, 1 for the " +
        "weak interactions and mean-field terms; the baths are of order 2. Read by weak-coupling engines.",
    ),
  forEach: FOR_EACH.optional(),
  description: text.optional().describe("What the term is, with its source."),
});

const SPECTRAL_DENSITY = z
  .discriminatedUnion(
    "kind",
    [
      mapping({
        kind: z.literal("flat"),
        strength: numberOrExpression.describe("γ(ω) = strength at every frequency."),
      }),
      mapping({
        kind: z.literal("ohmic"),
        coefficient: numberOrExpression.describe(
          "γ(ω) = coefficient·|ω| (002_2a2ed7907f7a4e96.txt eq. (17)).",
        ),
      }),
      mapping({
        kind: z.literal("newns"),
        Gamma: numberOrExpression.describe("Γ of γ(ω) = Γ√(1 − ω²/Ω²) (004_3bda4ae6cebee785.txt eq. (19))."),
        Omega: numberOrExpression.describe("Half bandwidth Ω of the tight-binding lead."),
      }),
      mapping({
        kind: z.literal("expression"),
        gamma: z
          .string()
          .describe(
            "γ(ω) as an expression of omega and the parameters, evaluated at |ω|, e.g. 2*lam^2*(d + (c - d)*(omega/(2*h))^2).",
          ),
      }),
    ],
    {
      error: (issue) =>
        issue.code === "invalid_union"
          ? "one of flat, ohmic, newns, expression"
          : "a mapping such as {kind: flat, strength: Gamma}",
    },
  )
  .describe("Zero-temperature emission rate γ(ω) of the bath (src/physics/spectral-density.ts).");

export const BATH = mapping({
  name: word.describe("Name of the bath, used in current names such as currents.left.heat."),
  sites: z
    .array(z.int().min(0, { error: "a site index ≥ 0" }))
    .min(1, { error: "at least one site index" })
    .optional()
    .describe("Sites the bath touches (default: the support of the coupling operator)."),
  coupling: OPERATOR.describe(
    "System operator of the coupling: Hermitian A (H_int = A⊗B) or L (H_int = L⊗B† + L†⊗B), e.g. sm0, " +
      "or a list of {coefficient, operator} terms.",
  ),
  statistics: z
    .union([z.enum(BATH_STATISTICS), parameterName], { error: "one of boson, fermion, spin" })
    .describe("boson, fermion or spin, or the name of a word parameter taking these values."),
  temperature: numberOrExpression.describe("Temperature T ≥ 0 (k_B = 1)."),
  chemicalPotential: numberOrExpression
    .optional()
    .describe("Chemical potential μ (fermionic leads; default 0)."),
  spectralDensity: SPECTRAL_DENSITY,
  description: text.optional().describe("What the bath is, in words."),
});

const DISSIPATOR = mapping({
  name: word.optional().describe("Label of the dissipator (default: its operator)."),
  rate: numberOrExpression.describe("Rate γ ≥ 0 of γ(LρL† − ½{L†L, ρ})."),
  operator: OPERATOR.describe(
    "Jump operator L: one operator string, or a list of {coefficient, operator} terms summed.",
  ),
  forEach: FOR_EACH.optional(),
  description: text.optional().describe("What the dissipator models, with its source."),
});

const SYSTEM = mapping({
  sites: z.array(SITE).min(1, { error: "at least one site" }).describe("Sites in order; site 0 is leftmost."),
  hamiltonian: z
    .array(HAMILTONIAN_TERM)
    .describe("H_S = Σ coefficient·operator (+ h.c. where hermitianConjugate is true)."),
  baths: z.array(BATH).describe("Thermal baths, each coupled through one operator."),
  dissipators: z
    .array(DISSIPATOR)
    .optional()
    .describe("Extra non-thermal Lindblad terms rate·D(L), e.g. dephasing noise."),
});

const parameterValues = z
  .record(parameterName, z.union([z.number(), z.string()], { error: "a number, an expression or a word" }))
  .describe("Parameter overrides, as with --set name=value.");

const SCENARIO = mapping({
  name: word.describe("Name of the parameter point, e.g. equilibrium."),
  description: text.describe("What is special about this point."),
  set: parameterValues.optional(),
});

const SWEEP = mapping({
  name: word.describe("Name of the sweep, e.g. temperature-bias."),
  description: text.describe("What the sweep shows."),
  parameter: parameterName.describe("The parameter varied along the x axis."),
  from: z.number().describe("First value of the parameter."),
  to: z.number().describe("Last value of the parameter."),
  points: z.int().min(2, { error: "a whole number ≥ 2" }).describe("Number of evenly spaced points."),
  spacing: z
    .enum(["linear", "log"])
    .optional()
    .describe("linear (default) or log: evenly spaced in the logarithm (from and to > 0)."),
  quantities: z
    .array(text)
    .min(1, { error: "at least one quantity" })
    .describe("Quantities plotted, e.g. currents.left.heat, observables.concurrence, entropyProduction."),
  set: parameterValues.optional().describe("Other parameters held at these values during the sweep."),
});

/** Most times a declared trajectory takes: the report embeds every point of every engine. */
export const MAX_TRAJECTORY_POINTS = 10_001;

const TRAJECTORY = mapping({
  id: word.describe(
    "Id of the trajectory, e.g. excitation-hopping (in the report's anchors and file names).",
  ),
  title: text.describe("One-line title of the trajectory's charts."),
  description: text.optional().describe("What the trajectory shows, with its source."),
  initial: text.describe(
    "Initial state, as `evolve --initial`: one state per site, comma-separated (spins up, down, x+, x-, y+, y-; " +
      "fermionic modes empty, full; bosonic modes fock:n, coherent:α, thermal:n̄), a Bell state of two qubits " +
      "(phi+, phi-, psi+, psi-), gibbs:T, steady:<engine> or a .json file with {re, im}.",
  ),
  times: text.describe(
    `Times, as \`evolve --times\`: from:to:points (evenly spaced, both ends included) or from:to:points:log, at most ${MAX_TRAJECTORY_POINTS} points, e.g. 0:30:201.`,
  ),
  observables: z
    .array(text)
    .min(1, { error: "at least one operator string" })
    .describe(
      "Operators whose expectation ⟨O⟩(t) is drawn, one chart each, as `evolve --observe`: operator strings such as " +
        "n0, X1 or `sp0 sm1` (a non-Hermitian one as its real and imaginary parts).",
    ),
  engines: z
    .array(text)
    .min(1, { error: "at least one engine id" })
    .optional()
    .describe(
      "Engines that evolve it (default: every selected engine that has evolve and supports the case).",
    ),
  set: parameterValues.optional().describe("Parameters held at these values (default: the case's defaults)."),
});

const MATRIX_VALUE = mapping({
  re: z.array(z.array(numberOrExpression)).describe("Real parts, row by row."),
  im: z.array(z.array(numberOrExpression)).optional().describe("Imaginary parts (default 0)."),
});

const REFERENCE = mapping({
  quantity: text.describe(
    "steadyState (a density matrix in the site basis) or a solve --json number such as " +
      "observables.concurrence, currents.left.heat or entropyProduction.",
  ),
  value: z
    .union([z.number(), z.string(), MATRIX_VALUE], { error: "a number, an expression or a matrix {re, im}" })
    .describe("The reference: a number or expression, or {re, im} matrices of expressions for steadyState."),
  tolerance: z
    .number()
    .positive({ error: "a number > 0" })
    .describe("Largest accepted |measured − reference|."),
  source: text.describe("Where the value comes from: paper file and equation, or a textbook result."),
  description: text.optional().describe("How the value follows from the source."),
  engines: z.array(text).min(1).optional().describe("Engines the reference applies to (default: all)."),
  scenarios: z.array(word).min(1).optional().describe("Scenarios where it applies (default: everywhere)."),
});

const EXPECTATION = mapping({
  property: text.describe("Property id, e.g. gibbs-state."),
  engine: text.optional().describe("Engine id, e.g. local-lindblad: only this engine (with its options)."),
  approximation: z
    .enum(["secular", "local", "bloch-redfield", "weak-coupling", "perturbative", "exact", "asymptotic"])
    .optional()
    .describe(
      "Every engine that makes this approximation (its traits), e.g. bloch-redfield: the built-in one and " +
        "any external one. Without engine and approximation the expectation holds for every engine.",
    ),
  outcome: z
    .enum(["fail", "refuted"])
    .describe(
      "fail: a failure theory predicts (local Lindblad misses the Gibbs state); refuted: a measured " +
        "refutation of the paper's claim that the property tests (the paper is wrong here).",
    ),
  reason: text.describe("Why theory predicts it, or what was measured against the claim, with the source."),
  scenarios: z.array(word).min(1).optional().describe("Scenarios where it is expected (default: all)."),
});

const CHECK = mapping({
  property: text.describe("Id of a property that applies only where a case invokes it (a paper's claim)."),
  with: parameterValues
    .optional()
    .describe(
      "The property's arguments: numbers, expressions of the parameters, or parameter names where the property asks for names.",
    ),
  scenarios: z.array(word).min(1).optional().describe("Scenarios where it is checked (default: all)."),
});

const CASE_OBSERVABLE = mapping({
  name: word.describe("Key of the observable in `observables`, e.g. localTemperature or coherence."),
  description: text.describe("What it is, with its source."),
  perSite: numberOrExpression
    .optional()
    .describe(
      "Value at each site: an expression of the parameters, of `sz` (⟨σz⟩ of the site), `occupation` (⟨n⟩) " +
        "and `site` (its index), e.g. h / atanh(-sz). Null where it is not a finite number. Give perSite or operator.",
    ),
  operator: OPERATOR.optional().describe(
    "An operator O whose expectation Tr[O ρ] is reported: an operator string such as `sp0 sm1` or a list of " +
      "{coefficient, operator} terms, {expression} placeholders allowed; a non-Hermitian O as {re, im}. Give perSite or operator.",
  ),
});

const CONSTRAINT = mapping({
  expression: text.describe(
    "A condition on the parameters, e.g. `Gamma < Omega`; chained `0 <= x < 1` works.",
  ),
  message: text.describe("What breaks when the condition fails."),
  source: text.optional().describe("Paper and equation the condition comes from."),
});

export const CASE = mapping({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "a case id in kebab-case, e.g. flipflop-qubits" })
    .describe("Case id; must equal the file name without .yaml."),
  title: text.describe("One-line title of the case."),
  source: SOURCE.describe("The paper the case is built from."),
  description: text.describe("The physical set-up and what theory predicts, in a paragraph."),
  parameters: z.record(parameterName, PARAMETER_DEFINITION).describe("Default parameters, in any order."),
  system: SYSTEM.describe("The open system: sites, Hamiltonian, baths and extra dissipators."),
  constraints: z
    .array(CONSTRAINT)
    .optional()
    .describe("Conditions every parameter point must satisfy (e.g. the validity range of an equation)."),
  scenarios: z
    .array(SCENARIO)
    .optional()
    .describe("Named parameter points at which `qmebench run` checks the properties."),
  observables: z
    .array(CASE_OBSERVABLE)
    .optional()
    .describe(
      "Observables of the case, per site from the site expectations or as the expectation of an operator " +
        "(reported with the others by solve, sweep and evolve).",
    ),
  sweeps: z.array(SWEEP).optional().describe("Named sweeps plotted in the report."),
  trajectories: z
    .array(TRAJECTORY)
    .optional()
    .describe(
      "Time evolutions ρ(t) drawn in the report: expectation values against t, one curve per engine.",
    ),
  references: z.array(REFERENCE).optional().describe("Checked reference values, each with its source."),
  checks: z
    .array(CHECK)
    .optional()
    .describe(
      "Paper-specific properties the case invokes, with their arguments (general properties run everywhere).",
    ),
  figures: z
    .array(text)
    .optional()
    .describe("Ids of the figures the report draws for this case (qmebench list shows them)."),
  expectations: z
    .array(EXPECTATION)
    .optional()
    .describe("Property failures that theory predicts, per engine (reported as expected failures)."),
  engineOptions: z
    .record(text, z.record(text, z.union([z.number(), z.string(), z.boolean()])))
    .optional()
    .describe("Options per engine id, e.g. {redfield: {secularCutoff: 0}}."),
});

export type CaseDefinition = z.output<typeof CASE>;
export type ParameterDefinition = z.output<typeof PARAMETER_DEFINITION>;
export type HamiltonianTermDefinition = z.output<typeof HAMILTONIAN_TERM>;
export type BathDefinition = z.output<typeof BATH>;
export type SpectralDensityDefinition = z.output<typeof SPECTRAL_DENSITY>;
export type DissipatorDefinition = z.output<typeof DISSIPATOR>;
export type SiteDefinition = z.output<typeof SITE>;
export type OperatorDefinition = z.output<typeof OPERATOR>;
export type ScenarioDefinition = z.output<typeof SCENARIO>;
export type SweepDefinition = z.output<typeof SWEEP>;
export type TrajectoryDefinition = z.output<typeof TRAJECTORY>;
export type ReferenceDefinition = z.output<typeof REFERENCE>;
export type ExpectationDefinition = z.output<typeof EXPECTATION>;
export type ConstraintDefinition = z.output<typeof CONSTRAINT>;
export type CheckDefinition = z.output<typeof CHECK>;

/** The JSON Schema of the case format (draft 2020-12), as written to cases/case.schema.json. */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CASE, { io: "input" }),
    title: "qmebench case file",
    description:
      "One physical set-up for qmebench (see DESIGN.md, Cases). Generated from src/cases/schema.ts.",
  };
}
