/**
 * Questions that check a claim or choose between two readings: "fact-check: Washington pulled Cambodia's GSP in
 * 2019?", "Did Tina McKenzie captain the Gliders in 2005 or in 2010?", "Is it Ed Markey or Edward Markey?". The
 * claim's year may be wrong and one of the two readings is not the story's: neither is a name or a date the story
 * must hold, nor a period to search in (question-dates.ts).
 */
import { sentenceBounds } from "../../text/split-sentences";
import { askingClause } from "./answer-kind";
import { askerStory } from "./asker-guesses";
import { LEADING_QUESTION } from "./leading-questions";
import { missingEntities, questionEntities } from "./question-entities";

/** A fact-checker's word for the claim that follows: "claim:", "claim is …", "claimed that …". */
const CLAIM_MARK = String.raw`claim(?:ed)?\b\s*(?::|is\b|that\b)?`;

/**
 * "fact-check: …", "fact check …", "true or false: …", "is it true that …", "verify: …"; a fact-checker's list item
 * "3) claim: …", "Aussie iodine study: claim a quarter of salt there is iodised. What share…"; "can you confirm the
 * CNRP was dissolved in 2018?", "please verify …" (a claim with its verb; not "can you confirm the turnout in …").
 */
const CHECKS = new RegExp(
  String.raw`^\s*(?:fact[- ]?check(?:ing)?\b|true or false\b|is it (?:true|correct|right|accurate) that\b|verify\s*:|(?:(?:can|could|would) you (?:please )?|please )(?:confirm|verify)\b(?! (?:who|whom|whose|what|which|when|where|how)\b)(?= (?:that|whether|if)\b|[^?]*\b(?:was|were|is|are|has|have|had|did|does|do|will)\b))|(?:^\s*(?:\(?\d{1,2}[).]\s*)?|:\s*)${CLAIM_MARK}`,
  "i",
);

/** Whether the question checks a claim ("fact-check: …"). */
export function checksClaim(question: string): boolean {
  return CHECKS.test(question);
}

/** A year in a claim: "in 2018", "June 15, 2022". */
const DATED = /\b(?:1[89]|20)\d{2}\b/;

/**
 * Whether the question checks a claim that carries a year ("Is it true that the CNRP was dissolved in 2018?", "I read
 * the CNRP was dissolved … in 2018. Is that accurate?"): the story's sentence that dates the event answers it, as
 * for "when" (pick-quotes.ts).
 */
export function checksDatedClaim(question: string): boolean {
  if (checksClaim(question)) return DATED.test(question);
  const draft = draftClaims(question);
  return draft.ifRight && draft.spans.some(([from, to]) => DATED.test(question.slice(from, to)));
}

/** A name or a year, of up to four capitalised words or one number: "Ed Markey", "2005", "Foreign Affairs". */
const READING = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}`;
/** Two readings joined by "or": "Ed Markey or Edward Markey", "2005 or in 2010", "Justice or Interior". */
const ALTERNATIVES = new RegExp(`(${READING})\\s+or\\s+(?:in\\s+|on\\s+|the\\s+)?(${READING})`, "gu");

/** The spans of the question that are one of two readings joined by "or", as [start, end) offsets. */
export function alternativeSpans(question: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of question.matchAll(ALTERNATIVES))
    spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/**
 * A fact-checker's claim, quoted from a draft or a note before the question: "Draft says Markey represents a big
 * Cambodian community in Lynn. Which city do we name?", "Para 9 says Chin Malin 'chairs the National Human Rights
 * Council'. What's the body he leads, per our piece?", "My co-host swears the EU pulled a third of it — how much
 * does our story say?", 'Quick fact check: "Four U.S. senators … the 1993 Paris Agreement. …" What year was the Paris
 * Agreement?'. What the draft says may be wrong; the question asks what the story says instead.
 */
/** How copy puts a claim, in the present: "says", "has", "calls", "describes" (document-words.ts reads these too). */
export const CLAIM_VERBS = "says?|has|claims?|calls?|describes?|names?|reads?|puts?|gives?|lists?|states?";
/**
 * A message forwarded in a family chat, pasted before what the asker wants checked: "Forwarded (many times): '…' 🙏
 * is this true? what does the actual story say about …?", "Uncle sent this: '…'". Its year, figure or name may be
 * wrong, as a draft's may.
 */
const PASSED_ON = String.raw`^\s*forwarded(?: many times| as received)?\s*:|^\s*(?:(?:my|our) )?(?:uncle|aunt(?:ie|y)?|mum|mom|dad|grandma|grandpa|granny|cousin|neighbou?r|friend)\s+(?:sent|forwarded|shared|posted)\b`;
/**
 * A claim told elsewhere, as a fact-checker puts it before asking what the story says: "Am Sam Ath is described
 * elsewhere as working for Adhoc.", "The senators' letter reportedly cites a 1993 accord.", "Someone wrote that …",
 * "a viewer insists …", "I read that …", "I read the CNRP was dissolved in 2018" (not "I read your story"). Measured on the reporter sets (docs/performance.md, fiftieth round): 2 more
 * facts quoted on the set whose fact-checker wrote them, no other reply changed; realtimeqa-dev and
 * rtqa-archive-2023 unchanged. "Is it correct that …" checks a claim as "is it true that …" does.
 */
const TOLD_ELSEWHERE = String.raw`\b(?:reportedly|supposedly|allegedly|elsewhere)\b|\b(?:someone|somebody|a (?:reader|viewer|caller|listener|source|rival|tweet|post|blog|wire story)|another (?:outlet|paper|site|story|report)|(?:some|other|one) (?:reports?|outlets?|stories))\b[^.?!]{0,40}?\b(?:wrote|writes|said|says|claims?|claimed|reported|reports|posted|tweeted|insists?|insisted)\b|\b(?:i|we)(?: have|'ve)? (?:read|heard|seen) (?:that|somewhere|it (?:said|reported))\b|\b(?:i|we) (?:read|heard|saw)(?: (?:somewhere|online|elsewhere))? (?!(?:your|our|the (?:story|article|piece|report|interview)|about|up|it)\b)(?=[a-z\d])`;
const FORWARDED = new RegExp(PASSED_ON, "i");
const CLAIMED = new RegExp(
  String.raw`${PASSED_ON}|\b(?:draft|drafts|piece|para(?:graph)?\s*\d+|copy|script|lede|notes|card|co-?host|colleague|editor|producer|wire)\b[^.?!]{0,40}?\b(?:${CLAIM_VERBS}|said|had|claimed|called|described|named|swears?|swore|insists?|reports?)\b|\bdraft\s*:|\bit says\b|(?:^|[:)]\s*)${CLAIM_MARK}|\b(?:fact[- ]?check(?:ing)?|verify|check|confirm)\b[^.?!:]{0,30}:\s*["“]|${TOLD_ELSEWHERE}`,
  "i",
);

/** The question asks for a name or a place ("Which city…", "who disbanded it", "where did … take place"). */
const ASKS_NAME =
  /\b(?:who|whom|whose|where|which)\b|\bwhat(?:['’]s| is| was| are| were)? (?:the |his |her |their |its )?(?:\S+ )?(?:name|title|called)\b|\bname\s*\?/i;
/** The question asks for a figure or a date ("What year…", "how many", "what death toll", "the exact number"). */
const ASKS_FIGURE =
  /\b(?:when|how (?:many|much|long|old|far))\b|\b(?:year|date|day|month|number|figure|toll|amount|total|percentage|share|age|count|tally|sum|price|cost|rate|bail)\b/i;

/** The claim itself asked about: "Is that right?", "is this accurate?", "Right?", "true?". */
const ASKS_IF_RIGHT =
  /^\s*(?:(?:is|was) (?:that|this|it) (?:right|correct|accurate|true)|(?:right|correct|true|accurate))\s*[?!.]*\s*$/i;

/** A stop, then a question word: where a lower-case question starts after a claim. */
const STOP_BEFORE_ASKING = /[.!]["'’”]*\s+(?=(?:who|whom|whose|what|when|where|which|how)\b)/gi;

/**
 * The parts of a question that quote a draft's claim (CLAIMED), as [start, end) offsets, and what it asks about
 * them: each claim sentence before the asking one, or the part of the asking sentence before its asking clause
 * ("Draft says … — what date do we have?").
 */
export function draftClaims(question: string): {
  spans: [number, number][];
  names: boolean;
  figures: boolean;
  /** Whether the question asks only whether the claim is right ("… Is that accurate?"). */
  ifRight: boolean;
} {
  const spans: [number, number][] = [];
  let asking = "";
  const sentences = sentenceBounds(question);
  for (const [index, [from, to]] of sentences.entries()) {
    const sentence = question.slice(from, to);
    // "It was Kamala Harris he sat down with, wasn't it? Who did he actually meet?": a guess put as a leading
    // question, before the one that asks.
    // "Uncle sent this: '…' 🙏 is this true? what does the actual story say …": the forwarded message, before it.
    if (index < sentences.length - 1 && (LEADING_QUESTION.test(sentence) || FORWARDED.test(sentence))) {
      spans.push([from, to]);
      continue;
    }
    // "piece says … 'in 2018 by the Constitutional Council'. who disbanded it and when, per our article?": a stop
    // the splitter read on through (a lower-case word after it).
    const stop = [...sentence.matchAll(STOP_BEFORE_ASKING)].at(-1);
    const clause = stop ? sentence.slice(stop.index + stop[0].length) : askingClause(sentence);
    const before = sentence.slice(0, sentence.length - clause.length);
    if (before && CLAIMED.test(before)) {
      spans.push([from, from + before.length]);
      asking = clause;
      break;
    }
    // A claim of several sentences ('Draft: "It is not the first deadly crush at the Hajj. The deadliest came in
    // 1990, …" Can you check the year?'): each sentence after its first that asks nothing is of it too.
    if (clause === sentence && !sentence.includes("?") && (spans.length > 0 || CLAIMED.test(sentence)))
      spans.push([from, to]);
    else if (spans.length && sentence.includes("?")) {
      asking = clause;
      break;
    }
  }
  if (!asking) return { spans: [], names: false, figures: false, ifRight: false };
  // "… Is that accurate?": any name or figure of the claim may be the wrong one.
  if (ASKS_IF_RIGHT.test(asking)) return { spans, names: true, figures: true, ifRight: true };
  return { spans, names: ASKS_NAME.test(asking), figures: ASKS_FIGURE.test(asking), ifRight: false };
}

/** The question without its spans (each replaced by a stop, so no words join across one). */
function outside(question: string, spans: [number, number][]): string {
  let out = "";
  let at = 0;
  for (const [from, to] of spans) {
    out += `${question.slice(at, from)}. `;
    at = to;
  }
  return out + question.slice(at);
}

/**
 * The question's entities (question-entities.ts) that `texts` need not hold: of two readings joined by "or", the
 * one the texts lack when they hold the other; a checked claim's years and numbers; and of a draft's claim
 * (draftClaims), the names (for a question asking a name or place) and figures (one asking a figure or date)
 * the texts lack, when they hold another of its names, so it is about their story; and the names of the asker's own
 * story before the question (askerStory: "Having served in the Royal Navy in my youth, …") the texts lack, when they
 * hold another name of the question.
 */
export function unaskedEntities(question: string, texts: string[]): Set<string> {
  const unasked = new Set<string>();
  if (checksClaim(question))
    for (const entity of questionEntities(question)) if (/^\d/.test(entity)) unasked.add(entity);
  const draft = draftClaims(question);
  // A name the question asks again after the claim ("… 'new Green Lantern movie …' is this true? who is playing Green
  // Lantern?") is asked.
  const askedAgain = draft.spans.length
    ? new Set(questionEntities(outside(question, draft.spans)))
    : new Set();
  for (const [from, to] of draft.spans) {
    const entities = questionEntities(question.slice(from, to));
    const lacking = missingEntities(entities, texts);
    if (lacking.length === entities.length) continue;
    for (const entity of lacking)
      if ((/^\d/.test(entity) ? draft.figures : draft.names) && !askedAgain.has(entity)) unasked.add(entity);
  }
  // The asker's own story ("Having served in the Royal Navy in my youth, …"): its names the texts lack, when they
  // hold another name of the question, so the question is about their story.
  const story = askerStory(question);
  const entities = story.length ? questionEntities(question) : [];
  if (entities.length > missingEntities(entities, texts).length)
    for (const [from, to] of story)
      for (const entity of missingEntities(questionEntities(question.slice(from, to)), texts))
        if (!/^\d/.test(entity)) unasked.add(entity);
  for (const match of question.matchAll(ALTERNATIVES)) {
    // Read inside a sentence, so a reading's first word counts as a name ("Edward" in "Edward Markey").
    const lacking = (reading = "") => missingEntities(questionEntities(`x ${reading}`), texts);
    const [lackFirst, lackSecond] = [lacking(match[1]), lacking(match[2])];
    if (lackFirst.length === 0) for (const entity of lackSecond) unasked.add(entity);
    if (lackSecond.length === 0) for (const entity of lackFirst) unasked.add(entity);
  }
  return unasked;
}
