/**
 * The papers the suite is built from, as references: the project cites them by the file name of its
 * plain-text copy (`002_2a2ed7907f7a4e96.txt eq. (24)`), the report by authors, title and arXiv
 * identifier. Titles and authors are those printed at the top of the copies (001-003) or, where a copy
 * starts at its abstract (000, 004), those of the arXiv preprint with that abstract; the identifiers
 * are those preprints'. Kept here as data: the report never reads the papers.
 */

export interface PaperReference {
  /** The file name of the project's copy, as cited in code, case files and messages. */
  file: string;
  title: string;
  authors: readonly string[];
  /** arXiv identifier (`1305.1323`), when known. */
  arxiv?: string;
  /** DOI, when known. */
  doi?: string;
  /** Why neither is given, when neither is known. */
  noIdentifier?: string;
}

export const PAPER_REFERENCES: readonly PaperReference[] = [
  {
    file: "000_47becd3a7196453b.txt",
    title: "Enhanced violation of a Leggett-Garg inequality under nonequilibrium thermal conditions",
    authors: ["Juan C. Castillo", "Ferney J. Rodríguez", "Luis Quiroga"],
    arxiv: "1305.1323",
  },
  {
    file: "001_a04d396bbf339a9e.txt",
    title: "Entanglement versus Bell nonlocality of quantum nonequilibrium steady states",
    authors: ["Kun Zhang", "Jin Wang"],
    arxiv: "2005.03835",
  },
  {
    file: "002_2a2ed7907f7a4e96.txt",
    title: "Steady-state Bell nonlocality in an autonomous quantum thermal machine",
    authors: ["Bradley Longstaff"],
    noIdentifier: "the project's copy of the paper gives no arXiv identifier or DOI",
  },
  {
    file: "003_cb0e800cb11a91bb.txt",
    title:
      "Origin of Temperature Gradient in Nonequilibrium Steady States in Weakly Coupled Quantum Spin Systems",
    authors: ["Toyohiko Ishida", "Ayumu Sugita"],
    arxiv: "1704.01731",
  },
  {
    file: "004_3bda4ae6cebee785.txt",
    title: "Non-additive dissipation in open quantum networks out of equilibrium",
    authors: ["Mark T. Mitchison", "Martin B. Plenio"],
    arxiv: "1708.05574",
  },
];

/** How the page cites a paper in running text: `Longstaff`, `Zhang & Wang`, `Castillo et al.`. */
export function citationLabel(reference: PaperReference): string {
  const surnames = reference.authors.map((name) => name.split(" ").at(-1)!);
  if (surnames.length === 1) return surnames[0];
  if (surnames.length === 2) return `${surnames[0]} & ${surnames[1]}`;
  return `${surnames[0]} et al.`;
}

/** The id of a reference's entry in the page's list of references. */
export function referenceAnchor(reference: PaperReference): string {
  return `reference-${reference.file.replace(/\.txt$/, "")}`;
}

/** A piece of running text: plain, or a citation standing where a paper's file name was (a link to its entry). */
export interface CitedText {
  text: string;
  /** For a citation: the id of the reference's entry, and the paper's file name and title for the tooltip. */
  anchor?: string;
  title?: string;
}

const PAPER_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

/**
 * Splits `text` at the file names of known papers, each becoming a citation with the paper's label
 * as its text; unknown file names stay as written. `onCite` hears of every paper cited.
 */
export function citedText(text: string, onCite?: (reference: PaperReference) => void): CitedText[] {
  const parts: CitedText[] = [];
  let last = 0;
  for (const match of text.matchAll(PAPER_FILE)) {
    const reference = PAPER_REFERENCES.find((r) => r.file === match[0]);
    if (!reference) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({
      text: citationLabel(reference),
      anchor: referenceAnchor(reference),
      title: `${reference.file}: ${reference.title}`,
    });
    onCite?.(reference);
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
