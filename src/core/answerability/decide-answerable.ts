/**
 * Does the archive answer the question? The answerability model (answerability.ts) reads the top-ranked
 * story. A recency prior can put a newer story that holds fewer of the question's words above the one that
 * holds them all ("Millions in India are celebrating which holiday this week?": a week's round-up first, the
 * Holi story second), and the round-up alone would refuse. So when the top story does not answer, the next
 * stories that hold more of the question's words than it does are read too, and the best reading decides.
 * A next story that holds no more words than the top one is not read: that is where near misses hide (the
 * same event in another country, in a weaker story). Except on a tie, when the top story lacks a name of the
 * question that the next one holds: "how much of the EBA has brussels already withdrawn" ranked a story with
 * "already withdrawn" above the one with "already … EBA". A near miss's weaker story lacks the name too.
 */

import type { Retriever } from "../retriever";
import type { Passage } from "../types";
import {
  ANSWERABILITY,
  type AnswerabilityModel,
  type AnswerSignals,
  answerProbability,
  answerSignals,
} from "./answerability";

/**
 * Stories read, the top one included. 2 and 3 were measured on the tuning halves (docs/performance.md):
 * 3 answered one more rtqa-archive-2023 question and one more out-of-archive question wrongly.
 */
export const STORIES_READ = 2;

export interface Decision {
  signals: AnswerSignals;
  probability: number;
  /**
   * The story whose reading decided, when it was not the top-ranked one. It then leads the quotes as well
   * (answer-question.ts, `storyFirst`): the Holi story, not the round-up ranked above it. Before, the quotes
   * came from the top story even when its own reading had been refused ("2015 mina hajj stampede, death toll"
   * was answered by reading the 2015 crane collapse story and quoted the 2006 stampede story).
   */
  story?: string;
}

export function decideAnswerable(
  topic: string,
  passages: Passage[],
  retriever: Retriever,
  model: AnswerabilityModel = ANSWERABILITY,
  asked: string = topic,
): Decision | null {
  const top = passages[0];
  if (!top) return null;
  const read = (ordered: Passage[]): Decision => {
    const signals = answerSignals(topic, ordered, retriever, asked);
    return { signals, probability: answerProbability(signals, model) };
  };
  let best = read(passages);
  const held = storyRelevance(passages);
  const others = [...held.keys()].slice(1, STORIES_READ);
  const topHeld = held.get(top.article.id) ?? 0;
  const lacksName = best.signals.missingNamesTop > 0;
  for (const id of others) {
    if (best.probability >= model.threshold) break;
    const tie = lacksName && Math.abs((held.get(id) ?? 0) - topHeld) < 1e-9;
    if (!tie && (held.get(id) ?? 0) <= topHeld) continue;
    const reading = read(storyFirst(passages, id));
    if (tie && reading.signals.missingNamesTop >= best.signals.missingNamesTop) continue;
    if (reading.probability > best.probability) best = { ...reading, story: id };
  }
  return best;
}

/** Each story's best passage relevance (its share of the question's words), in ranking order. */
function storyRelevance(passages: Passage[]): Map<string, number> {
  const held = new Map<string, number>();
  for (const p of passages) held.set(p.article.id, Math.max(held.get(p.article.id) ?? 0, p.relevance));
  return held;
}

/** The passages with one story's first, each group in its ranking order. */
export function storyFirst(passages: Passage[], id: string): Passage[] {
  return [...passages.filter((p) => p.article.id === id), ...passages.filter((p) => p.article.id !== id)];
}
