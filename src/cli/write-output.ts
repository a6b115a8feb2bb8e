/**
 * Writes to standard output and waits while the pipe is full, so that a long streamed sweep holds its
 * memory to what the reader has not taken yet.
 */
export function writeOutput(text: string): Promise<void> {
  if (process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}
