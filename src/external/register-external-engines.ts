import { InputError } from "../input-error.js";
import type { ExternalEngineSpec } from "../plugins/external-engine-spec.js";
import type { PluginRegistry } from "../plugins/registry.js";
import { describedEngines } from "./described-engines.js";
import { EngineConnection, PROTOCOL_VERSION } from "./engine-connection.js";
import { EngineProcess } from "./engine-process.js";
import { externalEngine } from "./external-engine.js";

/**
 * Starts each configured program (once for this thread), asks it to `describe` its engines and registers
 * them under the place they were configured. A program that cannot start, does not answer `describe` or
 * answers it wrongly is an input error naming that place; its process is shut down.
 */
export function registerExternalEngines(
  registry: PluginRegistry,
  specs: readonly ExternalEngineSpec[],
): void {
  for (const spec of specs) {
    const process = new EngineProcess(spec);
    const connection = new EngineConnection(process);
    try {
      const answer = connection.call("describe", { protocol: PROTOCOL_VERSION }, spec.command.join(" "));
      for (const described of describedEngines(answer, spec)) {
        registry.registerEngine(externalEngine(described, connection), spec.origin);
      }
    } catch (error) {
      process.close();
      if (error instanceof InputError) throw error;
      throw new InputError({
        file: spec.origin,
        path: "command",
        expected: "a program that answers describe (docs/external-engines.md)",
        got: (error as Error).message,
      });
    }
  }
}
