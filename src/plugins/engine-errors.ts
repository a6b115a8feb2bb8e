/** An engine asked for something it cannot do on this case (reported, exit status 2 on the CLI). */
export class EngineUnsupportedError extends Error {
  override name = "EngineUnsupportedError";
}
