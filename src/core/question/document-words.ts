/**
 * "how much will this story cost? <https://…/harbor-school-budget-2024>", "what does this article say about the
 * levy": the asker's words for the story itself, not for what it reports. No story writes "this story" about its
 * own subject, so such words are not searched or counted as missing (the answer came back "I couldn't find
 * anything" while "how much will it cost? <link>" was answered). "The story" and "the article" are read so when
 * the question holds a pasted link (pasted-links.ts), or when "about" or "on" follows ("in the story about
 * Cambodia's trade access").
 */
import { CLAIM_VERBS } from "./checked-claims";

/** Not "post": "who holds this post?" asks about an office. */
const DOCUMENT = String.raw`(?:news\s+)?(?:stor(?:y|ies)|articles?|pieces?|links?|pages?)`;

/** "this story", "that article", "these links": always the asker's words for what was linked or quoted. */
const POINTED = new RegExp(String.raw`\b(?:this|that|these|those)\s+${DOCUMENT}\b`, "giu");
/** "the story about …", "an article on …". */
const ABOUT = new RegExp(String.raw`\b(?:the|an?)\s+${DOCUMENT}\s+(?=(?:about|on)\b)`, "giu");
/** "the story", "the link": only beside a pasted link, which says which story is meant. */
const NAMED = new RegExp(String.raw`\b(?:the|an?)\s+${DOCUMENT}\b`, "giu");

/**
 * "per our story", "does our interview say", "in our piece": the newsroom's own copy of the story, which no story
 * names. Not "our report" or "our reporter": what a story's reporter saw is in it.
 */
const OURS = new RegExp(
  String.raw`\b(?:(?:per|according to|in|from)\s+)?our\s+(?:${DOCUMENT}|interview|copy|coverage)\b`,
  "giu",
);
/**
 * A fact-checker's words for the copy being checked: "Draft says …", "Para 9 says …", "checking para 14 of the
 * Cambodia piece: it says …", "Draft:". The claim after them is searched; they are not.
 */
const CHECKED_COPY = new RegExp(
  String.raw`^\s*checking\s*:?\s*(?:para(?:graph)?\s*\d+\s+(?:of\s+)?)?|\b(?:(?:the|my|our|this)\s+)?(?:draft|para(?:graph)?\s*\d+)(?:\s+(?:${CLAIM_VERBS})\b|\s*:)|\bit says\b`,
  "giu",
);

export function withoutDocumentWords(question: string, linked: boolean): string {
  let topic = question
    .replace(POINTED, " ")
    .replace(ABOUT, " ")
    .replace(OURS, " ")
    .replace(CHECKED_COPY, " ");
  if (linked) topic = topic.replace(NAMED, " ");
  topic = topic
    .replace(/\s+/g, " ")
    .replace(/ ([?!.,;:])/g, "$1")
    .replace(/[,;:](?=[?!.])/g, "")
    .trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}
