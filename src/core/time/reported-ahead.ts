/**
 * An event reported before it happens: "how many seats were contested in Cambodia's June 2022 vote?" is answered by
 * a May story on "the June 5 commune election". When nothing dated inside a question's period (or after it, naming
 * it) answers, the stories of the EARLIER_DAYS before it that name the period are asked (answer-question.ts). Not for
 * a question about what came of the event ("what share of the vote did Sarvis get in the November 2013 election?"):
 * a story written before it cannot report a result, and a preview interview's words would answer it wrongly.
 */

/**
 * How far before the period a story that names it counts as its preview: about a season, so the May story of a
 * June vote is read, and a winter story on a ferry that "returns in June" is not. Not tuned: no question of the
 * reporter sets, realtimeqa-dev or rtqa-archive-2023 turns on it (docs/performance.md, fiftieth round).
 */
export const EARLIER_DAYS = 92;

/**
 * What only a story written after the event can tell: who won or was elected, the votes, the share or the result,
 * the turnout, the score, the dead and the hurt, the damage, a verdict or a sentence, what came of it in the end;
 * and "did …", what was done then. Without it, 10 near misses of the reporter sets were answered from an interview
 * given before the 2013 Virginia vote ("what share of the vote did Sarvis get in November 2013?").
 */
const RESULT_ASKED =
  /\b(?:won|win(?:s|ner|ners|ning)?|beat|defeat(?:ed)?|elected|results?|outcome|final|turnout|percent(?:age)?|share|score[ds]?|got|get|gets|getting|receive[ds]?|died|dead|deaths?|killed|kill|injur(?:ed|ies|y)|hurt|wounded|casualt(?:y|ies)|damage[ds]?|destroyed|verdict|convicted|guilty|acquitted|sentenced?|jailed|end(?:ed)? up|eventually|in the end|happened|did)\b|%/i;

/** Whether a story written before the event may answer the question: it asks no result (RESULT_ASKED). */
export const answerableAhead = (question: string): boolean => !RESULT_ASKED.test(question);
