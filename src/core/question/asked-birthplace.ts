/**
 * "Where was Noam Chomsky born?", "Which city is Aner Shalev from originally?", "Marymegan Daly's hometown?": a
 * birthplace asked of a story that tells other things about the person (where he teaches, what he wrote). The
 * story gives it only when a sentence there says where someone was born, grew up or comes from, with the place's
 * name: "born in 1958 in Kibbutz Kinneret", "born in Switzerland", "born and raised in Virginia", "a native of
 * Ohio", "Originally from Slovenia", "Swiss-born", "from Herat, their home". "A band born out of the New York scene"
 * says no birthplace.
 */
/**
 * The question asks where someone was born, grew up or comes from. A birthplace only as someone's ("his birthplace",
 * "Chomsky's birthplace"): "the birthplace of fireworks" asks where a thing began.
 */
const ASKS_BIRTHPLACE =
  /\bwhere\b[^?]*\b(?:born|grow up|grew up|raised|(?:originally|hail(?:s|ed)?) from|from originally)\b|\b(?:his|her|their|\p{L}+['’]s)\s+(?:birth ?place|native (?:city|town|country|village))\b|\b(?:place of birth|home ?town)\b|\bborn where\b|\b(?:what|which) (?:city|town|country|village|place)\b[^?]*\b(?:born|originally from|from originally|grow up|grew up)\b/iu;

/** A sentence that says where someone was born or grew up, with the place's name. */
const GIVES_BIRTHPLACE =
  /\bborn(?: and (?:raised|bred))?(?: in (?:\d{4}|[A-Z][a-z]+ \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}),?)? (?:in|at|on) (?:the )?\p{Lu}|\b(?:grew up|raised|native|a native|hails?|hailed) (?:in|of|from) (?:the )?\p{Lu}|\b[Oo]riginally (?:from|of) (?:the )?\p{Lu}|\b\p{Lu}\p{L}+-born\b|\b(?:birth ?place|home ?town)\b|\bfrom \p{Lu}\p{L}+, (?:his|her|their) home\b/u;

/**
 * Whether the question asks a birthplace (ASKS_BIRTHPLACE), in any of its sentences: "Where was Noam Chomsky born?
 * which city?" asks it in the first.
 */
export function asksBirthplace(question: string): boolean {
  return ASKS_BIRTHPLACE.test(question);
}

/** True when the question asks a birthplace and `text` says no one's (GIVES_BIRTHPLACE). */
export function birthplaceMissing(question: string, text: string): boolean {
  return asksBirthplace(question) && !GIVES_BIRTHPLACE.test(text);
}
