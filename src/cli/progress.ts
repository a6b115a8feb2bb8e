import { SingleBar } from "cli-progress";

/**
 * A progress bar on stderr that appears only once the work has taken longer than a second, and only on a
 * terminal (or when QMEBENCH_PROGRESS=1), so that piped output and CI logs stay clean. `stage` names what
 * is running now (e.g. `flipflop-qubits/biased redfield second-law`).
 */
export function createProgress(label: string): {
  update(done: number, total: number, stage?: string): void;
  stop(): void;
} {
  const started = Date.now();
  const enabled = process.stderr.isTTY || process.env.QMEBENCH_PROGRESS === "1";
  let bar: SingleBar | undefined;
  let lastRender = 0;
  return {
    update(done, total, stage = "") {
      if (!enabled) return;
      const now = Date.now();
      if (!bar) {
        if (now - started < 1000) return;
        bar = new SingleBar({
          format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted} | {stage}`,
          stream: process.stderr,
          hideCursor: true,
          noTTYOutput: !process.stderr.isTTY,
          notTTYSchedule: 2000,
        });
        bar.start(total, done, { stage });
      }
      if (now - lastRender > 100 || done === total) {
        bar.setTotal(total);
        bar.update(done, { stage: stage.length > 60 ? `${stage.slice(0, 57)}...` : stage });
        lastRender = now;
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
