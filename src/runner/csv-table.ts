/**
 * A table in CSV form: its column names and one CSV line per row in that column order (an empty field
 * where a row has no value). Sweep workers format their own rows, so the text is built on all cores.
 */
export interface CsvTable {
  columns: readonly string[];
  lines: readonly string[];
}

/** One CSV line: numbers as JavaScript prints them, strings quoted when needed, undefined (or a hole) empty. */
export function csvLine(values: readonly (number | string | undefined)[], width = values.length): string {
  const fields = new Array<string>(width);
  for (let k = 0; k < width; k++) fields[k] = csvField(values[k]);
  return fields.join(",");
}

/**
 * Tables as one CSV: the header is the union of their columns in first-seen order, then every line of
 * every table in order. A table with other columns (e.g. an `error` column for a failed point) has its
 * fields moved to their places in the union.
 */
export function tablesToCsv(tables: readonly CsvTable[]): string {
  const columns: string[] = [];
  const indexOf = new Map<string, number>();
  for (const table of tables) {
    for (const column of table.columns) {
      if (!indexOf.has(column)) {
        indexOf.set(column, columns.length);
        columns.push(column);
      }
    }
  }
  const parts = [csvLine(columns)];
  for (const table of tables) {
    if (table.lines.length === 0) continue;
    const target = table.columns.map((column) => indexOf.get(column)!);
    if (target.length === columns.length && target.every((index, k) => index === k)) {
      parts.push(table.lines.join("\n"));
      continue;
    }
    const fields = new Array<string>(columns.length);
    for (const line of table.lines) {
      fields.fill("");
      splitCsvLine(line).forEach((field, k) => {
        fields[target[k]] = field;
      });
      parts.push(fields.join(","));
    }
  }
  return `${parts.join("\n")}\n`;
}

function csvField(value: number | string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The fields of a CSV line as written by csvLine (quoted fields kept quoted). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let start = 0;
  let quoted = false;
  for (let k = 0; k <= line.length; k++) {
    const c = line[k];
    if (c === '"') quoted = !quoted;
    else if ((c === "," && !quoted) || k === line.length) {
      fields.push(line.slice(start, k));
      start = k + 1;
    }
  }
  return fields;
}
