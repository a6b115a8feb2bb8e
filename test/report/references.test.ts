import { describe, expect, it } from "vitest";
import { PAPERS } from "../../src/builtins/papers.js";
import { citationLabel, citedText, PAPER_REFERENCES, referenceAnchor } from "../../src/report/references.js";

describe("the references of the papers", () => {
  it("cover every paper the suite is built from", () => {
    const files = PAPER_REFERENCES.map((r) => r.file);
    for (const paper of PAPERS) expect(files, paper.paper).toContain(paper.paper);
  });

  it("each have a title, authors and an arXiv id or DOI of the right form, or say why they have none", () => {
    for (const reference of PAPER_REFERENCES) {
      expect(reference.title.length, reference.file).toBeGreaterThan(10);
      expect(reference.authors.length, reference.file).toBeGreaterThan(0);
      for (const author of reference.authors) expect(author).toMatch(/^\p{Lu}[\p{L}.\- ]+ \p{Lu}[\p{L}-]+$/u);
      if (reference.arxiv !== undefined) expect(reference.arxiv).toMatch(/^\d{4}\.\d{4,5}$/);
      if (reference.doi !== undefined) expect(reference.doi).toMatch(/^10\.\d{4,}\/\S+$/);
      if (reference.arxiv === undefined && reference.doi === undefined) {
        expect(reference.noIdentifier, reference.file).toBeTruthy();
      }
    }
    expect(new Set(PAPER_REFERENCES.map(citationLabel)).size).toBe(PAPER_REFERENCES.length);
  });
});

describe("citedText", () => {
  it("turns a paper's file name into a citation of its entry and keeps the rest of the text", () => {
    const [zhangWang] = PAPER_REFERENCES.filter((r) => r.file.startsWith("001_"));
    const cited: string[] = [];
    const parts = citedText("Spohn; 001_a04d396bbf339a9e.txt eqs. (33)-(34)", (r) => cited.push(r.file));
    expect(parts).toEqual([
      { text: "Spohn; " },
      {
        text: "Zhang & Wang",
        anchor: referenceAnchor(zhangWang),
        title: expect.stringContaining(zhangWang.title),
      },
      { text: " eqs. (33)-(34)" },
    ]);
    expect(cited).toEqual([zhangWang.file]);
  });

  it("leaves unknown file names and plain text as they are", () => {
    expect(citedText("999_0000000000000000.txt eq. (1)")).toEqual([
      { text: "999_0000000000000000.txt eq. (1)" },
    ]);
    expect(citedText("")).toEqual([{ text: "" }]);
  });
});
