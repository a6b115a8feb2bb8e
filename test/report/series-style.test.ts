import { describe, expect, it } from "vitest";
import { builtinRegistry } from "../../src/builtins/registry.js";
import { seriesStyle, seriesStyles } from "../../src/report/series-style.js";

describe("series styles", () => {
  it("give every built-in engine of a run its own colour", () => {
    const engines = builtinRegistry().engines.map((engine) => engine.id);
    const colours = [...seriesStyles(engines).values()].map((style) => style.color);
    expect(new Set(colours).size).toBe(engines.length);
  });

  it("repeat a combination of colour, dash and marker only after 120 series", () => {
    const look = (k: number) => JSON.stringify(seriesStyle(k));
    const looks = Array.from({ length: 120 }, (_, k) => look(k));
    expect(new Set(looks).size).toBe(120);
    expect(look(120)).toBe(look(0));
  });
});
