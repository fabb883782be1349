/**
 * Timelines: "timeline of…", "how has … developed", "history of…", "what happened with … since…" are
 * answered with one verbatim quote from each of up to TIMELINE_MAX distinct dated articles, oldest first,
 * each line starting with its article's date. Always extractive: the quotes are the answer.
 */

import { contentTokens, STOPWORDS, terms, toTerm } from "../../text/tokenize";
import { buildCitations } from "../cite";
import { withoutLabel } from "../question/answer-kind";
import { firstDay } from "../question/question-dates";
import { pickQuotes } from "../quotes/pick-quotes";
import { showQuote } from "../quotes/show-quote";
import { withLeads } from "../quotes/with-leads";
import type { Retriever } from "../retriever";
import type { Answer, Passage } from "../types";

/** At most this many entries (articles); the issue asks for 5–8 where the archive holds that many. */
export const TIMELINE_MAX = 8;
/** Passages retrieved for a timeline: at most two per article, so enough for TIMELINE_MAX articles and spares. */
export const TIMELINE_PASSAGES = 24;

/** A longer scored sentence is shown as the picker clipped it. */
const MAX_SENTENCE = 400;

/**
 * "Timeline of…", "chronology of…", "history of…", "how has … developed / evolved / changed", "what has happened
 * with … since…", "walk me through…", "the sequence of…", "… in order", "… over the years". Written so that none
 * of the realtimeqa-dev, rtqa-archive-2023 or reporter questions reads as one (they ask for one fact).
 */
const ASKS = new RegExp(
  [
    String.raw`\b(?:timeline|chronology|chronological(?:ly)?)\b`,
    String.raw`\bhistory\s+of\b`,
    String.raw`\bhow\s+(?:has|have|did)\b.*\b(?:develop(?:ed)?|evolve[d]?|unfold(?:ed)?|progress(?:ed)?)\b`,
    String.raw`\bhow\s+(?:has|have)\b.*\bchanged\b`,
    String.raw`\bwhat(?:'s|’s|\s+has)?\s+happened\s+(?:with|to|on|in|at)\b.*\bsince\b`,
    String.raw`\b(?:walk|run|take)\s+me\s+through\b`,
    String.raw`\bsequence\s+of\b`,
    String.raw`\bin\s+(?:date\s+|chronological\s+)?order\b`,
    String.raw`\bover\s+the\s+years\b`,
    // "… fishing ban history pls", not "the youngest lawmaker in Hong Kong history"
    String.raw`^(?!.*\bin\s+(?:\S+\s+){0,4}history\W*$).*\bhistory\W*$`,
    String.raw`\bstep\s+by\s+step\b`,
  ].join("|"),
  "i",
);

/**
 * A graphics desk's label before one fact asked: "wikiHow timeline: what was the how-to website Herrick ran…",
 * "Timeline card: what date did…". The timeline is what the asker is making; the question after the label
 * (answer-kind.ts `withoutLabel`) asks one fact (not "Timeline: what has happened since…", which asks for the course).
 */
const ONE_FACT =
  /^(?:who|whom|whose|when|which|where|how\s+(?:many|much|old|long)|what\s+(?:(?:is|was|were|are)\s+the|year|date|day|month|time|was|were)|what['’]s\s+the)\b/i;

/** True when the question asks how a story went over time rather than for one fact. */
export function asksForTimeline(question: string): boolean {
  const rest = withoutLabel(question);
  return ASKS.test(rest !== question && ONE_FACT.test(rest) ? rest : question);
}

/** Words that only ask for a timeline; searched for, they make a question look uncovered. */
const FRAME =
  /\b(?:(?:give|show|tell)\s+me|what\s+(?:is|was)|what's|what’s|(?:a|the)\s+(?:brief|short|full)?\s*(?:timeline|chronology|history)(?:\s+(?:of|for|on))?|timeline|chronology|history(?:\s+of)?|how\s+(?:has|have|did)|develop(?:ed)?|evolve[d]?|unfold(?:ed)?|progress(?:ed)?|over\s+(?:time|the\s+years)|so\s+far|(?:walk|run|take)\s+me\s+through|from\s+start\s+to\s+finish|(?:can|could)\s+you|lay\s+out|step\s+by\s+step|(?:the\s+)?sequence\s+of|in\s+(?:date\s+|chronological\s+)?order|chronological(?:ly)?|changed|saga|(?:whole\s+)?story(?:\s+so\s+far)?|what\s+(?:has\s+)?happened\s+(?:with|to|on|in)|happened|since)\b/gi;

/** The question without its timeline words: what the story is. */
export function timelineTopic(question: string): string {
  const topic = question
    .replace(FRAME, " ")
    .replace(/\s+/g, " ")
    .replace(/\s+([?.!,])/g, "$1")
    .replace(/^[\s,;:?]+/, "")
    .trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}

/** A capitalised word: a name ("Eastshore", "Valdoria"), once stopwords ("What", "The") are left out. */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu;

/**
 * A test of a passage: does its story hold every name of the topic that two or more dated stories hold? A
 * timeline is one story's course, so "Chronology of the Eastshore Line project" does not list a harbour story
 * for its "dredging project" and "Calloway Lines", nor "who has led the National Bank of Tavessa" a lynx count
 * that says "national" (only the rarest name was asked for before). Passes every passage when the topic names
 * nothing (typed in lower case, words the archive never capitalises) or no name is held by two dated stories.
 * Asked of the index (Retriever.missingTerms) where it can answer, so no story is read again.
 */
function namedIn(topic: string, passages: Passage[], retriever: Retriever): (passage: Passage) => boolean {
  const names = new Set<string>();
  for (const [word] of topic.matchAll(CAPITALISED)) {
    const lower = word.toLowerCase();
    if (!STOPWORDS.has(lower)) names.add(toTerm(lower));
  }
  if (names.size === 0) return () => true;
  const held = new Map<string, boolean>();
  const holdsName = (name: string, { article, text }: Passage) => {
    const key = `${name} ${article.id}`;
    if (!held.has(key))
      held.set(
        key,
        retriever.missingTerms
          ? retriever.missingTerms([name], article.id).length === 0
          : terms(`${article.title}\n${retriever.articleText(article.id) ?? text}`).includes(name),
      );
    return held.get(key) === true;
  };
  const dated = passages.filter((p) => p.article.published);
  // Only names that two or more dated stories hold: a name no story (or one) writes tells nothing apart.
  const kept = [...names].filter(
    (name) => new Set(dated.filter((p) => holdsName(name, p)).map((p) => p.article.id)).size >= 2,
  );
  return (passage) => kept.every((name) => holdsName(name, passage));
}

/**
 * A topic word a story says another way counts this share of its weight for each step of cosine similarity past
 * NEAR_FLOOR (word vectors): the lynx survey that calls its count a "preliminary figure" belongs to "how have the
 * lynx estimates changed" (cosine 0.64, so 0.28 of the word). Below NEAR_FLOOR nothing counts: "submersible" and
 * a Titans football story (0.11), an "Orca Bay" match (0.32). NEAR_FLOOR as for quotes (pick-quotes.ts SOFT_FLOOR).
 */
const NEAR_FLOOR = 0.5;

/**
 * Whether a story belongs to a timeline's topic: it holds at least `floor` of the topic words' weight, one word
 * said another way counting in part (NEAR_FLOOR), when it holds all the others as written, the topic's rarest
 * English word among them ("lynx", not "estimates"). So a rail tunnel story where trains "run", with words near
 * "bank", is not on "who has run the central bank since 2019, in order?" (it lacks "central" too), nor a Tennessee
 * Titans story, with words near "sub" and "search", on "history of the Titan sub search". Read only for stories
 * that miss the floor on the words as written.
 */
export function holdsTopic(
  topic: string,
  retriever: Retriever,
  floor: number,
): (passage: Passage) => boolean {
  const weights = new Map<string, number>();
  const wordOf = new Map<string, string>();
  for (const word of contentTokens(topic)) {
    const term = toTerm(word);
    weights.set(term, retriever.termWeight(term));
    wordOf.set(term, word);
  }
  let total = 0;
  for (const w of weights.values()) total += w;
  // The topic's rarest word in English (the word vectors' frequency rank; none: rarer than any), else in the archive.
  const rarity = (term: string) => {
    const rank = retriever.wordRank?.(wordOf.get(term) ?? term);
    return rank === undefined ? (weights.get(term) ?? 0) : rank < 0 ? Number.POSITIVE_INFINITY : rank;
  };
  let rarest = "";
  for (const term of weights.keys()) if (!rarest || rarity(term) > rarity(rarest)) rarest = term;
  const known = new Map<string, boolean>();
  return (passage) => {
    if (passage.relevance >= floor) return true;
    const { article } = passage;
    if (total === 0 || !retriever.missingTerms || !retriever.nearestWords) return false;
    const seen = known.get(article.id);
    if (seen !== undefined) return seen;
    const missing = retriever.missingTerms([...weights.keys()], article.id);
    if (missing.length > 1 || missing.includes(rarest)) {
      known.set(article.id, false);
      return false;
    }
    const near = retriever.nearestWords(
      missing.map((term) => wordOf.get(term) ?? term),
      [article.title, retriever.articleText(article.id) ?? passage.text],
    );
    let found = total;
    for (const term of missing) {
      const cosine = near.get(wordOf.get(term) ?? term) ?? 0;
      found -= (weights.get(term) ?? 0) * (1 - Math.max(0, (cosine - NEAR_FLOOR) / (1 - NEAR_FLOOR)));
    }
    const holds = found / total >= floor;
    known.set(article.id, holds);
    return holds;
  };
}

/**
 * The timeline answer from retrieved passages (best first, already cut to the relevant ones): the first
 * TIMELINE_MAX distinct dated articles, one quote each (chosen as for any question, from the article's
 * passages and lead), in date order. Null when no dated article yields a quote.
 */
export function buildTimeline(options: {
  question: string;
  topic: string;
  context: string[];
  passages: Passage[];
  retriever: Retriever;
}): Answer | null {
  const { retriever } = options;
  const articles: string[] = [];
  const holdsName = namedIn(options.topic, options.passages, retriever);
  for (const passage of options.passages) {
    const id = passage.article.id;
    if (!passage.article.published || articles.includes(id) || !holdsName(passage)) continue;
    articles.push(id);
    if (articles.length >= TIMELINE_MAX) break;
  }
  const entries = articles.flatMap((id) => {
    const own = options.passages.filter((p) => p.article.id === id);
    const [quote] = pickQuotes({
      question: options.topic,
      context: options.context,
      passages: withLeads(own, (articleId) => retriever.articleText(articleId), 1),
      weight: (token) => retriever.termWeight(token),
      max: 1,
      articleText: (articleId) => retriever.articleText(articleId),
    });
    if (!quote) return [];
    // One sentence an entry: the scored sentence itself, without the neighbours an ordinary answer adds.
    const sentence = retriever.articleText(id)?.slice(quote.core.start, quote.core.end);
    return [sentence && sentence.length <= MAX_SENTENCE ? { ...quote, quote: sentence } : quote];
  });
  if (entries.length === 0) return null;
  const day = (p: Passage) => firstDay(p.article.published ?? "");
  // Oldest first; the same day keeps retrieval order (sort is stable).
  entries.sort((a, b) => (day(a.passage) < day(b.passage) ? -1 : day(a.passage) > day(b.passage) ? 1 : 0));
  const { citations } = buildCitations(entries);
  const lines = citations.map((c) => `${c.published} — ${showQuote(c.quote)} [${c.n}]`);
  return {
    status: "answered",
    kind: "timeline",
    question: options.question,
    text: `Timeline from the archive, oldest first:\n${lines.join("\n")}`,
    citations,
    asOf: retriever.asOf,
  };
}
