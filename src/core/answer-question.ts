/** Question in, cited Answer out: check the question, retrieve, decide not_found, hand passages to the answerer. */
import type { Logger } from "../logger";
import { answerAboutSpeakers } from "./answer-about-speakers";
import type { Answerer } from "./answerer";
import { attachSpeakers } from "./attach-speakers";
import { checkContext, checkQuestion } from "./check-question";
import { notFoundAnswer } from "./cite";
import { cleanQuestion } from "./clean-question";
import { foldCopies, withStoryNotes } from "./one-story-once";
import { lastDay, narrowFilters, questionWindow } from "./question-dates";
import { missingEntities, questionEntities } from "./question-entities";
import type { Retriever } from "./retriever";
import { asksForRecent, type RecencyPrior, withoutTimeWords } from "./time-relevance";
import { asksForTimeline, buildTimeline, TIMELINE_PASSAGES, timelineTopic } from "./timeline";
import type { Answer, AskOptions, AskResult, Passage, SearchFilters } from "./types";

/** Below this IDF-weighted share of the question's words in the best article, the archive "holds nothing". */
export const MIN_RELEVANCE = 0.5;
export const PASSAGES = 8;
/**
 * Recency priors (time-relevance.ts), chosen on the tuning half of realtimeqa-dev (docs/performance.md):
 * a question that asks for the latest news weighs age strongly, any other question mildly.
 */
export const RECENCY_PRIORS: { recent: RecencyPrior; other: RecencyPrior } = {
  recent: { halfLifeDays: 3, weight: 2, newestFirst: true },
  other: { halfLifeDays: 7, weight: 2 },
};

export interface AnswerQuestionOptions extends AskOptions {
  retriever: Retriever;
  answerer: Answerer;
  maxQuestionChars: number;
  logger: Logger;
  /** The newsroom's own publisher (OWN_PUBLISHER): its copy of a story is the one cited. */
  ownPublisher?: string;
  /** Evaluation only: other recency priors than RECENCY_PRIORS. */
  priors?: typeof RECENCY_PRIORS;
}

export async function answerQuestion(raw: string, options: AnswerQuestionOptions): Promise<AskResult> {
  const checked = checkQuestion(raw, options.maxQuestionChars);
  if (!checked.ok) return checked;
  const question = checked.query;
  const checkedContext = checkContext(options.context ?? [], options.maxQuestionChars);
  if (!checkedContext.ok) return checkedContext;
  const context = checkedContext.context.map(cleanQuestion).filter(Boolean);
  const askedAt = options.askedAt?.slice(0, 10);
  // A period named in the question ("in May 2022", "last month") filters; its words are not topic words.
  const window = questionWindow(question, askedAt);
  const filters = narrowFilters(options.filters, window);
  // "Timeline of…", "how has … developed": a story's whole course, so more articles and no recency prior.
  const timeline = asksForTimeline(question);
  const topic = timeline ? timelineTopic(window?.topic || question) : window?.topic || question;
  const query = [...context, withoutTimeWords(topic)].join(" \n");
  const started = performance.now();
  const passages = await options.retriever.search(query, {
    limit: timeline ? TIMELINE_PASSAGES : PASSAGES,
    filters,
    mode: options.mode,
    asOf: askedAt,
    // A period that ended before the question was asked is asked about as a whole: no recency prior.
    recency:
      askedAt && !timeline && !(window?.to && window.to < askedAt.slice(0, window.to.length))
        ? priorFor(question, options.priors ?? RECENCY_PRIORS)
        : undefined,
  });
  const asOf = consideredUpTo(options.retriever, filters, askedAt);
  const best = Math.max(0, ...passages.map((p) => p.relevance));
  options.logger.debug(
    {
      passages: passages.map((p) => [p.chunkId, Number(p.score.toFixed(4)), Number(p.relevance.toFixed(2))]),
      best,
    },
    "retrieved",
  );
  if (
    passages.length === 0 ||
    best < MIN_RELEVANCE ||
    // The words of a date window (its years too) filter by date; the rest of the question names the story.
    namesAnotherStory(topic, passages, options.retriever)
  ) {
    return {
      ok: true,
      answer: echo(notFoundAnswer(checked.question, asOf), askedAt, options.filters),
    };
  }
  // One story once: passages of a story's other copies become the cited copy's (one-story-once.ts).
  const story = { ownPublisher: options.ownPublisher, asOf: askedAt, filters };
  const relevant = foldCopies(
    passages.filter((p) => p.relevance >= MIN_RELEVANCE * 0.8),
    options.retriever,
    story,
  );
  if (timeline) {
    const built =
      buildTimeline({
        question: checked.question,
        topic,
        context,
        passages: relevant,
        retriever: options.retriever,
      }) ?? notFoundAnswer(checked.question, asOf);
    const answer = withStoryNotes(built, options.retriever, story, relevant);
    options.logger.debug(
      { ms: Math.round(performance.now() - started), timeline: answer.citations.length },
      "answered",
    );
    return { ok: true, answer: echo({ ...answer, asOf }, askedAt, options.filters) };
  }
  const aboutSpeakers = answerAboutSpeakers(question, relevant, options.retriever);
  const answered =
    aboutSpeakers ??
    (await options.answerer.answer({
      question,
      context,
      passages: relevant,
      retriever: options.retriever,
      askedAt,
    }));
  const answer = withStoryNotes(
    { ...answered, citations: attachSpeakers(answered.citations, options.retriever) },
    options.retriever,
    story,
    relevant,
  );
  options.logger.debug({ ms: Math.round(performance.now() - started), status: answer.status }, "answered");
  // The answerer read the cleaned question; the reply echoes what the person typed.
  return {
    ok: true,
    answer: echo({ ...answer, question: checked.question, asOf }, askedAt, options.filters),
  };
}

/** Top stories this many deep are searched for the question's names and numbers. */
export const ENTITY_STORIES = 3;

/** True when a name or number of the question is in none of the best few retrieved stories. */
function namesAnotherStory(question: string, passages: Passage[], retriever: Retriever): boolean {
  const ids = [...new Set(passages.map((p) => p.article.id))].slice(0, ENTITY_STORIES);
  const texts = ids.flatMap((id) => {
    const passage = passages.find((p) => p.article.id === id);
    return [passage?.article.title ?? "", retriever.articleText(id) ?? ""];
  });
  return missingEntities(questionEntities(question), texts).length > 0;
}

function priorFor(question: string, priors: typeof RECENCY_PRIORS): RecencyPrior {
  return asksForRecent(question) ? priors.recent : priors.other;
}

/** The newest article date the question could draw on: not after `askedAt`, inside the date filters. */
function consideredUpTo(
  retriever: Retriever,
  filters: AskOptions["filters"],
  askedAt: string | undefined,
): string | null {
  if (!retriever.newestPublished || (!askedAt && !filters?.from && !filters?.to)) return retriever.asOf;
  const to = [filters?.to, askedAt].filter((d): d is string => d !== undefined);
  return retriever.newestPublished({
    from: filters?.from,
    to: to.length ? to.reduce((a, b) => (lastDay(b) < lastDay(a) ? b : a)) : undefined,
  });
}

/** The answer with the day it was asked at and the asker's own filters, when given. */
function echo(answer: Answer, askedAt: string | undefined, filters: SearchFilters | undefined): Answer {
  const given = filters && Object.values(filters).some((v) => v !== undefined && v.length !== 0);
  return { ...answer, ...(askedAt ? { askedAt } : {}), ...(given ? { filters } : {}) };
}
