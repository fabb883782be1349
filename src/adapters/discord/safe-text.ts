/** Pure: makes untrusted text (questions, articles, model output) inert in Discord markdown: no pings, no links. */

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Breaks every mention syntax with a zero-width space: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&id>`, `<#id>`.
 * Defence in depth: every send also carries `allowed_mentions: { parse: [] }`, which is what actually stops pings.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])/g, `<$1${ZERO_WIDTH_SPACE}`);
}

/**
 * Neutralises mentions and escapes the markdown that could change meaning: emphasis, code, spoilers,
 * headings and masked links (`[text](url)`), so the text shows as written.
 */
export function toSafeText(text: string): string {
  const escaped = text.replace(/([\\*_~`|[\]])/g, "\\$1").replace(/^(\s*)(#{1,3}\s|-#\s)/gm, "$1\\$2");
  return neutraliseMentions(escaped);
}

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, ending with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  // never end on a lone backslash (it would escape the ellipsis) or half a surrogate pair
  return `${base.replace(/\\+$/, "").replace(/[\ud800-\udbff]$/, "")}…`;
}

/** An http(s) url usable inside `[text](url)`, or null for anything else (javascript:, relative, malformed). */
export function toSafeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  } catch {
    return null;
  }
}
