import { chmodSync } from "node:fs";
import { defineConfig } from "rolldown";

/**
 * The command line as one bundle, dist/cli/qmebench.js (the package's bin), built from the compiled
 * dist/src/cli/main.js with its dependencies: a node process then reads a few files instead of some 200
 * modules, which halves the start-up of every command (bench/sweep-throughput.ts). Code loaded only by
 * some commands (the suite, the report and its plotting libraries) goes to chunks loaded on demand.
 * Worker threads load the compiled modules of dist/src/ (sourceModuleUrl in src/package-root.ts).
 * The bundle is the package's bin: it is made executable after every build, so that `npx qmebench` keeps
 * working after `npm test` or `npm run bench` rebuild it.
 */
export default defineConfig({
  input: { qmebench: "dist/src/cli/main.js" },
  platform: "node",
  output: {
    dir: "dist/cli",
    cleanDir: true,
    format: "esm",
    chunkFileNames: "chunks/[name]-[hash].js",
  },
  plugins: [
    {
      name: "executable-bin",
      writeBundle() {
        chmodSync("dist/cli/qmebench.js", 0o755);
      },
    },
  ],
});
