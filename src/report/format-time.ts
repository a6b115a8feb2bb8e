/**
 * A run's duration for people: `420 ms`, `3.4 s`, `2 min 05 s`, `1 h 02 min`.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`invalid argument. Duration must be a finite number ≥ 0. Value: ${seconds}.`);
  }
  if (seconds < 0.9995) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 59.95) return `${seconds.toFixed(1)} s`;
  const wholeSeconds = Math.round(seconds);
  if (wholeSeconds < 3600) {
    const minutes = Math.floor(wholeSeconds / 60);
    return `${minutes} min ${String(wholeSeconds % 60).padStart(2, "0")} s`;
  }
  const wholeMinutes = Math.round(seconds / 60);
  return `${Math.floor(wholeMinutes / 60)} h ${String(wholeMinutes % 60).padStart(2, "0")} min`;
}

/** An ISO-8601 timestamp as `YYYY-MM-DD hh:mm:ss UTC`; a string that is not a date is returned as given. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
