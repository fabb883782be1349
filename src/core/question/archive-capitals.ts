/**
 * A question typed without capitals ("who runs cchr", "how many were killed in the 2008 manhattan crane
 * collapse") gets back the capitals the archive nearly always gives its words (Retriever.writtenForm), so its
 * names, acronyms and places are read as if typed with them: a name the retrieved story lacks points to a near
 * miss, "what does eba stand for" asks about an acronym. Searching is case-blind, so only reading changes.
 */
import { STOPWORDS } from "../../text/tokenize";
import type { Retriever } from "../retriever";

/** A capitalised word that is not all capitals ("Microsoft", "What", not "USA" or "I"). */
const CAPITALISED = /\p{Lu}\p{Ll}/u;
/** A run of lower-case letters and digits with at least one letter, as a word of the question. */
const LOWER_WORD = /(?<![\p{L}\p{N}])[\p{Ll}\p{N}]*\p{Ll}[\p{Ll}\p{N}]*(?![\p{L}\p{N}])/gu;

/**
 * True when no word is capitalised, not even the first: acronyms in capitals ("team USA") do not count, since
 * people type those so even in a hurry. A question that starts with a capital was typed with care, and one
 * without other capitals most likely names nothing ("Which government institution announced…": the archive
 * mostly writes "Institution" in names, so reading it as one refused the question).
 */
export function typedWithoutCapitals(question: string): boolean {
  return !CAPITALISED.test(question);
}

/** The question with each word the archive writes capitalised written so; unchanged when typed with capitals. */
export function withArchiveCapitals(question: string, retriever: Pick<Retriever, "writtenForm">): string {
  const { writtenForm } = retriever;
  if (!writtenForm || !typedWithoutCapitals(question)) return question;
  return question.replace(LOWER_WORD, (word) =>
    word.length < 2 || STOPWORDS.has(word) || /^\d/.test(word)
      ? word
      : (writtenForm.call(retriever, word) ?? word),
  );
}
