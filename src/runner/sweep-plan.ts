/**
 * How a sweep is spread over worker threads. A worker costs its start-up and the warm-up of its compiled
 * code (≈ 0.3–0.5 s on the machines we measure), so it must get enough points to pay for that: on two
 * cores, 20,001 two-qubit points (≈ 50 µs each) ran as fast in one thread as in two, and 100,001 points
 * ran 1.5× faster in two (`qmebench sweep flipflop-qubits --engine global-lindblad`). The work of a point
 * grows like the LU decomposition of the n²×n² generator, ∝ n⁶, which scales the threshold.
 */

/** Two-qubit (n = 4) points that a worker thread must get to pay for itself. */
const MINIMUM_TWO_QUBIT_POINTS_PER_WORKER = 15_000;
/** Most points sent to a worker at once (progress is reported per chunk). */
const MAXIMUM_CHUNK_POINTS = 1000;
/** Chunks per worker, so that workers that finish early take more. */
const CHUNKS_PER_WORKER = 8;

export interface SweepPlan {
  /** Worker threads to use; 1 runs the sweep in this thread. */
  workers: number;
  /** Points per chunk of work. */
  chunkPoints: number;
}

/** The plan for `points` points of a problem of Hilbert-space dimension `dimension` on `cores` cores. */
export function planSweep(points: number, dimension: number, cores: number): SweepPlan {
  const minimumPerWorker = Math.max(1, MINIMUM_TWO_QUBIT_POINTS_PER_WORKER * (4 / dimension) ** 6);
  const workers = Math.max(1, Math.min(cores, Math.floor(points / minimumPerWorker)));
  const chunkPoints = Math.max(
    1,
    Math.min(MAXIMUM_CHUNK_POINTS, Math.ceil(points / (workers * CHUNKS_PER_WORKER))),
  );
  return { workers, chunkPoints };
}
