import { RateDivergenceError } from "../physics/rate-divergence-error.js";
import { EngineUnsupportedError } from "../plugins/engine-errors.js";
import { SteadyStateError } from "../solvers/steady-state-result.js";
import type { EngineProcess } from "./engine-process.js";
import { ExternalEngineError } from "./external-engine-error.js";

/** The version of docs/external-engines.md that qmebench speaks (sent with `describe`). */
export const PROTOCOL_VERSION = 1;

/**
 * Error codes an engine may answer with (JSON-RPC reserves −32768 … −32000 for the protocol): each
 * becomes the error a built-in engine would throw, so the runner and the command line treat it alike.
 */
export const ENGINE_ERROR_CODES = {
  /** The engine cannot treat this problem (it should have said so in `supports`). */
  unsupported: -32000,
  /** No steady state to trust: a degenerate kernel without an initial state, no convergence. */
  noSteadyState: -32001,
  /** A rate the problem needs is infinite (a flat bosonic bath at ω = 0). */
  rateDivergence: -32002,
} as const;

interface RpcError {
  code: number;
  message: string;
  data?: unknown;
}

function errorFor(error: RpcError, what: string): Error {
  const message = `${what}: ${error.message}`;
  switch (error.code) {
    case ENGINE_ERROR_CODES.unsupported:
      return new EngineUnsupportedError(message);
    case ENGINE_ERROR_CODES.noSteadyState:
      return new SteadyStateError(message);
    case ENGINE_ERROR_CODES.rateDivergence:
      return new RateDivergenceError(message);
    default:
      return new ExternalEngineError(`${message} (error ${error.code})`);
  }
}

/** The first characters of a line, for messages. */
function excerpt(line: string): string {
  return JSON.stringify(line.length > 200 ? `${line.slice(0, 200)}…` : line);
}

/**
 * JSON-RPC 2.0 over one engine process (docs/external-engines.md): one request line, one answer line
 * with the same id. An answer that is not JSON, has another id or neither `result` nor `error` breaks the
 * protocol: the process is discarded (started again on the next call) and the call fails.
 */
export class EngineConnection {
  private id = 0;

  constructor(readonly process: EngineProcess) {}

  /**
   * Calls `method`. `params` is sent as JSON; `rawProblem`, when given, is already JSON text (a problem
   * description, serialised once per problem) and is sent as `params.problem`. `what` names the engine
   * and case in messages.
   */
  call(method: string, params: Record<string, unknown>, what: string, rawProblem?: string): unknown {
    const id = ++this.id;
    let paramsText = JSON.stringify(params);
    if (rawProblem !== undefined) {
      paramsText = `${paramsText.slice(0, -1)}${paramsText === "{}" ? "" : ","}"problem":${rawProblem}}`;
    }
    let line: string;
    try {
      line = this.process.request(`{"jsonrpc":"2.0","id":${id},"method":"${method}","params":${paramsText}}`);
    } catch (error) {
      throw new ExternalEngineError(`${what}: ${method}: ${(error as Error).message}`);
    }
    let answer: unknown;
    try {
      answer = JSON.parse(line);
    } catch {
      return this.broken(`${what}: answered ${method} with a line that is not JSON: ${excerpt(line)}`);
    }
    if (typeof answer !== "object" || answer === null || (answer as { id?: unknown }).id !== id) {
      return this.broken(`${what}: answered ${method} with ${excerpt(line)}, not a response with id ${id}`);
    }
    const { result, error } = answer as { result?: unknown; error?: unknown };
    if (error !== undefined) {
      const e = error as Partial<RpcError>;
      if (typeof e.code !== "number" || typeof e.message !== "string") {
        return this.broken(`${what}: answered ${method} with a malformed error ${excerpt(line)}`);
      }
      throw errorFor(e as RpcError, what);
    }
    if (result === undefined) {
      return this.broken(`${what}: answered ${method} with neither result nor error: ${excerpt(line)}`);
    }
    return result;
  }

  private broken(message: string): never {
    this.process.discard(message);
    throw new ExternalEngineError(message);
  }
}
