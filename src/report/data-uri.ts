/**
 * A `data:` URI holding a text file, for `<a download href="…">` links that work offline and without
 * a script. Percent-encoded as encodeURIComponent does, except for the commas and colons that fill
 * CSV and JSON (allowed in a URI's data part), which keeps the page about a third smaller. The result
 * contains no quote, angle bracket or ampersand, so it can be written into an attribute as it is.
 */
export function textDataUri(mediaType: string, text: string): string {
  const encoded = encodeURIComponent(text).replace(/%2C/g, ",").replace(/%3A/g, ":");
  return `data:${mediaType};charset=utf-8,${encoded}`;
}
