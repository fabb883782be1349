/**
 * A cheap, linear pre-scan of how deeply an HTML document nests its elements, run before any DOM is built:
 * the parser and Readability recurse, so a page of 50,000 nested <div> would stall an ingest for minutes and
 * then overflow the stack. Approximate on purpose: void elements and elements whose end tag HTML lets a
 * writer omit (p, li, td…) are not counted; comments and raw-text elements (script, style…) are skipped.
 */

/** Deeper pages are refused; real article pages nest a few dozen levels. */
export const MAX_HTML_DEPTH = 512;

const VOID = new Set(
  "area base br col embed hr img input keygen link meta param source track wbr".split(" "),
);
const END_TAG_OPTIONAL = new Set(
  "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body".split(
    " ",
  ),
);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "plaintext"]);

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>|<!--/g;

/** The deepest nesting found, stopping early once it passes `limit`. */
export function htmlDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", TAG.lastIndex);
      if (end === -1) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (match[2] as string).toLowerCase();
    if (match[1] === "/") {
      if (!VOID.has(name) && !END_TAG_OPTIONAL.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const closing = new RegExp(`</${name}`, "gi");
      closing.lastIndex = TAG.lastIndex;
      const close = closing.exec(html);
      if (close === null) break;
      TAG.lastIndex = close.index;
      continue;
    }
    if (VOID.has(name) || END_TAG_OPTIONAL.has(name)) continue;
    depth++;
    if (depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}
