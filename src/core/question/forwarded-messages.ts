/**
 * A reader's question passed on by an editor, with the editor's words around it: "A reader writes: '… who …?'
 * Can we answer?", "Reader Q from the newsletter inbox: '…'", "Got this from a subscriber — '…' — what do we have?".
 * What is asked is the reader's message; the editor's words ("reader", "subscriber", "answer", "newsletter") name
 * no story, and "Can we answer?" is no question about the archive. The reply still echoes what was typed.
 */

/** Who sent the message, or where it came from, in the editor's words before it. */
const SENDER =
  /\b(?:readers?|subscribers?|listeners?|viewers?|callers?|commenters?|followers?|members? of the public|inbox|mailbag|e-?mails?|letters?|voicemails?)\b/i;

/**
 * The editor's words (up to 120 characters, naming a SENDER), a colon or a dash, the message in quotes, then at
 * most eight words of the editor's ("Can we answer?", "— what do we have?"). The message runs to the last closing
 * quote, so quotes inside it stay. The words after it are split at spaces only, one way: a pattern that could cut a
 * run of letters into words in many ways took seconds for 50 letters.
 */
const FORWARDED =
  /^([^'"“‘]{3,120}?)\s*(?::|\s[—–-])\s*['"“‘](.+)['"”’]\s*(?:[—–-]\s*)?((?:[^\s'"“”‘’]+\s+){0,7}[^\s'"“”‘’]*)$/su;
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
