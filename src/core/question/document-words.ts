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
 * names. Not "our report" or "our reporter": what a story's reporter saw is in it. Asked from outside the newsroom,
 * "your coverage", "your report", "your rainy-street story" (an organisation's press office, a reader).
 */
const OURS = new RegExp(
  String.raw`\b(?:(?:per|according to|in|from)\s+)?(?:our\s+|your\s+(?:[\p{L}-]+\s+){0,2}?)(?:${DOCUMENT}|interview|copy|coverage|report|reporting)\b`,
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

/** Languages a story is written or translated in. */
const LANGUAGE =
  "English|Spanish|Khmer|French|German|Portuguese|Italian|Chinese|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Thai|Arabic|Russian|Greek|Hebrew|Hindi|Indonesian|Malay";
/**
 * A translator's words for the story's text and their own version of it: "as the English has it", "which date does
 * the English give", "the English text", "the Spanish edition", "an official Spanish title", "the English one", "for
 * Spanish readers", "in Spanish". The story is in one language; the words name none of its people or places
 * ("English" was a name the Cambodia story lacks, and the question was refused). Not an edition asked about: "Who
 * published Aner Shalev's novel Dark Matters in English?".
 */
const TRANSLATED = new RegExp(
  String.raw`\b(?:(?:the|an?|our|my|its)\s+)?(?:(?:official|original)\s+)?(?:${LANGUAGE})\s+(?:text|original|version|edition|copy|translation|transliteration|title|one|spelling|wording|readers?|audience)\b|\bas\s+in\s+the\s+(?:${LANGUAGE})\b|\b(?:as|does|do|did)\s+the\s+(?:${LANGUAGE})\b(?=\s+(?:has|have|had|gives?|gave|prints?|printed|writes?|wrote|spells?|spelled|says?|said|puts?|uses?|give|print|write|spell|say|put|use)\b)|(?<!\b(?:publish(?:ed|es)?|releas(?:ed|es?)|translated|written|wrote|printed|available|dubbed|subtitled|sung|performed|broadcast|aired)(?:\s+\S+){0,6}\s+)\bin\s+(?:${LANGUAGE})\b`,
  "giu",
);

export function withoutDocumentWords(question: string, linked: boolean): string {
  let topic = question
    .replace(POINTED, " ")
    .replace(ABOUT, " ")
    .replace(OURS, " ")
    .replace(CHECKED_COPY, " ")
    .replace(TRANSLATED, (words) =>
      /^(?:as|does|do|did)\b/i.test(words) ? (words.split(/\s+/)[0] as string) : " ",
    );
  if (linked) topic = topic.replace(NAMED, " ");
  topic = topic
    .replace(/\s+/g, " ")
    .replace(/ ([?!.,;:])/g, "$1")
    .replace(/[,;:](?=[?!.])/g, "")
    .trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}
