import { execFileSync } from "node:child_process";
import type { Provenance } from "./results.js";

/** What the numbers of a run were made with. */
export function provenance(version: string): Provenance {
  let gitCommit: string | undefined;
  try {
    gitCommit = execFileSync("git", ["rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    gitCommit = undefined; // not a git checkout, or no git: the provenance says less
  }
  return {
    qmebench: version,
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    ...(gitCommit ? { gitCommit } : {}),
  };
}
