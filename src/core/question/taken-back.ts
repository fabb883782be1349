/**
 * A question the asker takes back as they type and asks another in its place: "how many — scratch that — which
 * year was the CNRP dissolved?", "who runs CCHR? sorry, ignore the first bit, what does CCHR stand for?", "When did
 * the crane collapse — I mean, how many people died in it?", "Who — no wait, when did Prak Sokhonn meet Blinken?".
 * What is asked is the question after the correction: the kind of the one taken back ("how many", "who") is not the
 * one to answer. Where the new question points back to it ("it" in "how many people died in it"), the words it
 * asked about are read before it ("the crane collapse — how many people died in it?"); else the one taken back is
 * searched as an earlier question of a thread is, but not asked. A word taken back ("Herrington — I mean
 * Herrick") is asker-guesses.ts's.
 */
import { QUESTION_WORDS as WH } from "../../text/question-words";

/** Words that take back what came before: "scratch that", "ignore the first bit", "no wait", "I mean". */
const TAKE_BACK = [
  "scratch that",
  "strike that",
  "forget (?:that|it|the first (?:bit|part|one|question))",
  "ignore (?:that|me|the first (?:bit|part|one|question)|my first question)",
  "never ?mind(?: that)?",
  "no,? wait",
  "no,? sorry",
  "other way (?:a)?round",
  "start (?:over|again)",
  "let me be (?:precise|clear|more specific)",
  "wait,? no",
  "i mean(?:t)?",
  "or rather",
  "let me rephrase(?: that)?",
  "wrong question",
  "correction",
].join("|");

/**
 * The correction: after a question mark, a comma, a dash or an ellipsis (or opening the message), an optional
 * "sorry," / "oops," / "wait,", the words that take back, punctuation and another "sorry,", then a question that
 * opens with its question word (after a preposition: "on what date") or an auxiliary. The last such correction
 * wins: "who — no wait — how many — scratch that — when …".
 */
const CORRECTION = new RegExp(
  String.raw`(?<=^|[?,.!…;:]|\s[—–-])\s*(?:(?:sorry|oops|ah|oh|hmm|um|wait)[,.!]*\s+)?(?:${TAKE_BACK})\b[\s,.:;!…—–-]*(?:sorry[\s,.!…—–-]+)?(?=(?:and |so )?(?:(?:on|in|at|for|from|by|to|with|since|until) )?(?:${WH}|is|are|was|were|did|does|do|can|could|has|had|have)\b)`,
  "giu",
);

/** A word that points back to what was named before: "how many people died in it?", "what did she say?". */
const POINTS_BACK = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;
/** What a question asks about, without its asking words: "When did the crane collapse?" → "the crane collapse". */
const ASKING_WORDS = new RegExp(
  String.raw`^(?:and |so )?(?:(?:${WH})(?:\s+(?:much|many|long|old|far|often))?\b)?\s*(?:(?:is|are|was|were|did|does|do|can|could|has|had|have)\b|['’]s\b)?`,
  "i",
);

/**
 * The question asked (after the last correction), and the one taken back when it is not read into it (searched,
 * not asked); null when the asker took nothing back.
 */
export function takenBack(question: string): { asked: string; takenBack: string } | null {
  let last: RegExpExecArray | null = null;
  for (const match of question.matchAll(CORRECTION)) last = match;
  if (!last) return null;
  const asked = question.slice(last.index + last[0].length).trim();
  const before = question
    .slice(0, last.index)
    .replace(/[\s,.;:!…—–-]+$/u, "")
    .trim();
  if (!asked) return null;
  const topic = before
    .replace(ASKING_WORDS, "")
    .replace(/[\s?!.,;:…—–-]+$/u, "")
    .trim();
  if (topic && POINTS_BACK.test(asked)) return { asked: `${topic} — ${asked}`, takenBack: "" };
  return { asked, takenBack: before };
}
