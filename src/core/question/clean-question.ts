/**
 * What a question says once the noise people paste into chat is taken out: links, Slack and Discord
 * mention/channel/link markup, pasted HTML tags (a link keeps its words), custom and Unicode emoji, code fences
 * and inline code marks. Retrieval and the answerer see this text; the reply still echoes what the person typed.
 */

import { fragmentText } from "../../text/html-fragment";

/** Slack `<…>` control sequences and Discord `<@id>`, `<#id>`, `<:emoji:id>`, `<t:…>` markup. */
const ANGLE_MARKUP = /<([^<>\s][^<>]*)>/g;
/**
 * A bare link: a scheme, or a `www.` host. The scheme is at most 32 characters: unbounded, a 40,000-character run of
 * "A-A-A-…" was read again from each letter (0.34 s), as the host below was.
 */
export const BARE_URL = /\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"]*/gi;
/**
 * A link pasted without scheme or `www.`: a host with a common top-level domain and a path
 * (`cambojanews.com/2022/05/story`), whose numbers would otherwise read as a year. A bare host is kept as words.
 * Its labels are at most 63 characters and at most ten deep, as DNS has them: unbounded, "a.a.a.…" typed 20,000 times
 * took 0.65 s.
 */
export const HOST_PATH =
  /\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|org|net|gov|edu|int|mil|info|news|io|co|tv|me|ly|uk|us|ca|au|nz|de|fr|eu|in|kh|asia)\/[^\s<>"]*/gi;
/** `@here`, `@everyone`, `@channel` and a pasted `@name` (an email's `@` is preceded by a letter). */
const AT_NAME = /(^|[^\p{L}\p{N}_.])@[\p{L}\p{N}_.-]+/gu;
/** Slack/Discord emoji shortcodes such as `:thumbsup:` or `:flag-kh:`. */
const SHORTCODE = /(^|\s):[a-z0-9_+-]{2,40}:(?=\s|$|[?!.,])/gi;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
const REGIONAL_FLAG = /[\u{1F1E6}-\u{1F1FF}]/gu;
/** Backticks; a fence's language tag only where the fence ends its line (```` ```When was… ```` keeps "When"). */
const CODE_MARKS = /```[a-z0-9_+-]*(?=[ \t]*\r?\n)|`/gi;

/**
 * "Chronology of the Eastshore Line so far, please.": a polite word is not a topic word, and one the stories
 * never use made the question look uncovered. Lower-case anywhere, capitalised only where it opens the question
 * (so a title such as "Please Please Me" keeps its words).
 */
const POLITE = /(?<![\p{L}\p{N}'’-])(?:please|pls|plz|kindly)(?![\p{L}\p{N}'’-])|^\s*(?:Please|Kindly)\b/gu;

/**
 * The numbers of sub-questions inside a sentence: "Please confirm (i) which court dissolved the CNRP and (ii) in what
 * month and year", "(a) … (b) …", "(1) … (2) …". They are no words a story holds ("ii" was read as one the archive
 * lacks). Roman numerals to viii, letters to h, numbers to 20, each in its own brackets.
 */
const ENUMERATOR = /(?<![\p{L}\p{N}])\((?:i{1,3}|iv|vi{0,3}|[a-h]|1\d|20|[1-9])\)(?![\p{L}\p{N}])/giu;

/**
 * A thread's post number where the post opens: "🧵 1/ quick q: …", "2/ where did …", "(1/3) who …". No story writes it.
 * A bare number and slash only, or a count of posts in brackets: "9/11 attacks: who …" keeps its date.
 */
const THREAD_NUMBER = /^\s*(?:\d{1,2}\/|\(\d{1,2}\/(?:\d{1,2}|n)\))(?=\s)/iu;

/** The visible words of a `<…>` sequence that are worth searching for; mentions and links leave nothing. */
function angleText(inner: string): string {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? "" : inner.slice(bar + 1);
  // Mentions, channels, broadcasts, roles, custom emoji and timestamps: `@U1`, `#C1`, `!here`, `@&1`, `:e:1`, `a:e:1`, `t:1`.
  if (/^(?:[@#!]|:|a:|t:\d)/.test(target)) return " ";
  // A link: keep a label that is words (a headline someone linked), drop one that is itself a link.
  if (/^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(target))
    return label && !looksLikeLink(label) ? ` ${label} ` : " ";
  // Anything else in angle brackets is text the person typed (`<3`, `<draft>`): keep it as written.
  return `<${inner}>`;
}

function looksLikeLink(text: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(text.trim());
}

export function cleanQuestion(text: string): string {
  // Slack and Discord markup first: what is left in angle brackets may be pasted HTML.
  return fragmentText(
    text.replace(ANGLE_MARKUP, (_whole, inner: string) => angleText(inner)),
    { dropLink: looksLikeLink },
  )
    .replace(BARE_URL, " ")
    .replace(HOST_PATH, " ")
    .replace(AT_NAME, "$1 ")
    .replace(SHORTCODE, "$1 ")
    .replace(PICTOGRAPH, " ")
    .replace(REGIONAL_FLAG, " ")
    .replace(CODE_MARKS, " ")
    .replace(POLITE, " ")
    .replace(ENUMERATOR, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(THREAD_NUMBER, "")
    .trim();
}
