/**
 * "who remains unconvinced by the government's explanation": a participle negated by "un-" that the archive never
 * writes, whose participle it does ("This explanation has … not convinced the U.S."), is searched as "not
 * convinced". Not the verbs that "un-" reverses ("uncovered", "unveiled", "unsealed"), which mean another thing
 * than "not covered".
 */

import { passingTerm } from "../../text/tokenize";
import type { Retriever } from "../retriever";

/** "un" and a participle of four letters or more before its "-ed": "unconvinced", "unharmed", not "unwed". */
const NEGATED = /(?<![\p{L}\p{N}'’-])un(\p{Ll}{4,}ed)(?![\p{L}\p{N}'’-])/gu;

/** Verbs "un-" reverses, by their participle: uncovered is found, not "not covered". */
const REVERSED = new Set(
  (
    "covered veiled leashed earthed sealed masked locked folded loaded packed plugged raveled ravelled tied " +
    "wrapped blocked banned zipped boxed screwed buckled buttoned hooked hitched tangled settled nerved " +
    "dressed seated suited"
  ).split(" "),
);

export function withNegationsSpelled(question: string, retriever: Pick<Retriever, "holdsTerm">): string {
  const { holdsTerm } = retriever;
  if (!holdsTerm) return question;
  return question.replace(NEGATED, (word, participle: string) => {
    if (REVERSED.has(participle) || holdsTerm.call(retriever, passingTerm(word))) return word;
    return holdsTerm.call(retriever, passingTerm(participle)) ? `not ${participle}` : word;
  });
}
