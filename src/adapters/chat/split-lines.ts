/** Cuts long plain text (the weekly report) into messages a chat platform takes. */

/** `text` in parts of at most `max` characters, cut between lines (a longer line is cut where it must). */
export function splitLines(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.trimEnd().split("\n")) {
    for (let rest = line; ; ) {
      const piece = rest.slice(0, max);
      rest = rest.slice(max);
      if (current && current.length + 1 + piece.length > max) {
        parts.push(current);
        current = "";
      }
      current = current ? `${current}\n${piece}` : piece;
      if (!rest) break;
    }
  }
  if (current) parts.push(current);
  return parts;
}
