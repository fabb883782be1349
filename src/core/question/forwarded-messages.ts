/**
 * A reader's question passed on by an editor, with the editor's words around it: "A reader writes: '… who …?'
 * Can we answer?", "Reader Q from the newsletter inbox: '…'", "Got this from a subscriber — '…' — what do we have?".
 * What is asked is the reader's message; the editor's words ("reader", "subscriber", "answer", "newsletter") name
 * no story, and "Can we answer?" is no question about the archive. So is a member's question a Discord moderator
 * relays: "@mira asks: '…?' she wants the name for a citation", "mod note: @darith asks '…?' — context: …", "from
 * the #questions thread — @b.chan: '…?'". So, unquoted, is a question a host relays on air or a desk from its
 * inbox: "Our listener Jim asks which peace deal …", "Caller on line two wants to know what fungus …", "quick one
 * from the text line: who's the guy …"; the sender's name ("Jim") names no story. The reply still echoes what was
 * typed.
 */

/** Who sends a question in, or where it comes in, as an editor, a host or a desk names them. */
const SENDERS =
  "readers?|subscribers?|listeners?|viewers?|callers?|commenters?|members? of the public|inbox|mailbag|voicemails?";
/** Who sent the message, or where it came from, in the editor's words before it. */
const SENDER = new RegExp(
  `\\b(?:${SENDERS}|followers?|e-?mails?|letters?|asks|asked|is asking|wants to know|mod(?:erator)? note|thread|channel)\\b`,
  "i",
);

/**
 * The editor's words (up to 120 characters, naming a SENDER), a colon or a dash (or none after "asks"), the message
 * in quotes, then at most twelve words of the editor's ("Can we answer?", "— what do we have?", "she wants the name
 * for a citation"). The message runs to the last closing quote, so quotes inside it stay; an apostrophe inside a
 * word ("she's") closes nothing. The words after it are split at spaces only, one way: a pattern that could cut a
 * run of letters into words in many ways took seconds for 50 letters.
 */
const FORWARDED =
  /^([^'"“‘]{3,120}?)(?:\s*(?::|\s[—–-])|(?<=\b(?:asks|asked|is asking|wants to know)))\s*['"“‘](.+)['"”’](?!\p{L})\s*(?:[—–-]\s*)?((?:[^\s"“”]+\s+){0,11}[^\s"“”]*)$/su;
/**
 * A forwarded message longer than this is read as typed: the message is found by trying each closing quote from
 * the end, which grows with the square of the length (the question's own cap, MAX_QUESTION_CHARS, is checked
 * after this, on what is searched).
 */
const FORWARDED_MAX_CHARS = 4000;

/** Words before the quote that ask themselves: "Which readers wrote: '…'?" is a question about a story. */
const ASKS_ITSELF = /^\s*(?:who|whom|whose|what|when|where|which|why|how|did|does|do|is|are|was|were)\b/i;

/** Who sends a question in, as a host or a desk names them: "our listener Jim", "caller on line two", "the text line". */
const RELAYER = `(?:${SENDERS}|texters?|audience members?|text(?:ing)? line|phone lines?|hotline)`;
/**
 * A relayed question, unquoted: the host's words (up to 100 characters, naming a RELAYER, no question mark), then
 * "asks", "wants to know", "is wondering" … or a colon, then the question.
 */
const RELAYED = new RegExp(
  String.raw`^([^:?"“‘]{0,60}?\b${RELAYER}\b[^:?"“‘]{0,40}?)(?:\s*:|\s+(?:asks|asked|is asking|wants to know|would like to know|wonders|is wondering))\s+(?=\S)`,
  "iu",
);
/** A sender who tells rather than asks: "a caller said", "one reader claims". */
const TELLS = /\b(?:said|says|claims?|claimed|insists?|insisted|swears?|swore|reckons?)\s*$/i;
/** Fewest words a relayed question keeps: "Caller asks: why?" is not read as "why?". */
const RELAYED_MIN_WORDS = 3;

/** The question a host or a desk relays without quotes, or null when the message is not one. */
function relayedQuestion(question: string): string | null {
  const match = RELAYED.exec(question);
  if (!match) return null;
  const sender = match[1] as string;
  // "Which readers asked: …" asks itself; "Readers: who …" names no one who sent it; "A caller said: …" tells a
  // claim, which checked-claims.ts reads with its sender.
  if (ASKS_ITSELF.test(sender) || TELLS.test(sender)) return null;
  if (match[0].trimEnd().endsWith(":") && sender.trim().split(/\s+/).length < 2) return null;
  const rest = question.slice(match[0].length).trim();
  // A quoted message the FORWARDED pattern did not read (no closing quote, too many words after it) is read as typed.
  if (/^['"“‘]/.test(rest)) return null;
  return rest.split(/\s+/).length >= RELAYED_MIN_WORDS ? rest : null;
}

/** The reader's message of a question passed on by an editor, or the question itself. */
export function forwardedMessage(question: string): string {
  if (question.length > FORWARDED_MAX_CHARS) return question;
  const trimmed = question.trim();
  const match = FORWARDED.exec(trimmed);
  if (!match || !SENDER.test(match[1] as string) || ASKS_ITSELF.test(match[1] as string))
    return relayedQuestion(trimmed) ?? question;
  const message = (match[2] as string).trim();
  return message || question;
}
