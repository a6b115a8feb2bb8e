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
  for (const table of tables) {
    for (const column of table.columns) if (!columns.includes(column)) columns.push(column);
  }
  return `${[csvLine(columns), ...tables.map((table) => linesInColumns(table, columns))].filter((part) => part !== "").join("\n")}\n`;
}

/**
 * A table's lines with their fields moved to `columns` (which must include every column of the table):
 * what a streamed CSV writes under a header fixed by its first table. Empty for a table without lines.
 */
export function linesInColumns(table: CsvTable, columns: readonly string[]): string {
  if (table.lines.length === 0) return "";
  const target = table.columns.map((column) => {
    const index = columns.indexOf(column);
    if (index < 0)
      throw new RangeError(
        `invalid argument. Column ${column} is not in the header. Value: ${columns.join(",")}.`,
      );
    return index;
  });
  if (target.every((index, k) => index === k)) {
    // the table's columns begin the header: its lines stand, with empty fields for the rest
    const padding = ",".repeat(columns.length - target.length);
    return padding === "" ? table.lines.join("\n") : table.lines.map((line) => line + padding).join("\n");
  }
  const fields = new Array<string>(columns.length);
  return table.lines
    .map((line) => {
      fields.fill("");
      splitCsvLine(line).forEach((field, k) => {
        fields[target[k]] = field;
      });
      return fields.join(",");
    })
    .join("\n");
}

/** A field: a finite number as JavaScript prints it, nothing for a missing or non-finite value (its reason is in the row's warning or error column). */
function csvField(value: number | string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
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
