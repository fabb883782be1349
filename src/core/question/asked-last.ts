/**
 * Headline-speak and Manglish ask last: "Taipei lantern festival entry ticket how much?", "Cambodia FM who?", "Chomsky
 * wife name", "Nathan Law age when elected", "Sweden v Korea attendance?". Question reading looks for the question
 * word first, as English writes it, so such a message asked nothing it could check (a price, a name, an age the
 * story lacks) and a story about its topic was quoted. A one-sentence message whose last words ask (a question word,
 * or a noun that names the fact asked) is read with them first: "how much is Taipei lantern festival entry ticket?",
 * "what is the name of Chomsky wife?", "how old was Nathan Law when elected?". Measured on the round's headline-speak
 * and Manglish set and the registered sets (docs/performance.md, fifty-seventh round).
 */

/** Words that ask, at the end: "… how much?", "… how many staff?", "… when?". */
const ASKED_LAST =
  /^(?<topic>.+?)(?<gap>[\s,:;—–-]+)(?<asking>how\s+(?:much|many(?:\s+\p{L}+)?|old|long|far|big|tall)|when|who|where)\s*(?<end>\?*)$/iu;

/** Nouns that name the fact asked, at the end: "… name", "… attendance?", "… age when elected". */
const NAMED_LAST =
  /^(?<topic>.+?)[\s,:;—–-]+(?<noun>name|age|date|attendance|turnout|(?:death\s+)?toll|population|size|price|cost|budget|score|result|winner|owner)(?<when>\s+when\s+[^?!.]+)?\s*(?<end>\?*)$/iu;

/** A question word or an auxiliary in the topic: the message asks in it already, as English writes it. */
const ASKS_ALREADY =
  /(?<![\p{L}'’])(?:who|whom|whose|what|whats|wat|wah|which|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would)(?![\p{L}])/iu;

/** The message with its last words asked first, when it is one sentence that asks last; otherwise as typed. */
export function withAskedLastFirst(text: string): string {
  const trimmed = text.trim();
  // One sentence: no mark that ends one before the last.
  if (/[?!.]\s+\S/u.test(trimmed)) return text;
  const last = ASKED_LAST.exec(trimmed)?.groups;
  const named = last ? undefined : NAMED_LAST.exec(trimmed)?.groups;
  const { topic = "", gap = "", end = "", asking = "", noun = "", when = "" } = last ?? named ?? {};
  if (ASKS_ALREADY.test(topic) || topic.trim().split(/\s+/).length < 2) return text;
  const subject = topic.trim();
  const mark = end || "?";
  const lower = (words: string) => words.toLowerCase().replace(/\s+/g, " ");
  if (last) {
    // "… — how many died?": a clause of its own that asks as English does; "… cut deaths by how much?", "… up how
    // much?": asked where it stands, after the word it goes with.
    if (/[,:;—–-]/.test(gap) || /\b(?:by|to|from|of|for|in|on|at|with|up|down|over|about)$/i.test(subject))
      return text;
    // "… who?": "who is …"; "… entry ticket how much?": "how much is …", a price or a sum asked.
    const verb = ["who", "how much"].includes(lower(asking)) ? " is" : "";
    return `${lower(asking)}${verb} ${subject}${mark}`;
  }
  if (lower(noun) === "age") return `how old ${when ? "was" : "is"} ${subject}${when}${mark}`;
  // "Write me a 200-word intro … on the oil price" asks nothing; "… score when …" is no fact asked last.
  if (!named || when) return text;
  // "USI warhol exhibit ticket price?": a sum asked, as "how much is …"; "valeska paris husband's name?": "what is
  // valeska paris husband's name?"; "Chomsky wife name": "what is the name of Chomsky wife?".
  if (["price", "cost"].includes(lower(noun))) return `how much is ${subject}${mark}`;
  if (/['’]s$/.test(subject)) return `what is ${subject} ${lower(noun)}${mark}`;
  return `what is the ${lower(noun)} of ${subject}${mark}`;
}
