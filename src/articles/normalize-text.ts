/** Canonical article text: NFC, clean whitespace, paragraphs separated by exactly one blank line. */

/** Invisible characters that only get in the way of matching (ZWNJ/ZWJ U+200C/U+200D are kept: scripts need them). */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** C0 controls other than tab/newline/VT/FF/CR, and DEL: stray bytes from bad exports. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/** Space-like characters other than U+0020: tab, VT, FF, NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;

export function normalizeText(raw: string): string {
  const text = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(/[\u2028\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(ODD_SPACES, " ");
  return text
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
