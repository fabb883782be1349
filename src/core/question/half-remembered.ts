/**
 * A name the asker half remembers: "in that town, Yeon-something?", "the Sandia something school". Its start is no
 * word of the archive ("Yeon" of "Yeoncheon"), so it counted as a name the archive lacks and the question was
 * refused. It is left out of what is asked; the rest of the question still names the story.
 */

/** A capitalised word run into "something" ("Yeon-something", "Sandia something"), with a comma before it. */
const HALF_REMEMBERED =
  /(?:,\s*)?(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’]*(?:-|\s+)something(?![\p{L}\p{N}'’-])/gu;

/** The question without its half-remembered names; as typed when it has none, or when nothing else would be left. */
export function withoutHalfRemembered(question: string): string {
  const without = question
    .replace(HALF_REMEMBERED, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  return /\p{L}/u.test(without) ? without : question;
}
