/** Pure: the archive's-gaps report from the question log and the feedback votes (README "Reports"). */
import type { FeedbackEntry } from "../feedback/feedback-store";
import type { QuestionLogEntry } from "../feedback/question-log";
import { clusterQuestions, type QuestionGroup, SIMILARITY_THRESHOLD } from "./cluster-questions";

export interface DayCount {
  /** YYYY-MM-DD (UTC). */
  day: string;
  questions: number;
  /** Questions the archive refused (not_found). */
  refused: number;
  /** refused ÷ questions, 0 on a day without questions. */
  refusalRate: number;
}

export interface DownVotedAnswer {
  at: string;
  platform: string;
  question: string;
  answerText: string;
  /** The cited articles; `title` from the question log when it cited them, else null. */
  articles: { id: string; title: string | null }[];
}

export interface CitedArticleCount {
  id: string;
  title: string;
  /** How many answered questions cited it. */
  citations: number;
}

/** "Ask an editor" pressed under an answer (or a refusal): the question handed to a person. */
export interface HandOff {
  at: string;
  platform: string;
  question: string;
  /** The bot's answer to it: answered or not_found. */
  status: string;
}

export interface Report {
  /** The --since bound, when given. */
  since: string | null;
  /** First and last day with a question or a vote; null when there is nothing. */
  period: { from: string; to: string } | null;
  totals: {
    questions: number;
    answered: number;
    refused: number;
    problems: number;
    upVotes: number;
    downVotes: number;
  };
  similarityThreshold: number;
  refusedGroups: QuestionGroup[];
  downVoted: DownVotedAnswer[];
  days: DayCount[];
  topArticles: CitedArticleCount[];
  /** Hand-offs to editors, newest first. */
  handOffs: HandOff[];
}

export interface ReportInput {
  questions: QuestionLogEntry[];
  votes: FeedbackEntry[];
  /** YYYY[-MM[-DD]]: only entries from then on. */
  since?: string;
  /** How many cited articles to list (default 20). */
  topArticles?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function buildReport(input: ReportInput): Report {
  const since = input.since ?? null;
  // A hand-edited line without a readable time is left out rather than stretching the days.
  const inRange = (at: unknown) =>
    typeof at === "string" && !Number.isNaN(Date.parse(at)) && (since === null || at >= since);
  const logged = input.questions.filter((entry) => inRange(entry.at)).sort(byTime);
  // Event lines (a hand-off) are about an earlier answer, not questions of their own.
  const questions = logged.filter((entry) => entry.event === undefined);
  const handOffs = logged.filter((entry) => entry.event === "handoff");
  const votes = input.votes.filter((entry) => inRange(entry.at)).sort(byTime);

  const titles = new Map<string, string>();
  const cited = new Map<string, number>();
  for (const entry of questions) {
    for (const article of entry.cited) {
      titles.set(article.id, article.title);
      if (entry.status === "answered") cited.set(article.id, (cited.get(article.id) ?? 0) + 1);
    }
  }
  const refused = questions.filter((entry) => entry.status === "not_found");
  const downs = votes.filter((vote) => vote.vote === "down");
  const allTimes = [...questions, ...votes].map((entry) => entry.at).sort();
  const first = allTimes[0];
  const last = allTimes.at(-1);

  return {
    since,
    period: first && last ? { from: first.slice(0, 10), to: last.slice(0, 10) } : null,
    totals: {
      questions: questions.length,
      answered: questions.filter((entry) => entry.status === "answered").length,
      refused: refused.length,
      problems: questions.filter((entry) => entry.status === "problem").length,
      upVotes: votes.length - downs.length,
      downVotes: downs.length,
    },
    similarityThreshold: SIMILARITY_THRESHOLD,
    refusedGroups: clusterQuestions(refused),
    downVoted: downs
      .map((vote) => ({
        at: vote.at,
        platform: vote.platform,
        question: vote.question,
        answerText: vote.answerText,
        articles: vote.articleIds.map((id) => ({ id, title: titles.get(id) ?? null })),
      }))
      .reverse(),
    days: perDay(questions),
    topArticles: [...cited]
      .map(([id, citations]) => ({ id, title: titles.get(id) ?? id, citations }))
      .sort((a, b) => b.citations - a.citations || a.title.localeCompare(b.title))
      .slice(0, input.topArticles ?? 20),
    handOffs: handOffs
      .map((entry) => ({
        at: entry.at,
        platform: entry.platform,
        question: entry.question,
        status: entry.status,
      }))
      .reverse(),
  };
}

const byTime = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);

/** One row per UTC day from the first question to the last, days without questions included (as 0). */
function perDay(questions: QuestionLogEntry[]): DayCount[] {
  const counts = new Map<string, { questions: number; refused: number }>();
  for (const entry of questions) {
    const day = entry.at.slice(0, 10);
    const count = counts.get(day) ?? { questions: 0, refused: 0 };
    count.questions++;
    if (entry.status === "not_found") count.refused++;
    counts.set(day, count);
  }
  const days = [...counts.keys()].sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return [];
  const out: DayCount[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const count = counts.get(day) ?? { questions: 0, refused: 0 };
    out.push({ day, ...count, refusalRate: count.questions ? count.refused / count.questions : 0 });
  }
  return out;
}
