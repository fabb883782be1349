/**
 * HTML pasted into a question ("Months after <a href="…">Justice Clarence Thomas</a> came under scrutiny…", as
 * copied from a web page or a CMS) read as the text a browser shows, via linkedom. linkedom is loaded on first
 * use: most questions hold no markup.
 */

type ParseHTML = (html: string) => { document: unknown };
let linkedomParseHTML: ParseHTML | undefined;

/**
 * linkedom's parseHTML, required on first use. linkedom ships only ESM type declarations, so under module
 * node16 a static import from this CommonJS module fails type-checking (TS1479); its CommonJS build is loaded
 * with require instead, typed by hand above.
 */
export function parseHTML(html: string): { document: unknown } {
  linkedomParseHTML ??= (require("linkedom") as { parseHTML: ParseHTML }).parseHTML;
  return linkedomParseHTML(html);
}

/**
 * An opening, closing or empty tag of an element people paste with text (links, emphasis, paragraphs, lists,
 * line breaks). Other words in angle brackets ("<draft>", "<3") are not markup.
 */
const PASTED_TAG =
  /<\/?(?:a|abbr|b|blockquote|br|cite|code|div|em|font|h[1-6]|i|li|mark|ol|p|q|s|small|span|strong|sub|sup|u|ul)(?:\s[^<>]*)?\/?>/gi;

/** True when the text holds a tag of pasted HTML. */
export function holdsHtml(text: string): boolean {
  return text.search(PASTED_TAG) >= 0;
}

/**
 * At most this many tags are parsed. A chat message can be 40,000 characters, and the question is cleaned before
 * its length is checked: 5,000 nested "<b>" took 70 ms to parse and 100,000 took 7 s, where 100 take under 1 ms.
 * Past this many, the tags are only taken out (entities stay as written).
 */
export const MAX_PARSED_TAGS = 100;

/**
 * The text a browser shows for a fragment of pasted HTML: tags gone (a link keeps its words, not its address,
 * unless `dropLink` says its words are a link too), entities decoded ("AT&amp;T" → "AT&T"), block and line-break
 * tags read as spaces. Text without such tags is returned as it is, so that "<draft>" or "3 <4" keep what was
 * typed.
 */
export function fragmentText(text: string, options: { dropLink?: (words: string) => boolean } = {}): string {
  const tags = [...text.matchAll(PASTED_TAG)];
  if (tags.length === 0) return text;
  if (tags.length > MAX_PARSED_TAGS) return text.replace(PASTED_TAG, " ").replace(/\s+/g, " ").trim();
  // Each tag gets a space on either side (so "<p>one</p><p>two</p>" reads "one two"); any other "<" is text.
  let html = "";
  let last = 0;
  for (const tag of tags) {
    html += `${asText(text.slice(last, tag.index))} ${tag[0]} `;
    last = tag.index + tag[0].length;
  }
  html += asText(text.slice(last));
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const body = (document as { body: Element | null }).body;
  // A link whose words are themselves a link ("<a href=…>cambojanews.com</a>") leaves nothing, as in Slack.
  const { dropLink } = options;
  if (body && dropLink)
    for (const link of Array.from(body.querySelectorAll("a")))
      if (dropLink(link.textContent ?? "")) link.textContent = " ";
  return (body?.textContent ?? text).replace(/\s+/g, " ").trim();
}

/** The slice of linkedom's DOM read here (the project compiles without the DOM lib). */
interface Element {
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

/** Text between tags, with "<" escaped so that linkedom reads "<draft>" and "<3" as what was typed. */
const asText = (text: string) => text.replace(/</g, "&lt;");
