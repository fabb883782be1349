/**
 * "Who is the current minister?", "Is the bridge open yet?", and in the present tense with no word of the past
 * "Who heads the port?": a question about the state of things now. When its quotes come from articles of
 * different days, the newest article's quotes lead; older ones may be out of date. Questions about an event of "this week" or "new" things are not reordered: their story is
 * the best-ranked one, and a newer article on something else must not jump ahead of it (realtimeqa-dev
 * recall@1 fell 3 points when every recency question was reordered). Only for a question asked at a day:
 * every chat message and CLI question is; asked at none (the Archive API), a current-state question that
 * names no particular week or day is asked as of the newest article it could use (answer-question.ts).
 */
import { firstDay } from "../question/question-dates";

const STATE_WORDS =
  /\b(?:current(?:ly)?|latest|newest|now|still|yet|so far|at the moment|these days|any ?more|no longer|nowadays)\b/i;

export function asksForCurrentState(question: string): boolean {
  return STATE_WORDS.test(question);
}

/** Words that place a question in a particular recent week or day ("now bankrupt, it said this week"). */
const RECENT_DAY = /\b(?:this|last|past) week\b|\b(?:today|tonight|yesterday|last night)\b/i;

/** True when the question names the week or day it is about: its story is that one, not simply the newest. */
export function namesARecentDay(question: string): boolean {
  return RECENT_DAY.test(question);
}

/** Words of a question about a past event or period: "who was", "did", "in 2021", "ago". */
const PAST_WORDS =
  /\b(?:was|were|wasn't|weren't|did|didn't|had|ago|used to|former(?:ly)?|previous(?:ly)?|originally|first|(?:19|20)\d\d)\b/i;
/**
 * A present-tense verb: "who heads", "is it open", "what's the fare", "how much does it cost", "can boats fish
 * the lake" (not "can you tell me…", a request), and a question opening with "has / have" ("Has the fishing
 * ban been lifted?"); not "has" inside one ("how much has Brussels withdrawn": a count of what happened).
 */
const PRESENT_VERB =
  /\b(?:is|are|isn't|aren't|does|do|doesn't|don't)\b|\b(?:can|can't|cannot)\b(?!\s+(?:you|u|i|we)\b)|\b(?:what|who|where|how|it|that|there)['’]s\b|^\s*(?:who|what|which)\s+\w+s\b|^\s*(?:has|have)(?:n['’]t)?\b/i;

/**
 * "Who heads the harbour authority?", "Is the Eastshore Line open?": asked in the present tense with no word
 * of the past, a question about how things stand now even without "current" or "still".
 */
export function asksAboutPresent(question: string): boolean {
  if (PAST_WORDS.test(question) || RECENT_DAY.test(question)) return false;
  return PRESENT_VERB.test(question) || isTopicOnly(question);
}

/** A question word, an auxiliary, a modal or a request ("tell me…", "convert…"): a sentence, not a bare topic. */
const SENTENCE_WORD =
  /\b(?:who|whom|whose|whats|what|when|where|which|why|how|is|are|was|were|be|been|do|does|did|has|have|had|can|could|will|would|should|may|might|must|tell|explain|write|convert|give|show|list|find|describe|summari[sz]e|translate)\b/i;
/** At most this many words with none of SENTENCE_WORD: a topic typed as into a search box. */
const TOPIC_WORDS = 6;

/**
 * "Tavessa central bank governor", "lake veyra fishing ban": a topic typed as into a search box, with no verb
 * to tell a tense. A reader asking an archive that way wants the latest on it, as a news search shows first.
 */
function isTopicOnly(question: string): boolean {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return words.length > 0 && words.length <= TOPIC_WORDS && !SENTENCE_WORD.test(question);
}

/**
 * "Who replaced Peter Lund as finance minister?": a successor's story comes after the one that appointed the
 * predecessor, and both name him; the newest of them leads, as for the current holder.
 */
const SUCCESSOR = /^\s*who\b.*\b(?:replaced|succeeded|took over from|came after)\b/i;

export function asksForSuccessor(question: string): boolean {
  return SUCCESSOR.test(question);
}

/** The quotes of the newest article (by publication day) first, the rest in their order. */
export function newestFirst<T extends { passage: { article: { published: string | null } } }>(
  quotes: T[],
): T[] {
  const day = (q: T) => (q.passage.article.published ? firstDay(q.passage.article.published) : "");
  const newest = quotes.map(day).sort().at(-1) ?? "";
  return leading(quotes, (q) => day(q) === newest);
}

/** The quotes of one article first, the rest in their order. */
export function articleFirst<T extends { passage: { article: { id: string } } }>(
  quotes: T[],
  id: string,
): T[] {
  return leading(quotes, (q) => q.passage.article.id === id);
}

function leading<T>(items: T[], first: (item: T) => boolean): T[] {
  return [...items.filter(first), ...items.filter((item) => !first(item))];
}

/** The id of the newest dated article among the passages (the first of them on a tie); undefined when none is dated. */
export function newestArticle(
  passages: { article: { id: string; published: string | null } }[],
): string | undefined {
  let best: { id: string; day: string } | undefined;
  for (const { article } of passages) {
    if (!article.published) continue;
    const day = firstDay(article.published);
    if (!best || day > best.day) best = { id: article.id, day };
  }
  return best?.id;
}
