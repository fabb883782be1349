/** A call-recording Archive for adapter tests: answers from a fixed list of articles, or fails on demand. */
import type { Archive } from "../../src/core/archive";
import type { Answer, AskOptions, AskResult, IngestProgress, IngestSummary } from "../../src/core/types";
import { IngestBusyError } from "../../src/errors";

export interface FakeArticle {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  text: string;
}

export interface FakeArchive extends Archive {
  asked: { question: string; options?: AskOptions }[];
  reingests: number;
  /** When set, ask() rejects with this error (to test apologies). */
  failWith: Error | undefined;
  /** Replace the articles, as a re-ingest would. */
  articles: FakeArticle[];
  /** Resolves the in-flight reingest when given; by default reingest finishes at once. */
  reingestGate: Promise<void> | undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Cites every article whose text shares a word of 4+ letters with the question (context included). Its
 * `answerability` is the share of those words found in the cited articles (0 when none is), so a question
 * with one matching word among many unknown ones is a weak answer.
 */
export function createFakeArchive(articles: FakeArticle[], maxQuestionChars = 500): FakeArchive {
  let busy = false;
  const fake: FakeArchive = {
    asked: [],
    reingests: 0,
    failWith: undefined,
    articles,
    reingestGate: undefined,
    async ask(question, options) {
      fake.asked.push({ question, options });
      if (fake.failWith) throw fake.failWith;
      const trimmed = question.trim();
      if (!trimmed) return { ok: false, problem: { code: "empty", message: "Please ask a question." } };
      if (trimmed.length > maxQuestionChars)
        return {
          ok: false,
          problem: {
            code: "too_long",
            message: `Please keep questions under ${maxQuestionChars} characters.`,
          },
        };
      const words = new Set(
        [...(options?.context ?? []), trimmed]
          .join(" ")
          .toLowerCase()
          .match(WORD)
          ?.filter((w) => w.length >= 4) ?? [],
      );
      const hits = fake.articles.filter((a) =>
        (a.text.toLowerCase().match(WORD) ?? []).some((w) => words.has(w)),
      );
      const hitWords = new Set(hits.flatMap((a) => a.text.toLowerCase().match(WORD) ?? []));
      const answerability = words.size
        ? Number(([...words].filter((w) => hitWords.has(w)).length / words.size).toFixed(3))
        : 0;
      const asOf =
        fake.articles
          .map((a) => a.published ?? "")
          .sort()
          .at(-1) || null;
      const answer: Answer =
        hits.length === 0
          ? {
              status: "not_found",
              question: trimmed,
              text: `The archive holds nothing on that (articles up to ${asOf}).`,
              citations: [],
              asOf,
              answerability,
            }
          : {
              status: "answered",
              question: trimmed,
              text: hits.map((a, i) => `“${a.text.split(". ")[0]}” [${i + 1}]`).join(" "),
              citations: hits.map((a, i) => ({
                n: i + 1,
                articleId: a.id,
                title: a.title,
                publisher: a.publisher,
                published: a.published,
                url: a.url,
                quote: a.text.split(". ")[0] ?? a.text,
              })),
              asOf,
              answerability,
            };
      return { ok: true, answer } satisfies AskResult;
    },
    async reingest(onProgress?: (p: IngestProgress) => void): Promise<IngestSummary> {
      if (busy) throw new IngestBusyError("fake ingest in progress");
      busy = true;
      try {
        onProgress?.({ phase: "read", done: 0, total: 1 });
        if (fake.reingestGate) await fake.reingestGate;
        onProgress?.({ phase: "index", done: 1, total: 1 });
        fake.reingests++;
        return {
          added: 1,
          updated: 0,
          removed: 0,
          unchanged: fake.articles.length,
          skipped: [],
          chunks: 1,
          reusedEmbeddings: 0,
          articles: fake.articles.length + 1,
          indexVersion: `v${fake.reingests}`,
          seconds: 0.01,
        };
      } finally {
        busy = false;
      }
    },
  };
  return fake;
}
