#!/usr/bin/env node
import { main } from "./program.js";

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // Not an input error: a bug or a numerical failure the engine did not turn into a finding.
    process.stderr.write(`qmebench: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
