/**
 * The words pidgin.ts reads: the Nigerian Pidgin words that mark a message as written in it, the ones that only
 * stand between the others (particles, "abeg"), the ones that carry meaning (in English), the nouns of a post
 * ("oga for …": "head of …") and of a person ("the man wey …": "the man who …").
 */

/**
 * Words only Nigerian Pidgin writes (lower case), never an English word nor a common name: two different ones mark a
 * message as Pidgin. "na" and "una" are words of Hindi, Tagalog, Swahili or Spanish too, but those messages carry none
 * of the others; "don" marks only before a verb (DON_MARKS); "dem" and "di", which Patois writes too, are SHARED;
 * "go", "be", "am", "chop" and "yarn" are English, read but marking nothing.
 */
export const MARKERS = new Set(
  (
    "wetin watin wey dey abeg pikin pikins oga ogas wahala sabi comot waka sef sha abi shey shebi ehn ehen ooo " +
    "jare oya haba pipo pipul pesin wia neva naim gree kuku nawa kain na una"
  ).split(" "),
);

/** Words Pidgin and Jamaican Patois both write (patois.ts): they count towards either, but tell neither apart. */
export const SHARED = new Set(["dem", "di", "pickney"]);

/** "o" closing a clause marks Pidgin ("wetin cause am o?", "abeg o,"): English writes no such "o". */
export const O_MARKS = /^(?:\s*$|[?!.,;:])/u;

/** "don" before a verb marks Pidgin ("dem don register"); English dons a thing ("don a costume", "don the jersey"). */
export const DON_MARKS = /^\s+(?!(?:a|an|the|his|her|their|its|my|your|our|this|that|these|those)\b)\p{Ll}/u;

/** Pidgin words that only stand between the others, left out: "please", particles of stress and of asking. */
export const JOINING = new Set(
  "abeg biko sef sha o oo ooo oooo ehn ehen abi shey shebi jare oya haba kuku nau walahi nawa kai gbam".split(
    " ",
  ),
);

/** Pidgin words that carry meaning, in English (each read the same wherever it stands). */
export const ENGLISH: Record<string, string> = {
  wetin: "what",
  watin: "what",
  wia: "where",
  wen: "when",
  dey: "is",
  una: "you",
  pikin: "child",
  pikins: "children",
  oga: "head",
  ogas: "heads",
  sabi: "know",
  chop: "eat",
  wahala: "trouble",
  yarn: "say",
  sey: "say",
  comot: "leave",
  waka: "walk",
  pipo: "people",
  pipul: "people",
  kain: "kind",
  pesin: "person",
  neva: "never",
  gree: "agree",
  naim: "then",
  fit: "can",
  don: "have",
  e: "it",
  im: "he",
  am: "it",
  papa: "father",
  mama: "mother",
  tori: "story",
  tin: "thing",
};

/** Nouns of a post: "the oga for CCHR", "the foreign minister for Cambodia": "for" reads "of". */
export const POSTS = new Set(
  (
    "oga ogas head heads boss leader leaders minister ministers president chairman chief director spokesman " +
    "spokesperson mayor captain governor secretary founder editor manager curator prosecutor owner member members"
  ).split(" "),
);

/** Nouns of a person: "the man wey …" reads "the man who …" (other nouns "that"). */
export const PERSONS = new Set(
  (
    "man woman men women person people pipo pesin pikin pikins child children boy boys girl girls guy guys oga ogas " +
    "one ones somebody someone papa mama father mother"
  ).split(" "),
);

/** Question words that may stand last after "na" or "be": "the oga for CCHR na who?" asks "who is …". */
export const ASKING: Record<string, string> = {
  who: "who",
  wetin: "what",
  watin: "what",
  what: "what",
  when: "when",
  wen: "when",
  where: "where",
  wia: "where",
};

/** Words after which "be" stays "be": "e go be", "fit be", "to be". */
export const KEEPS_BE = new Set(
  "go will fit can must may might would should could to not no make let".split(" "),
);

/** Who does what: "dem go do …", "e go happen", "we no sabi" (before "go" read "will", "no" read "not"). */
export const SUBJECTS = new Set("dem them e una im him i we you they he she it".split(" "));

/** Words after "go" that tell where, not what will be: "go back", "go there", "go to …". */
export const PLACES = new Set("to for back home there here inside outside out in on abroad away".split(" "));

/** Words after which "no" reads "not": "dem no allow", "e no dey", "wey no win". */
export const DENIES = new Set("dem e una im him i we you they he she it wey who don go still".split(" "));
