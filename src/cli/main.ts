#!/usr/bin/env node
import { main } from "./program.js";

// A reader that stops early (`| head`) closes the pipe: the output is then simply not wanted.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`qmebench: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // Not an input error: a bug or a numerical failure the engine did not turn into a finding.
    process.stderr.write(
      `qmebench: internal error (please report it, with the command): ${(error as Error)?.stack ?? String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
