/**
 * Chat shorthand spelled out before searching: "how many ppl died", "what govt body", "sweden v south korea",
 * "whos the exec director".
 * The archive writes the words in full, so a shorthand word would match nothing (or, for "ppl", keep a
 * "how many" question from finding the sentence that counts people). Lower-case only: "U" in "U.S.", "V" in
 * "Chapter V" and the like stay as written.
 */

const SHORTHAND: Record<string, string> = {
  ppl: "people",
  ppls: "peoples",
  govt: "government",
  "gov't": "government",
  "gov’t": "government",
  govts: "governments",
  exec: "executive",
  execs: "executives",
  thru: "through",
  abt: "about",
  v: "versus",
  vs: "versus",
  "w/": "with",
  "w/o": "without",
  "b/c": "because",
  pls: "please",
  plz: "please",
  u: "you",
  ur: "your",
  r: "are",
  whos: "who's",
  atm: "at the moment",
  rn: "right now",
  yr: "year",
  yrs: "years",
};

/** A shorthand word standing alone: not part of a longer word, an abbreviation ("v." in a citation) or a link. */
const WORD = /(?<![\p{L}\p{N}.'’/-])(?:w\/o|w\/|b\/c|gov['’]t|[a-z]+)(?![\p{L}\p{N}'’/-]|\.\p{L})/gu;

export function spellOutShorthand(text: string): string {
  return text.replace(WORD, (word) => SHORTHAND[word] ?? word);
}
