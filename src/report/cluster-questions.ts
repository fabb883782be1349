/**
 * Groups similar questions: greedy clustering by the Jaccard similarity of their stemmed content words
 * (src/text/tokenize.ts, the tokenizer BM25 and the embedder use). Questions are taken in the order given;
 * each joins the first group whose first question shares at least SIMILARITY_THRESHOLD of their combined
 * words, else starts a new group. Questions without content words group by their exact lower-cased text.
 */
import { contentTerms } from "../text/tokenize";

/** Jaccard similarity (shared ÷ combined stemmed content words) at which two questions count as the same. */
export const SIMILARITY_THRESHOLD = 0.4;

export interface QuestionGroup {
  /** The group's most frequent wording (the earliest among equals). */
  label: string;
  count: number;
  /** Every distinct wording, most frequent first, with its count. */
  variants: { question: string; count: number }[];
  /** ISO time of the group's latest question, when times are given. */
  latest: string;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Groups, most frequent first (then the most recent, then by label). */
export function clusterQuestions(questions: { question: string; at: string }[]): QuestionGroup[] {
  const groups: { seed: Set<string>; key: string; items: { question: string; at: string }[] }[] = [];
  for (const item of questions) {
    const text = item.question.replace(/\s+/g, " ").trim();
    const terms = new Set(contentTerms(text));
    const key = terms.size === 0 ? text.toLowerCase() : "";
    const group = groups.find((candidate) =>
      terms.size === 0
        ? candidate.seed.size === 0 && candidate.key === key
        : candidate.seed.size > 0 && jaccard(candidate.seed, terms) >= SIMILARITY_THRESHOLD,
    );
    if (group) group.items.push({ question: text, at: item.at });
    else groups.push({ seed: terms, key, items: [{ question: text, at: item.at }] });
  }
  return groups
    .map(({ items }) => {
      const counts = new Map<string, number>();
      for (const { question } of items) counts.set(question, (counts.get(question) ?? 0) + 1);
      // Map order is first appearance, and sort is stable: equal counts keep the earliest wording first.
      const variants = [...counts]
        .map(([question, count]) => ({ question, count }))
        .sort((a, b) => b.count - a.count);
      const latest =
        items
          .map(({ at }) => at)
          .sort()
          .at(-1) ?? "";
      return { label: variants[0]?.question ?? "", count: items.length, variants, latest };
    })
    .sort((a, b) => b.count - a.count || b.latest.localeCompare(a.latest) || a.label.localeCompare(b.label));
}
