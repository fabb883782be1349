/**
 * Questions about who said what: "Who said the government always refuses reports …?" gives words and asks
 * for their speaker; "What did Chak Sopheap say about the elections?" names a speaker (or a role, "the
 * justice ministry official") and maybe a topic.
 */
export type SpeakerQuestion = { kind: "who"; words: string } | { kind: "what"; who: string; topic: string };

const VERBS = "say|said|says|state|stated|tell\\s+\\w+|told\\s+\\w+|write|wrote|claim|claimed";
const WHO = new RegExp(
  `^\\s*who\\s+(?:${VERBS}|was\\s+quoted\\s+as\\s+saying|made\\s+the\\s+remark)\\s*(?:that\\s+)?[:,]?\\s*(.+?)\\s*\\??\\s*$`,
  "is",
);
const WHAT = new RegExp(
  `^\\s*what\\s+(?:did|does|has|have|had)\\s+(.+?)\\s+(?:${VERBS})\\b\\s*(?:about|on|regarding|of|to)?\\s*(.*?)\\s*\\??\\s*$`,
  "is",
);
const MARKS = /^["“'‘]+|["”'’]+$/g;

/**
 * "Who wrote “The Star-Spangled Banner”?": a title of a few capitalised words asks who made a work, not who
 * said some words; the story that tells it is quoted like any other.
 */
function namesAWork(question: string, words: string): boolean {
  if (!/^\s*who\s+wr(?:ote|ite)\b/i.test(question)) return false;
  const all = words.split(/\s+/);
  return all.length <= 8 && all.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

export function readSpeakerQuestion(question: string): SpeakerQuestion | null {
  const who = WHO.exec(question);
  if (who) {
    const words = (who[1] ?? "").replace(MARKS, "").trim();
    return words && !namesAWork(question, words) ? { kind: "who", words } : null;
  }
  const what = WHAT.exec(question);
  if (what) {
    const speaker = (what[1] ?? "").trim();
    if (!speaker || /^(?:they|it|he|she|you|we|i|people|the article|the story|the report)$/i.test(speaker))
      return null;
    return { kind: "what", who: speaker, topic: (what[2] ?? "").trim() };
  }
  return null;
}
