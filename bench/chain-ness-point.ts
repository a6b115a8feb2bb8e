import { builtinEngineRegistry } from "../src/builtins/engines.js";
import { openCase } from "../src/cases/open-case.js";

/**
 * One point of the chain benchmark, in its own process so that its peak memory is its own:
 * `node dist/bench/chain-ness-point.js <engine> <N> [method]` prints one JSON line with the time of the
 * steady-state solve (case preparation excluded), the process's peak resident memory and the solver report.
 */
const [engineId, sites, method] = process.argv.slice(2);
const registry = builtinEngineRegistry();
const engine = registry.engine(engineId);
const problem = openCase("tilted-ising-chain").problemAt({ N: Number(sites) });
const options = registry.optionsFor(engine, problem, method ? { method } : {});
const supported = engine.supports(problem, options);
if (supported !== true) {
  console.log(JSON.stringify({ unsupported: supported }));
} else {
  const started = process.hrtime.bigint();
  const result = engine.steadyState!(problem, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    JSON.stringify({
      seconds,
      peakMegabytes: process.resourceUsage().maxRSS / 1024,
      method: result.method,
      residual: result.residual,
      iterations: result.iterations,
    }),
  );
}
