/** Question in, cited Answer out: check the question, retrieve, decide not_found, hand passages to the answerer. */
import type { Logger } from "../logger";
import { asksForExpansion, withoutExpansionWords } from "../text/acronyms";
import { ANSWERABILITY, type AnswerabilityModel, type AnswerSignals } from "./answerability/answerability";
import { decideAnswerable, storyFirst } from "./answerability/decide-answerable";
import type { Answerer } from "./answerer";
import { notFoundAnswer } from "./cite";
import { definingFirst, EXPANSION_CANDIDATES } from "./question/acronym-questions";
import { withArchiveCapitals } from "./question/archive-capitals";
import { holdingAskedYears } from "./question/asked-years";
import { checkContext, checkQuestion } from "./question/check-question";
import { cleanQuestion } from "./question/clean-question";
import { withoutDocumentWords } from "./question/document-words";
import {
  partlyReadNote,
  withForeignQuestionWordsRead,
  withForeignWordsDropped,
} from "./question/foreign-words";
import { withNegationsSpelled } from "./question/negated-words";
import { linkedStories, linkWords, pastedLinks } from "./question/pasted-links";
import {
  lastDay,
  narrowFilters,
  nextPeriod,
  type QuestionWindow,
  questionWindow,
  spanBefore,
} from "./question/question-dates";
import { withoutRoleWords } from "./question/role-words";
import { isSmallTalk, smallTalkAnswer } from "./question/small-talk";
import { type ReadWord, withTyposRead } from "./question/typo-words";
import { unwrittenAcronyms, withNamesSpelledOut } from "./question/unwritten-acronyms";
import { withoutUpdateWords } from "./question/update-words";
import { writtenInitials } from "./question/written-initials";
import { foldCopies, withStoryNotes } from "./quotes/one-story-once";
import type { Retriever } from "./retriever";
import { answerAboutSpeakers } from "./speakers/answer-about-speakers";
import { attachSpeakers } from "./speakers/attach-speakers";
import { asksForCurrentState, namesARecentDay } from "./time/newest-first";
import { recentDayNote } from "./time/recent-day-note";
import { answerableAhead, EARLIER_DAYS } from "./time/reported-ahead";
import {
  asksForTimeline,
  buildTimeline,
  holdsTopic,
  TIMELINE_PASSAGES,
  timelineTopic,
} from "./time/timeline";
import { asksForRecent, type RecencyPrior, withoutTimeWords } from "./time-relevance";
import type { Answer, AskOptions, AskResult, Passage, SearchFilters } from "./types";

/** Passages of stories holding under 0.8 × this (or × the best story's) share of the question's words are not quoted. */
export const MIN_RELEVANCE = 0.5;
export const PASSAGES = 8;
/**
 * A timeline quotes only stories holding at least this share of what the best one holds of the topic's words.
 * Before, any story holding 40 % of them: "timeline of the Titan submersible" listed Tennessee Titans games.
 * On eight timelines over rtqa-archive-2023 (docs/performance.md), 0.75 and 0.9 cut "history of the debt
 * ceiling standoff" from 8 entries to 4, losing debt-ceiling stories that never say "standoff"; 0.5 keeps them.
 */
export const TIMELINE_SHARE = 0.5;
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
  /** Evaluation only: another answerability model than ANSWERABILITY. */
  answerability?: AnswerabilityModel;
  /** Evaluation only: told the answerability signals of each question that retrieved anything. */
  onSignals?: (signals: AnswerSignals, probability: number) => void;
}

export async function answerQuestion(raw: string, options: AnswerQuestionOptions): Promise<AskResult> {
  const checked = checkQuestion(raw, options.maxQuestionChars);
  if (!checked.ok) return checked;
  // "Daniel Montalvo ba che mablaghi vasighe azad shod?": a question in another language is searched by the words the
  // archive writes, its names, and its question words (foreign-words.ts); read before typos, which its words are not.
  const spelled = withNegationsSpelled(checked.query, options.retriever);
  // A language with a reader of its own was read already: the words it left are no other language's.
  const dropped = checked.languageRead ? spelled : withForeignWordsDropped(spelled, options.retriever);
  // "Câți asylum seekers are getting the questionnaire?": an English question with another language's question
  // word, that word read in English.
  const read =
    dropped === spelled && !checked.languageRead
      ? withForeignQuestionWordsRead(spelled, options.retriever)
      : dropped;
  // "latest lnyx number": a lower-case word the archive never writes, a keystroke from a common word it does, is read so.
  // "unconvinced", which the archive never writes, as "not convinced", which it does.
  const typos = withTyposRead(read, options.retriever);
  // Typed all in lower case: "what does eba stand for" is read as "what does EBA stand for" (the archive's capitals);
  // so is one typed in capitals throughout, which the query has in lower case (shouted-questions.ts).
  const question = withArchiveCapitals(typos.question, options.retriever, cleanQuestion(checked.question));
  const checkedContext = checkContext(options.context ?? [], options.maxQuestionChars);
  if (!checkedContext.ok) return checkedContext;
  // The asker's guesses ("… ? I think it was Sandia something.") help find the story and its sentence, as earlier
  // questions of a thread do, but are not asked: a wrong one must not make the question unanswerable.
  const context = [...checkedContext.context.map(cleanQuestion), ...(checked.guesses ?? [])].filter(Boolean);
  const askedAt = options.askedAt?.slice(0, 10);
  // "Tell me a joke", "who made you?": not searched, so no story that shares a word is quoted.
  if (isSmallTalk(question)) {
    const asOf = consideredUpTo(options.retriever, options.filters, askedAt);
    return { ok: true, answer: echo(smallTalkAnswer(checked.question, asOf), askedAt, options.filters) };
  }
  // A period named in the question ("in May 2022", "last month") filters; its words are not topic words.
  const window = questionWindow(question, askedAt);
  // "Timeline of…", "how has … developed": a story's whole course, so more articles and no recency prior.
  const timeline = asksForTimeline(question);
  // What names the story: the question without its date window, its timeline words, the words that only say
  // "recent", and the asker's words for a post's holder ("who heads"), for what happened ("any shake-up") or for
  // the kind of fact ("the latest figure for"). Those are read before the time words, which take "latest".
  const asked = timeline ? timelineTopic(window?.topic || question) : window?.topic || question;
  // "how much will this story cost? <link>": the asker's words for the story itself name nothing it reports.
  const links = pastedLinks(checked.question);
  const topic = withoutTimeWords(
    withoutUpdateWords(withoutRoleWords(withoutDocumentWords(asked, links.length > 0))),
  );
  // "What does EBA stand for?": searched without "stand for", widely, defining stories first.
  const acronym = timeline ? null : asksForExpansion(question);
  // "Eurovision Song Contest" is also searched as "ESC" where the archive writes that, and "who runs CCHR" as
  // "Cambodia Center for Human Rights" where the archive only writes the name in full.
  const unwritten = unwrittenAcronyms(topic, options.retriever);
  const searched = acronym ? withoutExpansionWords(topic) : topic;
  const query = [
    ...context,
    // "<https://example.com/uk-asylum-forms|story> how long do applicants get…": the link's words find the story.
    linkWords(links, options.retriever),
    searched,
    ...writtenInitials(topic, options.retriever),
    ...unwritten.map((spelled) => spelled.name),
  ]
    .filter(Boolean)
    .join(" \n");
  const started = performance.now();
  const threshold = (options.answerability ?? ANSWERABILITY).threshold;
  const retrieve = async (within: QuestionWindow | null, mentioning?: string[], articles?: string[]) => {
    const narrowed = narrowFilters(options.filters, within);
    const filters = articles ? { ...narrowed, articles } : narrowed;
    const asOf = consideredUpTo(options.retriever, filters, askedAt);
    // Asked at no day (the Archive API, undated eval rows), a question about the current state ("the latest
    // inflation rate") is asked as of the newest article it could use: else nothing tells the newest story
    // apart. Not one that names a week or a day ("now bankrupt, said this week"): which week is unknown.
    const presentDay =
      askedAt ?? (asOf && asksForCurrentState(question) && !namesARecentDay(question) ? asOf : undefined);
    const limit = timeline ? TIMELINE_PASSAGES : PASSAGES;
    const found = await options.retriever.search(query, {
      limit: acronym ? EXPANSION_CANDIDATES : limit,
      filters,
      mentioning,
      mode: options.mode,
      asOf: presentDay,
      // A period that ended before the question was asked is asked about as a whole: no recency prior.
      recency:
        presentDay && !timeline && !(within?.to && within.to < presentDay.slice(0, within.to.length))
          ? priorFor(question, options.priors ?? RECENCY_PRIORS)
          : undefined,
    });
    const passages = acronym ? definingFirst(acronym, found, options.retriever, limit) : found;
    const best = Math.max(0, ...passages.map((p) => p.relevance));
    options.logger.debug(
      {
        passages: passages.map((p) => [
          p.chunkId,
          Number(p.score.toFixed(4)),
          Number(p.relevance.toFixed(2)),
        ]),
        best,
        window: within ? { from: within.from, to: within.to } : null,
      },
      "retrieved",
    );
    // The words of a date window (its years too) filter by date; the rest of the question names the story.
    const decision = decideAnswerable(topic, passages, options.retriever, options.answerability, question);
    const probability = decision?.probability ?? 0;
    if (decision) options.onSignals?.(decision.signals, probability);
    const answerable = probability >= threshold;
    // The story the decision read as answering leads the quotes too, when it was not the top-ranked one.
    const read = answerable && decision?.story ? storyFirst(passages, decision.story) : passages;
    return { filters, asOf, presentDay, passages: read, best, probability, answerable };
  };
  // A past day, month or year written out may be the event's, reported later ("the insurrection on January
  // 6, 2021", asked in 2022): the stories published after it that name it ("January 6", "Jan. 6") are asked
  // when nothing dated inside it answers, and first when the question says the reports are recent ("latest
  // data shows … in 2022", "falling now … the record set in June"). Stories that do not name the period stay
  // out, so a near miss ("What happened in May 2019?") is not answered from any other year.
  const since = window?.to && window.mentions.length ? nextPeriod(window.to) : undefined;
  const canAskLater = Boolean(
    window && since && !timeline && since <= (askedAt ?? options.retriever.asOf ?? ""),
  );
  const askLater = () =>
    retrieve({ from: since, topic: window?.topic ?? question, mentions: [] }, window?.mentions);
  // "<https://…/New_faces_…> what share of voters turned out?": a link to an archived story says which story is
  // meant. That story is asked first; when it does not answer, the whole archive is, as if no link were there.
  const linked = linkedStories(links, options.retriever);
  const viaLink = linked.length ? await retrieve(window, undefined, linked) : null;
  const laterFirst = !viaLink?.answerable && canAskLater && window?.reportedNow ? await askLater() : null;
  let namedLater = Boolean(laterFirst?.answerable);
  let outsideWindow = namedLater;
  let found = viaLink?.answerable ? viaLink : laterFirst?.answerable ? laterFirst : await retrieve(window);
  // A date in the question may be the event's rather than the reports' ("in 1803, the US purchased…", "thefts
  // reported last year" in an archive that starts this year): when the window ends before the archive's first
  // dated article, and so nothing inside it answers, the question is asked again without it, and the reply
  // says so. A window inside or after the archive's span stays hard (nothing from February 2024 is not an
  // answer about it), and so do the asker's own filters.
  if (
    !found.answerable &&
    window?.to &&
    !timeline &&
    options.retriever.newestPublished?.({ to: window.to }) === null &&
    options.retriever.asOf !== null
  ) {
    const wider = await retrieve(null);
    if (wider.answerable) [found, outsideWindow] = [wider, true];
  }
  if (!found.answerable && canAskLater && !laterFirst) {
    const later = await askLater();
    if (later.answerable) [found, outsideWindow, namedLater] = [later, true, true];
  }
  // An event reported before it happens (reported-ahead.ts): when nothing inside the window or after it answers,
  // the stories of the weeks before it that name the period are asked, and the reply says so. The asker's
  // own filters (`--from`, a chat token) still bound it, as every window (narrowFilters).
  let namedEarlier = false;
  if (
    !found.answerable &&
    window?.from &&
    window.mentions.length &&
    !timeline &&
    answerableAhead(window.topic)
  ) {
    const earlier = await retrieve(
      { ...spanBefore(window.from, EARLIER_DAYS), topic: window.topic, mentions: [] },
      window.mentions,
    );
    if (earlier.answerable) [found, outsideWindow, namedEarlier] = [earlier, true, true];
  }
  const { filters, asOf, presentDay, passages, best } = found;
  const score = Number(found.probability.toFixed(3));
  if (!found.answerable) {
    return {
      ok: true,
      answer: {
        ...echo(notFoundAnswer(checked.question, asOf), askedAt, options.filters),
        answerability: score,
      },
    };
  }
  // One story once: passages of a story's other copies become the cited copy's (one-story-once.ts).
  const story = { ownPublisher: options.ownPublisher, asOf: askedAt, filters };
  // Passages of stories far weaker than the best are not quoted (a paraphrase may hold under half the words).
  // The top-ranked story is always quotable: it may hold the one rare word that matters ("Yeoncheon") and few others.
  const topStory = passages[0]?.article.id;
  // A timeline's entries are one story's course: each holds at least half of what the best one holds of the
  // topic, so "the Titan submersible" does not bring in the Tennessee Titans.
  const floor = timeline ? best * TIMELINE_SHARE : Math.min(MIN_RELEVANCE, best) * 0.8;
  // For a timeline, a topic word a story says another way counts in part ("estimates", a "preliminary figure").
  const onTopic = timeline
    ? holdsTopic(topic, options.retriever, floor)
    : (p: Passage) => p.relevance >= floor;
  // A year the question names ("the 2020 election") is one every quoted story holds (asked-years.ts).
  const relevant = foldCopies(
    holdingAskedYears(
      topic,
      passages.filter((p) => p.article.id === topStory || onTopic(p)),
      options.retriever,
    ),
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
    return { ok: true, answer: echo({ ...answer, asOf, answerability: score }, askedAt, options.filters) };
  }
  const aboutSpeakers = answerAboutSpeakers(question, relevant, options.retriever);
  const answered =
    aboutSpeakers ??
    (await options.answerer.answer({
      question: withNamesSpelledOut(question, unwritten),
      context,
      passages: relevant,
      retriever: options.retriever,
      askedAt: presentDay,
    }));
  const answer = withStoryNotes(
    { ...answered, citations: attachSpeakers(answered.citations, options.retriever) },
    options.retriever,
    story,
    relevant,
  );
  options.logger.debug({ ms: Math.round(performance.now() - started), status: answer.status }, "answered");
  // Notes first: how a typo was read, and when the quotes come from outside what the question asked about
  // (its window, or its week).
  const notes =
    answer.status !== "answered"
      ? []
      : [
          typoNote(typos.read),
          dropped !== spelled ? partlyReadNote(read) : null,
          outsideWindow && window
            ? windowNote(window, { readFirst: found === laterFirst, namedLater, namedEarlier })
            : recentDayNote(question, askedAt, answer.citations),
        ];
  const text = withNotes(answer.text, notes);
  // The answerer read the cleaned question; the reply echoes what the person typed.
  return {
    ok: true,
    answer: echo(
      { ...answer, text, question: checked.question, asOf, answerability: score },
      askedAt,
      options.filters,
    ),
  };
}

/** 'Read “lnyx” as “lynx”.': what the question was searched as, when a typo was read as another word. */
function typoNote(read: ReadWord[]): string | null {
  if (!read.length) return null;
  return `Read ${read.map((word) => `“${word.typed}” as “${word.read}”`).join(", ")}.`;
}

/** The reply's text with its notes (those given) on lines before it. */
function withNotes(text: string, notes: (string | null)[]): string {
  return [...notes.filter((note): note is string => note !== null), text].join("\n");
}

/** The line that says an answer comes from outside the question's window, and why. */
function windowNote(
  window: QuestionWindow,
  how: { readFirst: boolean; namedLater: boolean; namedEarlier: boolean },
): string {
  const why = how.readFirst
    ? `Read as when it happened, not when it was reported: ${describeWindow(window)}`
    : `Nothing in the archive dated ${describeWindow(window)} answers this`;
  const named = how.namedLater ? "later" : how.namedEarlier ? "earlier" : null;
  return `${why}; from ${named ? `${named} stories that mention ${window.mentions[0]}` : "other dates"}:`;
}

/** "in 2022", "from 2023", "up to 2018", "2021-03 to 2021-06". */
function describeWindow(window: QuestionWindow): string {
  if (window.from && window.from === window.to) return `in ${window.from}`;
  if (window.from && window.to) return `${window.from} to ${window.to}`;
  return window.from ? `from ${window.from}` : `up to ${window.to}`;
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
