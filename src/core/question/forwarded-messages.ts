/**
 * A reader's question passed on by an editor, with the editor's words around it: "A reader writes: '… who …?'
 * Can we answer?", "Reader Q from the newsletter inbox: '…'", "Got this from a subscriber — '…' — what do we have?".
 * What is asked is the reader's message; the editor's words ("reader", "subscriber", "answer", "newsletter") name
 * no story, and "Can we answer?" is no question about the archive. So is a member's question a Discord moderator
 * relays: "@mira asks: '…?' she wants the name for a citation", "mod note: @darith asks '…?' — context: …", "from
 * the #questions thread — @b.chan: '…?'". The reply still echoes what was typed.
 */

/** Who sent the message, or where it came from, in the editor's words before it. */
const SENDER =
  /\b(?:readers?|subscribers?|listeners?|viewers?|callers?|commenters?|followers?|members? of the public|inbox|mailbag|e-?mails?|letters?|voicemails?|asks|asked|is asking|wants to know|mod(?:erator)? note|thread|channel)\b/i;

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

/** The reader's message of a question passed on by an editor, or the question itself. */
export function forwardedMessage(question: string): string {
  if (question.length > FORWARDED_MAX_CHARS) return question;
  const match = FORWARDED.exec(question.trim());
  if (!match || !SENDER.test(match[1] as string) || ASKS_ITSELF.test(match[1] as string)) return question;
  const message = (match[2] as string).trim();
  return message || question;
}
