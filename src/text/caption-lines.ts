/**
 * Photo captions and credits that scraped news text keeps between paragraphs ("… Lady Justice. Picture taken
 * May 3, 2022. CamboJA/ Pring Samrang", "… in Jeddah. Mark Felix/AFP/Getty Images", "Photo: …", "(Reuters)").
 * They are not reporting, so no quote is cut from them. Patterns checked against ../shared/eval (CNN, USA
 * Today, Reuters copy): prose such as "Photos taken on Tuesday afternoon show the aftermath …" stays prose.
 */
import { MONTH_NAMES } from "./month-names";

/** A credit at the end of a line, without a final full stop: "… Mark Felix/AFP/Getty Images", "CamboJA/ Pring Samrang". */
const CREDIT_AT_END =
  /(?:\b(?:Getty Images|Getty|Shutterstock|AP Photo|EPA-EFE)|\/\s*(?:AP|AFP|Reuters|REUTERS|EPA|Xinhua|Pool|POOL)|(?:^|[.!?”)]\s+)[A-Z][\w.&-]*\/\s*[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3})\s*$/;
/**
 * A credit after a caption, as Wikinews writes them: "Herrick at RecentChangesCamp 2008 Image: ShakataGaNai.",
 * "… relative to McMurdo Station image: Daily et al.", "… at the bar. (2012). Image; Pacific Standard,
 * provided by the owners.", "Image; Zach Weiner."; and as British papers do: "(Image credit: Getty Images)".
 * The credit is a name: "the photo; was fake" is prose.
 */
const IMAGE_CREDIT = /(?:^|\s|\()(?:[Ii]mage|[Pp]hoto|[Cc]redit)(?: credit)?[:;]\s*[A-Z][^.:!?]{0,60}\.?\)?$/;
/** A credit inside a line (picture galleries run captions together): "AFP/Getty Images", "REUTERS/Name", "AP Photo/Name". */
const CREDIT_INSIDE = /\/\s*Getty Images\b|\b(?:REUTERS|Reuters|AP Photo|AFP|EPA)\s*\/\s*[A-Z]/;
/** A caption's own sentence: "Picture taken May 13, 2022.", "Photo: …", "Photo by …", "Credit: …", "FILE PHOTO: …". */
const CAPTION_SENTENCE =
  /(?:^|[.!?”)]\s+)(?:(?:Picture|Photo|Image)s? taken [^.]{0,40}\.(?:\s|$)|(?:Photo|Photograph|Picture|Image|Video|Illustration|Credit|Photos)s?\s?:|(?:Photo|Photograph|Picture) by [A-Z]|FILE PHOTO\b|File photo\b)|\((?:Photo|Picture|Image|Credit)s?:/;
/** A line that is only a short parenthesis: "(Reuters)", "(APPLAUSE)", "(All times are Eastern)". */
const PARENTHESIS_ONLY = /^\([^()]{1,40}\)\.?$/;

/** A dateline on a line of its own: "Washington CNN —", "New York CNN Business —", "LONDON –". */
const DATELINE = /^[^.!?\n]{2,60}\s[—–]$/u;
/** A date as written out: "Friday, " then "September 9, 2016". */
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+";
const MONTH_DAY_YEAR = `(?:${MONTH_NAMES.join("|")})\\s+\\d{1,2},?\\s+\\d{4}`;
/** A date alone on a line, as Wikinews opens every story: "Friday, September 9, 2016". */
const DATE_LINE = new RegExp(`^(?:${WEEKDAY})?${MONTH_DAY_YEAR}\\.?$`);
/**
 * The story's first line when it is a headline followed by its date, as Wikinews opens every story ("Biologist
 * Nick Bos tells Wikinews about 'self-medicating' ants Tuesday, September 1, 2015"): the citation already shows
 * the headline and the date, and the line reports nothing.
 */
const HEADLINE_DATELINE = new RegExp(`^.{5,240}\\s${WEEKDAY}${MONTH_DAY_YEAR}$`);

/**
 * A newsletter or subscription prompt: "If you haven’t subscribed yet, sign up here.", "Sign up for CNN’s Wonder
 * Theory science newsletter.", "Support local journalism. Subscribe to azcentral.com today." (600 such lines in
 * ../shared/eval; prose like "customers who subscribe to the service" names no newsletter, inbox or "here").
 */
const SUBSCRIBE_PROMPT =
  /\b(?:[Ss]ign up|[Ss]ubscribe)\b.{0,80}\b(?:here|newsletter|inbox|today|now)\b|\bsubscribed yet\b/;
/**
 * An app, channel or social-media prompt: "USA TODAY ON TELEGRAM: Join our Russia-Ukraine war channel to receive
 * updates straight to your phone.", "Want to read more? Download the USA TODAY app", "Follow us on Facebook!"
 * (45 such lines in ../shared/eval that SUBSCRIBE_PROMPT misses). An app in a story ("download the Popeyes app
 * in the App Store and sign up…", "Visitors must download the BeAware Bahrain app") is not a prompt: only
 * "Download our…" or a line that ends on "Download the … app".
 */
const APP_PROMPT =
  /\b[Jj]oin our\b.{0,60}\b(?:channel|group|newsletter|community)\b|\b[Ff]ollow us on (?:Facebook|Twitter|Instagram|X|TikTok)\b|\bDownload our\b.{0,60}\bapp\b|(?:^|[:?!►\]]\s*)Download the (?:free |updated )?[\w.'’ -]{0,40} app(?: for [^.]{0,60})?[.!]?\s*\]?$|\bstraight to your (?:inbox|phone)\b|\bbreaking news alerts\b/;
/**
 * A story's list of sources and its categories, as Wikinews ends a story: '"Document found on street not secret, say
 * feds" — The Canadian Press, August 15, 2008', 'Peter Zimonjic. "MP calls for probe …" — Edmonton Sun, August 16,
 * 2008', "Categories: August 15, 2008 Canada Published …". They cite other papers and file the story; they report
 * nothing, and a question about the sun setting was answered with the Edmonton Sun's line.
 */
const SOURCE_LINE = new RegExp(
  `^(?:[^"“]{0,60}\\.\\s+)?["“][^"”]{3,200}["”]\\s+[—–-]\\s+[^,]{2,60},\\s+(?:${WEEKDAY})?${MONTH_DAY_YEAR}\\.?$|^Categories:\\s`,
);
const MAX_PROMPT_CHARS = 240;
const MAX_DATELINE_WORDS = 8;

/**
 * True when a line (a paragraph of the normalised text) is not reporting: a photo caption or credit, a dateline
 * or a date standing alone (each quote line shows its article's date), a story's sources and categories, or a
 * newsletter, app or channel prompt.
 */
export function isCaptionLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  return (
    (DATELINE.test(text) && text.split(/\s+/).length <= MAX_DATELINE_WORDS) ||
    DATE_LINE.test(text) ||
    SOURCE_LINE.test(text) ||
    (text.length <= MAX_PROMPT_CHARS && (SUBSCRIBE_PROMPT.test(text) || APP_PROMPT.test(text))) ||
    PARENTHESIS_ONLY.test(text) ||
    CREDIT_AT_END.test(text) ||
    IMAGE_CREDIT.test(text) ||
    CREDIT_INSIDE.test(text) ||
    CAPTION_SENTENCE.test(text)
  );
}

/** A byline or an agency line: "Eric J. Lyman", "By Jill Lawless", "USA TODAY", "The Associated Press". */
const BYLINE = /^(?:By\s+)?(?:(?:[A-Z][\w.'’&/-]*|of|and|de|the)\s+){0,4}[A-Z][\w.'’&/-]*$/;
const MAX_BYLINE_CHARS = 40;
/** A reporter's address on its own line, under the byline ("artaylor@lohud.com", "Reach Ana at ana@x.org"). */
const CONTACT = /^(?:\S+\s+){0,4}\S+@\S+\.\S+$/;
/** Bylines stand at a story's top: only lines starting this close to the text's start are taken for one. */
const BYLINE_ZONE = 200;

/**
 * True when a line near a story's top is its byline or an agency credit ("Eric J. Lyman", "USA TODAY"): no
 * reporting, so never quoted nor taken into a quote; nor is a contact address under it. 2,283 of the USA
 * Today stories in ../shared/eval open so.
 */
export function isBylineLine(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_BYLINE_CHARS && (BYLINE.test(text) || CONTACT.test(text));
}

/**
 * [start, end) offsets of the lines of `text` that are never quoted: captions, credits and the like
 * (isCaptionLine), and a byline near the story's top. `offset` is where `text` starts in its article.
 */
export function captionRanges(text: string, offset = 0): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (
      isCaptionLine(line) ||
      (offset + start < BYLINE_ZONE && isBylineLine(line)) ||
      (offset + start === 0 && HEADLINE_DATELINE.test(line.trim()))
    )
      ranges.push([start, start + line.length]);
    start += line.length + 1;
  }
  return ranges;
}
