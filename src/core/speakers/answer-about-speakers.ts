/**
 * Answers questions about who said what from the quotations found at ingest, in the retrieved stories:
 * "Who said '…'?" with the speaker of the quotation that holds those words; "What did X say …?" with X's
 * own quotations first, best matching the topic. Null when the archive's quotations do not settle it
 * (no such quotation, no known speaker, two speakers equally likely, or none of X's quotations is about the
 * asked topic): the ordinary answer is given then, which finds what X said in reported speech too ("Sopheap
 * said as the June 5 commune election approaches, …" for "What did Chak Sopheap say about the elections?").
 */
import { contentTerms } from "../../text/tokenize";
import { buildCitations } from "../cite";
import type { Quotation, Speaker } from "../quotation-types";
import { quoteLine } from "../quotes/citation-lines";
import type { Retriever } from "../retriever";
import type { Answer, Passage } from "../types";
import { readSpeakerQuestion } from "./speaker-questions";

/** At least this share of the question's content words must be in a quotation for "who said" to name its speaker. */
export const WHO_SAID_COVERAGE = 0.75;
/** The same share of the asked topic's words ("… say about the Ream naval base") for X's own quotations to answer. */
export const TOPIC_COVERAGE = 0.75;
export const MAX_SPEAKER_QUOTES = 3;

interface Found {
  passage: Passage;
  quotation: Quotation & { speaker: Speaker };
  score: number;
}

export function answerAboutSpeakers(
  question: string,
  passages: Passage[],
  retriever: Retriever,
): Answer | null {
  const asked = readSpeakerQuestion(question);
  if (!asked || !retriever.quotations) return null;
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    if (seen.has(passage.article.id)) continue;
    seen.add(passage.article.id);
    for (const quotation of retriever.quotations(passage.article.id)) {
      if (quotation.speaker)
        found.push({ passage, quotation: { ...quotation, speaker: quotation.speaker }, score: 0 });
    }
  }
  if (asked.kind === "who") {
    const wanted = new Set(contentTerms(asked.words));
    if (wanted.size < 2) return null;
    for (const f of found) f.score = coverage(wanted, f.quotation.text);
    const best = found.filter((f) => f.score >= WHO_SAID_COVERAGE).sort((a, b) => b.score - a.score);
    const top = best[0];
    if (!top) return null;
    const rivals = best.filter(
      (f) => f.score === top.score && f.quotation.speaker.name !== top.quotation.speaker.name,
    );
    if (rivals.length > 0) return null;
    return reply(question, [top], `That was ${top.quotation.speaker.name}:`, retriever);
  }
  const mine = found.filter((f) => speaks(asked.who, f.quotation.speaker));
  const names = new Set(mine.map((f) => f.quotation.speaker.name));
  if (mine.length === 0 || names.size > 1) return null;
  const topic = new Set(contentTerms(asked.topic));
  for (const f of mine) f.score = topic.size ? coverage(topic, f.quotation.text) : 0;
  if (topic.size && !mine.some((f) => f.score >= TOPIC_COVERAGE)) return null;
  const chosen = mine
    .map((f, order) => ({ f, order }))
    .sort((a, b) => b.f.score - a.f.score || a.order - b.order)
    .slice(0, MAX_SPEAKER_QUOTES)
    .map(({ f }) => f);
  const name = (chosen[0] as Found).quotation.speaker.name;
  return reply(question, chosen, `Here is what ${name} said, in their own words:`, retriever);
}

function reply(question: string, found: Found[], lead: string, retriever: Retriever): Answer {
  const { citations } = buildCitations(found.map((f) => ({ passage: f.passage, quote: f.quotation.text })));
  const withSpeakers = citations.map((c, i) => ({ ...c, speaker: (found[i] as Found).quotation.speaker }));
  const lines = withSpeakers.map(quoteLine);
  return {
    status: "answered",
    question,
    text: `${lead}\n${lines.join("\n")}`,
    citations: withSpeakers,
    asOf: retriever.asOf,
  };
}

function coverage(wanted: Set<string>, text: string): number {
  const have = new Set(contentTerms(text));
  let hits = 0;
  for (const term of wanted) if (have.has(term)) hits++;
  return hits / wanted.size;
}

const GENERIC = new Set(contentTerms("the a an official spokesperson spokesman spokeswoman person someone"));

/** "Chak Sopheap" or "Sopheap" names the speaker; "the justice ministry official" fits their role. */
function speaks(who: string, speaker: Speaker): boolean {
  const asked = contentTerms(who).filter((t) => !GENERIC.has(t));
  if (asked.length === 0) return false;
  const name = new Set(contentTerms(speaker.name));
  if (asked.every((t) => name.has(t))) return true;
  const described = new Set(contentTerms(`${speaker.name} ${speaker.role ?? ""}`));
  const hits = asked.filter((t) => described.has(t)).length;
  return asked.length >= 2 && hits / asked.length >= 0.66;
}
