/**
 * "What did Blinken say back to Sokhonn…", "how did blinken respond to sokhonn's promises…": what someone said in
 * reply. A story that names that person but never has them speak (no "said", "told", quotation marks or
 * "according to" in a sentence naming them) cannot tell what they replied: a near miss. Only a named subject
 * counts: "how does the govt usually respond to UN reports" is about what a story says of the government.
 * "What did Blinken say?" is read the same way since the thirty-first round (docs/performance.md): 1 more near
 * miss refused, no answer lost; no realtimeqa-dev or rtqa-archive-2023 question asks so.
 */
import { SPEECH_VERBS } from "../../text/speech-verbs";
import { sentenceBounds } from "../../text/split-sentences";
import { askedSentence } from "./answer-kind";

/** Words between the asking verb and the subject's reply that are not the subject. */
const FILLER = "(?:actually|really|exactly|first|then|later|ever|publicly|officially) ";

/**
 * "What did <subject> say (back / in reply / in response)", "how did <subject> reply / respond / react / answer";
 * also "what exactly did <subject> say" and "what did <subject> himself say" (thirty-second round,
 * docs/performance.md: 2 more near misses refused, no answer lost; realtimeqa-dev and rtqa-archive-2023 unchanged).
 */
const ASKS_REPLY = new RegExp(
  "^(?:and |so )?(?:what|how)(?: exactly| precisely)? (?:did|does|do|has|have|will|would) ((?:[\\p{L}’'.-]+ ){1,3}?)" +
    `(?:(?:himself|herself|themselves|itself) )?(?:${FILLER})?(?:say(?: back| in (?:reply|response))?|tell|repl(?:y|ied)|respond(?:ed)?|react(?:ed)?|answer(?:ed)?|retort(?:ed)?)\\b`,
  "u",
);
/**
 * The same asked in another word order, as learners of English and German speakers write it: "What answered Blinken
 * to Sokhonn about the base of Ream?", "What Blinken himself answered to Sokhonn?", "what Blinken answer to Sokhonn?".
 */
const ASKS_REPLY_INVERTED =
  /^(?:and |so )?what (?:answered|replied|responded|said|told) ((?:[\p{L}’'.-]+ ){0,2}?[\p{L}’'.-]+) (?:to|about|on)\b|^(?:and |so )?what ((?:[\p{L}’'.-]+ ){0,2}?[\p{L}’'.-]+) (?:(?:himself|herself|themselves) )?(?:answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?|said) (?:to|back)\b/u;
/** "What was <subject>'s response / reply / reaction…". */
const ASKS_RESPONSE =
  /^(?:and |so )?what (?:was|is|were) ((?:[\p{L}.-]+ ){0,2}?[\p{L}.-]+)(?:’s|'s) (?:response|reply|reaction|answer)\b/u;

/** A subject that is not a name: the government, his office, they. */
const NOT_A_NAME =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|they|he|she|it|we|you|i|people|officials?|govt|government)\b/;

/** Words of speech or of a stated position that the speaker finder's verbs (speech-verbs.ts) leave out. */
const OTHER_SPEECH = [
  "saying",
  "tell",
  "telling",
  "replies",
  "responds",
  "response",
  "answers",
  "statement",
  "according to",
  "posted",
  "reacted",
  "reaction",
  "called",
  "rejected",
  "denied",
  "dismissed",
  "welcomed",
  "criticized",
  "criticised",
  "praised",
  "condemned",
  "vowed",
  "pledged",
  "promised",
  "assured",
  "spoke",
  "speaking",
  "interview",
  // "On Saturday, Wikinews interviewed Tina McKenzie": the one interviewed speaks in the answers after.
  "interviewed",
];

/** A sentence that reports someone speaking or writing: a quotation mark or a word of speech. */
const SPEAKS = new RegExp(`[“”"]|\\b(?:${[...SPEECH_VERBS, ...OTHER_SPEECH].join("|")})\\b`, "i");

/** The person whose reply the question asks for, lower case, or null when it asks none or no name. */
export function replySubject(question: string): string | null {
  const asked = askedSentence(question).toLowerCase();
  const inverted = ASKS_REPLY_INVERTED.exec(asked);
  const subject = (
    ASKS_REPLY.exec(asked)?.[1] ??
    ASKS_RESPONSE.exec(asked)?.[1] ??
    inverted?.[1] ??
    inverted?.[2]
  )?.trim();
  if (!subject || NOT_A_NAME.test(subject)) return null;
  return subject;
}

/**
 * True when the question asks what a named person said in reply and no sentence of `text` that names them (by
 * their last word: "Blinken" for "Antony Blinken"), other than as spoken to or of (namesSpeaker), reports speech.
 * False when the story never names them at all: a name the story lacks is read by the other signals.
 */
export function replyMissing(question: string, text: string): boolean {
  const subject = replySubject(question);
  if (!subject) return false;
  const name = (subject.split(" ").at(-1) ?? "").replace(/[’'.]+$/, "");
  if (name.length < 3) return false;
  const naming = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
  // Every place a sentence names them, for namesSpeaker (matchAll copies it, so no state is shared).
  const everyNaming = new RegExp(naming.source, "giu");
  const all = sentenceBounds(text)
    .map(([start, end]) => text.slice(start, end))
    .filter((sentence) => sentence.trim() !== "");
  const named = all.flatMap((sentence, i) => (naming.test(sentence) ? [i] : []));
  // "Am Sam Ath, the operations director of Licadho, …" then "“The government always refuses …,” he said.": the
  // next sentence's "he said" is the named person speaking.
  return (
    named.length > 0 &&
    !named.some(
      (i) =>
        (SPEAKS.test(all[i] as string) && namesSpeaker(all[i] as string, everyNaming)) ||
        SPOKE_AFTER.test(all[i + 1] ?? ""),
    )
  );
}

/** A quotation's attribution by pronoun: "…,” he said.", "she told reporters". */
const SPOKE_AFTER = new RegExp(`\\b(?:he|she)\\s+(?:${SPEECH_VERBS.join("|")})\\b`, "i");

/**
 * A name after a preposition, with up to three capitalised words between ("called on Prime Minister Hun Sen", "a
 * message to Hun Sen", "orchestrated by … Hun Sen"): someone spoken to or of. "According to" introduces a speaker.
 */
const OBJECT_BEFORE =
  /(?<!\b[Aa]ccording )\b(?:by|to|on|against|with|for|from|of|at|about|over|towards?)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * Whether a sentence names the person (`everyNaming`, a global pattern) once other than after a preposition (OBJECT_BEFORE): its speech
 * may then be theirs. "How did Hun Sen respond to the European Parliament's resolution?" is not answered by a story
 * whose every "Hun Sen" is spoken to or of ("Markey said lawmakers sent an unmistakable message to Hun Sen: “…”").
 * Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md, thirty-second round): 3
 * more near misses refused, no answer lost; realtimeqa-dev and rtqa-archive-2023 unchanged.
 */
function namesSpeaker(sentence: string, everyNaming: RegExp): boolean {
  for (const match of sentence.matchAll(everyNaming))
    if (!OBJECT_BEFORE.test(sentence.slice(0, match.index))) return true;
  return false;
}
