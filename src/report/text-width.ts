/**
 * Text widths for laying out charts without a canvas. vega's fallback estimate (0.8 em per
 * character) is far too wide for a proportional font and leaves large empty margins around long axis
 * titles; these are the advance widths of Helvetica (Adobe AFM, 1/1000 em) for printable ASCII, which
 * Arial shares and the generic sans-serif fonts are close to. Other characters (Greek, arrows,
 * sub- and superscripts) count as 0.6 em.
 */
const HELVETICA_ADVANCE_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const FIRST_PRINTABLE = 32;
const OTHER_CHARACTER_WIDTH = 600;
/** Bold glyphs of Helvetica are on average about 8 % wider. */
const BOLD_FACTOR = 1.08;

/** The width in pixels of one line of sans-serif text at `fontSize` px. */
export function sansSerifTextWidth(text: string, fontSize: number, bold = false): number {
  let thousandths = 0;
  for (const character of text) {
    const code = character.codePointAt(0)! - FIRST_PRINTABLE;
    thousandths += HELVETICA_ADVANCE_WIDTHS[code] ?? OTHER_CHARACTER_WIDTH;
  }
  return (thousandths / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);
}

/** `text` broken at spaces into lines no wider than `maxWidth` px (a longer word gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const last = lines.at(-1);
    if (last !== undefined && sansSerifTextWidth(`${last} ${word}`, fontSize, bold) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length > 0 ? lines : [""];
}
