/**
 * "how much will this story cost? <https://…/harbor-school-budget-2024>", "what does this article say about the
 * levy": the asker's words for the story itself, not for what it reports. No story writes "this story" about its
 * own subject, so such words are not searched or counted as missing (the answer came back "I couldn't find
 * anything" while "how much will it cost? <link>" was answered). "The story" and "the article" are read so when
 * the question holds a pasted link (pasted-links.ts), or when "about" or "on" follows ("in the story about
 * Cambodia's trade access").
 */
/** Not "post": "who holds this post?" asks about an office. */
const DOCUMENT = String.raw`(?:news\s+)?(?:stor(?:y|ies)|articles?|pieces?|links?|pages?)`;

/** "this story", "that article", "these links": always the asker's words for what was linked or quoted. */
const POINTED = new RegExp(String.raw`\b(?:this|that|these|those)\s+${DOCUMENT}\b`, "giu");
/** "the story about …", "an article on …". */
const ABOUT = new RegExp(String.raw`\b(?:the|an?)\s+${DOCUMENT}\s+(?=(?:about|on)\b)`, "giu");
/** "the story", "the link": only beside a pasted link, which says which story is meant. */
const NAMED = new RegExp(String.raw`\b(?:the|an?)\s+${DOCUMENT}\b`, "giu");

export function withoutDocumentWords(question: string, linked: boolean): string {
  let topic = question.replace(POINTED, " ").replace(ABOUT, " ");
  if (linked) topic = topic.replace(NAMED, " ");
  topic = topic
    .replace(/\s+/g, " ")
    .replace(/ ([?!.,;:])/g, "$1")
    .trim();
  return /[\p{L}\p{N}]/u.test(topic) ? topic : question;
}
