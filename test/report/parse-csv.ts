/** An RFC 4180 CSV reader for the tests (quoted fields, doubled quotes, CRLF): rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== "," && c !== "\r")) {
      field += c;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else {
      // CRLF ends the row
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A CSV field back as a number, an empty field as null. */
export function csvNumber(field: string): number | null {
  return field === "" ? null : Number(field);
}

/** The text of a `data:` URI as written by textDataUri (percent-encoded). */
export function dataUriText(uri: string): { mediaType: string; text: string } {
  const comma = uri.indexOf(",");
  return { mediaType: uri.slice(5, comma), text: decodeURIComponent(uri.slice(comma + 1)) };
}
