import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/atomic-write.js";

describe("writeFileAtomic", () => {
  it("replaces the previous file whole and leaves no temporary file", () => {
    const directory = mkdtempSync(join(tmpdir(), "qmebench-"));
    const target = join(directory, "nested", "results.json");
    writeFileAtomic(target, "first\n");
    writeFileAtomic(target, "second\n");
    expect(readFileSync(target, "utf8")).toBe("second\n");
    expect(readdirSync(join(directory, "nested"))).toEqual(["results.json"]);
  });

  it("keeps what was there when the new file cannot be put in place, and cleans up", () => {
    const directory = mkdtempSync(join(tmpdir(), "qmebench-"));
    const occupied = join(directory, "report");
    mkdirSync(join(occupied, "inside"), { recursive: true });
    // a non-empty directory cannot be replaced by a file: the rename fails
    expect(() => writeFileAtomic(occupied, "text")).toThrow();
    expect(readdirSync(directory)).toEqual(["report"]);
    expect(readdirSync(occupied)).toEqual(["inside"]);
  });
});
