import { cpus, totalmem } from "node:os";
import { provenance } from "../runner/provenance.js";
import type { Machine } from "./benchmark-records.js";

/** The machine and software a benchmark runs on. */
export function machine(version: string): Machine {
  const processors = cpus();
  return {
    ...provenance(version),
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGigabytes: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  };
}
