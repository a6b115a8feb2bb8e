import { isAbsolute, relative } from "node:path";

/** A file name as shown in messages: relative to the working directory when it lies inside it. */
export function displayPath(file: string): string {
  const fromHere = relative(process.cwd(), file);
  return fromHere !== "" && !fromHere.startsWith("..") && !isAbsolute(fromHere) ? fromHere : file;
}
