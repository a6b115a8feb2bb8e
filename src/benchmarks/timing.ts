import Benchmark from "benchmark";

/** Repeated timings of one operation: the median and spread of its samples. */
export interface Timing {
  /** Median seconds per operation over the samples. */
  seconds: number;
  /** Fastest and slowest sample, seconds per operation. */
  min: number;
  max: number;
  /** Relative margin of error of the mean (benchmark's rme, in %). */
  rme: number;
  samples: number;
}

/** How long `time` may spend on one operation, and how many samples it takes at least. */
export interface TimingBudget {
  maxSeconds: number;
  minSamples: number;
}

/**
 * Times an operation with the `benchmark` package (calibrated loop counts, so a 10 µs operation is timed
 * over many calls and a 5 s one once per sample): at least `minSamples` samples, and more while the
 * budget lasts. The median is quoted, not the mean: on shared machines one slow sample moves the mean.
 */
export function time(operation: () => void, budget: TimingBudget): Timing {
  const bench = new Benchmark(operation, {
    minSamples: budget.minSamples,
    maxTime: budget.maxSeconds,
    initCount: 1,
  });
  bench.run({ async: false });
  if (bench.error) throw bench.error as Error;
  const sample = [...bench.stats.sample].sort((a, b) => a - b);
  const middle = sample.length >> 1;
  return {
    seconds: sample.length % 2 ? sample[middle] : (sample[middle - 1] + sample[middle]) / 2,
    min: sample[0],
    max: sample[sample.length - 1],
    rme: bench.stats.rme,
    samples: sample.length,
  };
}
