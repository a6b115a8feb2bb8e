import Benchmark from "benchmark";
import { measureChainNess } from "./chain-ness.js";
import { addEngineBenchmarks } from "./engines.bench.js";
import { addEvolveBenchmarks } from "./evolve.bench.js";
import { measureExternalEngines } from "./external-engines.js";
import { addI3322Benchmarks } from "./i3322.bench.js";
import { addLgiBenchmarks } from "./lgi.bench.js";
import { addLinalgBenchmarks } from "./linalg.bench.js";
import { measureMlgiMap } from "./mlgi-map.js";
import { addNewnsBenchmarks } from "./newns.bench.js";
import { measureNewnsValidityMap } from "./newns-validity-map.js";
import { addRealProductBenchmarks } from "./real-products.bench.js";
import { addRedfieldBenchmarks } from "./redfield.bench.js";
import { addSymmetricEigenBenchmarks } from "./symmetric-eigen.bench.js";
import { measureSweepThroughput } from "./sweep-throughput.js";

/**
 * `npm run bench`: kernel and engine micro-benchmarks (benchmark package), then the whole-process
 * throughput of a 20,001-point `qmebench sweep --csv`. Pass a substring to run only matching benchmarks.
 */
async function main(): Promise<void> {
  const filter = process.argv[2];
  const suite = new Benchmark.Suite("qmebench");
  addLinalgBenchmarks(suite);
  addEngineBenchmarks(suite);
  addEvolveBenchmarks(suite);
  addLgiBenchmarks(suite);
  addNewnsBenchmarks(suite);
  addRedfieldBenchmarks(suite);
  addI3322Benchmarks(suite);
  addSymmetricEigenBenchmarks(suite);
  addRealProductBenchmarks(suite);
  const selected = filter ? suite.filter((b: Benchmark) => String(b.name).includes(filter)) : suite;
  selected.on("cycle", (event: Benchmark.Event) => {
    const bench = event.target as unknown as Benchmark;
    const hz = bench.hz ?? 0;
    const perOp = hz > 0 ? 1e6 / hz : Number.NaN;
    console.log(
      `${String(bench.name).padEnd(52)} ${hz.toFixed(0).padStart(10)} ops/s  ${perOp.toFixed(2).padStart(9)} µs/op  ±${(bench.stats?.rme ?? 0).toFixed(1)}%`,
    );
  });
  selected.run({ async: false });
  if (!filter || "sweep".includes(filter)) await measureSweepThroughput();
  if (!filter || "chain-ness".includes(filter)) measureChainNess();
  if (!filter || "mlgi-map".includes(filter)) await measureMlgiMap();
  if (!filter || "newns-validity-map".includes(filter)) await measureNewnsValidityMap();
  if (!filter || "external-engines".includes(filter)) measureExternalEngines();
}

await main();
