import type { ComplexMatrix } from "../linalg/complex-matrix.js";
import { describeProblem } from "../physics/problem-description.js";
import type { Problem } from "../physics/problem.js";
import {
  type BathCurrents,
  defineEngine,
  type EngineCapabilities,
  type EngineDefinition,
  type EngineOptions,
} from "../plugins/engine.js";
import { lastValueMemo } from "../plugins/last-value-memo.js";
import type { DescribedEngine } from "./described-engines.js";
import type { EngineConnection } from "./engine-connection.js";
import { currentsAnswer, evolutionAnswer, generatorAnswer, steadyStateAnswer } from "./engine-answers.js";
import { ExternalEngineError } from "./external-engine-error.js";

/** Each problem's description as JSON text, built once however many requests and engines send it. */
const problemTexts = new WeakMap<Problem, string>();

function problemText(problem: Problem): string {
  let text = problemTexts.get(problem);
  if (text === undefined) {
    text = JSON.stringify(describeProblem(problem));
    problemTexts.set(problem, text);
  }
  return text;
}

/**
 * An engine that lives in another program: every capability it declares is a request on the program's
 * connection with the problem description, and every answer is checked (a state is Hermitian with unit
 * trace, matrices have the problem's size, numbers are finite) before the suite sees it. A steady-state
 * request also asks for the currents at that state, so a sweep point costs two round trips (supports,
 * steadyState) instead of three.
 */
export function externalEngine(described: DescribedEngine, connection: EngineConnection): EngineDefinition {
  const { capabilities: declared, maxDimension, ...meta } = described;
  const engine = described.id;
  const what = (problem: Problem) => `engine ${engine} on case ${problem.caseId}`;
  const call = (
    method: string,
    problem: Problem,
    options: EngineOptions,
    extra: Record<string, unknown> = {},
  ) => connection.call(method, { engine, options, ...extra }, what(problem), problemText(problem));
  /** The currents the program sent with a steady state, by the state (and problem, options) they belong to. */
  const currentsOfState = new WeakMap<
    ComplexMatrix,
    { problem: Problem; options: string; currents: Record<string, BathCurrents> }
  >();

  const capabilities: EngineCapabilities = {
    supports: lastValueMemo((problem, options) => {
      if (maxDimension !== undefined && problem.dimension > maxDimension) {
        return `Hilbert-space dimension ${problem.dimension} exceeds the limit ${maxDimension} of this engine`;
      }
      const answer = call("supports", problem, options);
      if (answer !== true && typeof answer !== "string") {
        throw new ExternalEngineError(
          `${what(problem)} answered supports with ${JSON.stringify(answer)}, not true or a reason`,
        );
      }
      return answer;
    }),
  };
  if (declared.includes("steadyState")) {
    capabilities.steadyState = (problem, options, request) => {
      const initialState = request?.initialState;
      const answer = steadyStateAnswer(
        call("steadyState", problem, options, {
          ...(initialState ? { initialState: initialState.toJSON() } : {}),
          ...(declared.includes("currents") ? { currents: true } : {}),
        }),
        problem,
        what(problem),
        initialState !== undefined,
      );
      const { currents, ...result } = answer;
      if (currents && result.rho) {
        currentsOfState.set(result.rho, { problem, options: JSON.stringify(options), currents });
      }
      return result;
    };
  }
  if (declared.includes("currents")) {
    capabilities.currents = (problem, options, rho) => {
      const sent = currentsOfState.get(rho);
      if (sent?.problem === problem && sent.options === JSON.stringify(options)) return sent.currents;
      return currentsAnswer(
        call("currents", problem, options, { rho: rho.toJSON() }),
        problem,
        what(problem),
        "result",
      );
    };
  }
  if (declared.includes("evolve")) {
    capabilities.evolve = (problem, options, rho0, times) =>
      evolutionAnswer(
        call("evolve", problem, options, { rho0: rho0.toJSON(), times }),
        problem.dimension,
        times.length,
        what(problem),
      );
  }
  if (declared.includes("generator")) {
    capabilities.generator = lastValueMemo((problem, options) =>
      generatorAnswer(call("generator", problem, options), problem, what(problem)),
    );
  }
  return defineEngine({ ...meta, ...capabilities });
}
