/**
 * "How many New Zealand schoolkids are iodine deficient?" asked of a story about Australia whose only "New Zealand" is
 * in a body's name ("Food Standards Australia New Zealand"): a place inside a body's name does not say that the story
 * is about the place.
 */
import { CAPITALISED_RUN } from "../../text/acronyms";

/**
 * Words that make a run of capitalised words a body's name: "Standards" in "Food Standards Australia New Zealand",
 * "University" in "University of Texas".
 */
const BODY_WORDS = new Set(
  [
    "Standards Authority Agency Bank Council Commission Ministry Department University Institute Centre Center",
    "Association Organisation Organization Committee Foundation Society Fund Board Office Union League Federation",
    "Corporation Company Court Museum Journal Times Herald News Post Airlines Airways Television Radio",
    "Broadcasting Press Service Services Group Alliance Network School College Hospital",
  ]
    .join(" ")
    .split(" "),
);

/**
 * `text` with the words after a body's word in a run of capitalised words (acronyms.ts CAPITALISED_RUN: "Food
 * Standards of Australia and New Zealand") blanked out, its length kept: "Food Standards ", not "Australia
 * New Zealand"; "Bank ", not "of England". The words before it stay: "Cambodian Center for Human Rights" is a body of
 * Cambodia, the "New Zealand Herald" a paper of New Zealand.
 */
export function withoutBodyNames(text: string): string {
  return text.replace(CAPITALISED_RUN, (run) => {
    const body = /\S+/g;
    for (let word = body.exec(run); word; word = body.exec(run)) {
      const end = word.index + word[0].length;
      if (BODY_WORDS.has(word[0])) return run.slice(0, end) + run.slice(end).replace(/\S/g, " ");
    }
    return run;
  });
}
