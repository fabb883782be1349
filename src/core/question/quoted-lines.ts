/**
 * A reply that quotes an earlier message and then asks: in Slack and Discord a line typed "> …" is shown as a
 * quote, and a reporter answering in a thread pastes the colleague's message so ("> is the crane story going in
 * the 6pm bulletin?" then "how many people were hurt?"). The quoted lines are someone else's words: they help
 * find the story, as an earlier question of a thread does, but what is asked is the person's own line. When
 * their own words only second the quote ("+1", "bump", "following up on this", "cc @dana"), the quote is what is
 * asked. Discord's ">>> " quotes every line after it.
 */

/** The person's own words, and the lines they quoted (each with its marker removed). */
export interface QuotedLines {
  own: string;
  quoted: string[];
}

/**
 * A line shown as a quote: "> …" (Slack, Discord, Markdown; Slack also ">…" before a word); ">>> …" quotes the rest
 * of the message. Not ">50 seats?", a comparison.
 */
const QUOTE_MARK = /^\s*(>>>|>)(?=\s|$|\p{L})\s?/u;

/**
 * Words that only second or chase a quoted message: "+1", "same q", "bump", "following up on this", "any update?",
 * "seconding this", "cc @dana", "me too".
 */
const SECONDS = new Set(
  (
    "+1 ^ ^^ bump same here q question questions this that following up on any update updates answer luck news " +
    "anyone anybody seconding seconded second ditto me too also wondering cc pls please plz thanks thx ty ok " +
    "so yes yeah yep and ping"
  ).split(" "),
);

/** Whether the person's own words only second the quote: every word is a SECONDS word or an @mention. */
function onlySeconds(own: string): boolean {
  const words = own
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      word.startsWith("@") || word === "+1" ? "+1" : word.replace(/^[^\p{L}\p{N}^]+|[^\p{L}\p{N}^]+$/gu, ""),
    )
    .filter(Boolean);
  return words.every((word) => SECONDS.has(word));
}

/** Splits a message into the person's own words and the lines they quoted. */
export function quotedLines(raw: string): QuotedLines {
  const own: string[] = [];
  const quoted: string[] = [];
  let restQuoted = false;
  for (const line of raw.split(/\r?\n/)) {
    const mark = restQuoted ? null : QUOTE_MARK.exec(line);
    if (mark?.[1] === ">>>") restQuoted = true;
    if (restQuoted || mark) quoted.push(mark ? line.slice(mark[0].length) : line);
    else own.push(line);
  }
  const quotedText = quoted.filter((line) => line.trim());
  if (!quotedText.length) return { own: raw, quoted: [] };
  const ownText = own.join("\n").trim();
  // Nothing of their own but a second: the quote is what they ask.
  if (onlySeconds(ownText)) return { own: quotedText.join("\n"), quoted: [] };
  return { own: ownText, quoted: quotedText };
}
