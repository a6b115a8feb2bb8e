/**
 * An external engine failed: its process could not start, ended, overran its timeout, wrote something
 * that is not an answer of the protocol, reported an error of its own, or answered with a value that is
 * not what was asked (a non-state, NaN, a wrong shape). The message names the engine, the case and what
 * happened, with the tail of the program's standard error. A run turns it into an error on the check, a
 * sweep into an error row; the command line exits 1.
 */
export class ExternalEngineError extends Error {
  override name = "ExternalEngineError";
}
