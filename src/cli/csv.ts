/** Columns and rows of values; a row may leave a column out (a hole or undefined). */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly (number | string | undefined)[])[];
}

/**
 * Writes tables as one CSV: the header is the union of their columns in first-seen order, then every
 * row of every table in order, with an empty field where a row has no value for a column.
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
  const lines = [columns.map(csvField).join(",")];
  const fields: string[] = new Array(columns.length);
  for (const table of tables) {
    const target = table.columns.map((column) => indexOf.get(column)!);
    for (const row of table.rows) {
      fields.fill("");
      for (let k = 0; k < target.length; k++) fields[target[k]] = csvField(row[k]);
      lines.push(fields.join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}

function csvField(value: number | string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
