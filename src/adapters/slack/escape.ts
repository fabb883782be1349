/** Makes user- and article-originated text safe inside Slack mrkdwn: no control sequences, no pings. */

const BROADCAST = /@(channel|here|everyone)\b/gi;
const ZERO_WIDTH_SPACE = "\u200B";

/**
 * Escapes `&`, `<` and `>` (Slack's only control characters) and puts a zero-width space after the `@` of
 * `@channel`, `@here` and `@everyone`, so neither `<!channel>`/`<@U…>` sequences nor plain broadcast words
 * can become a notification. See https://api.slack.com/reference/surfaces/formatting#escaping
 */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(BROADCAST, `@${ZERO_WIDTH_SPACE}$1`);
}

/** A mrkdwn link `<url|label>` for http(s) urls only; anything else renders as the escaped label alone. */
export function linkText(url: string | null, label: string): string {
  const safeLabel = escapeText(label);
  if (!url || !/^https?:\/\//i.test(url)) return safeLabel;
  const safeUrl = url.replace(/&/g, "&amp;").replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${safeLabel}>`;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Escapes `text` and trims it to at most `max` characters (counted after escaping), cutting on a grapheme
 * boundary, preferably at a space, and ending with "…". Never cuts inside an escape sequence.
 */
export function fitText(text: string, max: number): string {
  const whole = escapeText(text);
  if (whole.length <= max) return whole;
  let budget = max - 1;
  while (budget > 0) {
    let cut = "";
    let length = 0;
    for (const { segment } of graphemes.segment(text)) {
      const size = escapeText(segment).length;
      if (length + size > budget) break;
      cut += segment;
      length += size;
    }
    const space = cut.search(/\s\S*$/);
    if (space > cut.length * 0.8) cut = cut.slice(0, space);
    const fitted = `${escapeText(cut.trimEnd())}…`;
    if (fitted.length <= max) return fitted;
    budget -= fitted.length - max; // a broadcast word gained a zero-width space; shrink and retry
  }
  return "…";
}
