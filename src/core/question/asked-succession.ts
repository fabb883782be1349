/**
 * "Who replaced Charles Bolden as NASA administrator?", "who was taipei mayor before hau lung-bin": a successor
 * or a predecessor. A story that names the person but tells of no one taking over (no "replaced", "succeeded",
 * "appointed", "named … as", "took over", "sworn in", "elected") cannot say who came after or before: a near
 * miss. A resignation alone is not enough ("Maxime Bernier was forced to resign as Foreign Affairs minister").
 */
import { askedSentence } from "./answer-kind";

/** "Who replaced / succeeded / took over from / came after …", "who was … before <name>", "who preceded …". */
const ASKS_SUCCESSION =
  /^\s*(?:and |so )?who(?:['’]s|\s+(?:is|was|has|will|did|would))?\s+(?:[\w'’-]+\s+){0,3}?(?:replac(?:ed|es|e|ing)|succe(?:ed|eded|eds|eding)|took over from|takes over from|take over from|came after|comes after|came before|comes before|preceded|precedes)\b|^\s*(?:and |so )?who\s+(?:was|were|is)\b.*\bbefore\s+\p{Lu}?[\p{L}-]+\s+[\p{L}-]+\s*\??$/iu;

/** Words of a story that tells of someone taking over a post. */
const TAKING_OVER =
  /\b(?:replac(?:e|ed|es|ing|ement)|succe(?:ed|eded|eds|eding|ssor|ssion)|predecessor|took over|take[sn]? over|taking over|appoint(?:ed|s|ment|ing)?|named\s+(?:as|to|the)|nominat(?:ed|ion)|sworn in|elected|in place of|took the helm|takes? the helm|steps? in|stepped in)\b/i;

/** True when the question asks who succeeded or preceded someone, else false. */
export function asksSuccession(question: string): boolean {
  const asked = askedSentence(question);
  return ASKS_SUCCESSION.test(asked) || ASKS_SUCCESSION.test(asked.replace(LEAD_IN, ""));
}

/** Words before a colon or a dash that only say what the asker needs: "Need the one-line version: who replaced…". */
const LEAD_IN = /^[^?:—–]*(?::|\s[—–-])\s*(?=(?:and |so )?who\b)/i;

/** True when the question asks who succeeded or preceded someone and `text` tells of no one taking over. */
export function successionMissing(question: string, text: string): boolean {
  return asksSuccession(question) && !TAKING_OVER.test(text);
}
