/**
 * Chat shorthand spelled out before searching: "how many ppl died", "what govt body", "sweden v south korea",
 * "whos the exec director", "which tx senator"; initials typed in lower case ("u.s.") searched in capitals.
 * The archive writes the words in full, so a shorthand word would match nothing (or, for "ppl", keep a
 * "how many" question from finding the sentence that counts people). Lower-case only: "U" in "U.S.", "V" in
 * "Chapter V" and the like stay as written; a state's code before a word for its offices ("VA gov") is read in
 * capitals too.
 */
import { yearOfTwoDigits } from "../../text/decades";
import { ownEntry } from "../../text/own-entry";
import { isEnglishWord } from "../../text/part-of-speech";
import { US_STATE_CODES, US_STATES } from "../../text/us-states";

/**
 * Places typed as their postal or chat short forms ("which tx senator", "hk legco vote", "aussie kids"),
 * spelled out as names ("Hong Kong"), so the place counts as a name the story must hold. The rest of a
 * question typed in lower case is still read with the archive's capitals (archive-capitals.ts reads what was
 * typed). Only US states' codes that are not also a word or a common chat abbreviation
 * ("in", "me", "ok", "pa", "md", "va", "la", "nm" for "never mind" stay as typed, unless a word for a state's
 * offices follows: CODE_BEFORE_OFFICE).
 */
const PLACES: Record<string, string> = {
  az: "Arizona",
  calif: "California",
  fla: "Florida",
  ky: "Kentucky",
  mn: "Minnesota",
  nc: "North Carolina",
  nh: "New Hampshire",
  nj: "New Jersey",
  nv: "Nevada",
  ny: "New York",
  tn: "Tennessee",
  tx: "Texas",
  vt: "Vermont",
  wv: "West Virginia",
  wy: "Wyoming",
  hk: "Hong Kong",
  aussie: "Australian",
  aussies: "Australians",
};

/**
 * Scots as a reader types it: "how many folk got evacuated fae Yeoncheon?", "where's the Afghan lassies' team fae?",
 * "did they sort it oot". The archive writes the English word, so the Scots one matched nothing and counted as a word
 * the archive lacks. Not "ken" nor "aye", which are names and words of their own ("Ken", "aye" in a vote), nor
 * "wee", which is "small" or "little" as the story has it.
 */
const SCOTS: Record<string, string> = {
  fae: "from",
  frae: "from",
  tae: "to",
  wi: "with",
  oot: "out",
  aboot: "about",
  whit: "what",
  folk: "people",
  folks: "people",
  lassies: "girls",
  lassie: "girl",
  lads: "boys",
  bairns: "children",
  bairn: "child",
  cannae: "cannot",
  dinnae: "don't",
  didnae: "didn't",
  wasnae: "wasn't",
  isnae: "isn't",
  wouldnae: "wouldn't",
  couldnae: "couldn't",
  ye: "you",
  yer: "your",
  auld: "old",
  laddie: "boy",
  ower: "over",
};

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
  whats: "what's",
  wheres: "where's",
  hows: "how's",
  whens: "when's",
  // Contractions typed without the apostrophe ("pretty sure it wasnt 2005"), which the typo reader would
  // otherwise read as a word a keystroke away ("want").
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  couldnt: "couldn't",
  wont: "won't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  hasnt: "hasn't",
  havent: "haven't",
  hadnt: "hadn't",
  thats: "that's",
  theres: "there's",
  theyre: "they're",
  youre: "you're",
  atm: "at the moment",
  rn: "right now",
  // "kinda need help writing a cover letter": a story's own "kinda" (an interview's) is no topic of the question.
  kinda: "kind of",
  sorta: "sort of",
  yr: "year",
  yrs: "years",
  ops: "operations",
  dept: "department",
  depts: "departments",
  intl: "international",
  "int'l": "international",
  "int’l": "international",
  natl: "national",
  "nat'l": "national",
  "nat’l": "national",
  prez: "president",
  // A copy desk's and a wire's: "Yeoncheon evac figure, chk", "how many univs", "env canada doc".
  evac: "evacuation",
  evacs: "evacuations",
  univ: "university",
  univs: "universities",
  doc: "document",
  docs: "documents",
  chk: "check",
  mgr: "manager",
  asst: "assistant",
  // A match official: "who reffed sweden v south korea", "sweden v korea ref name?". Not a reference ("ref no.").
  ref: "referee",
  refs: "referees",
  reffed: "refereed",
  reffing: "refereeing",
  // A penalty kick, only where a match is meant (PENALTY_BEFORE, PENALTY_AFTER): "who scored the pen for sweden".
  pen: "penalty",
  pens: "penalties",
  // A match's award as sports chat writes it: "who got motm in belgium-panama", "potm vs tunisia?".
  motm: "man of the match",
  potm: "player of the match",
  ...SCOTS,
  ...PLACES,
};

/** A shorthand word standing alone: not part of a longer word, an abbreviation ("v." in a citation) or a link. */
const WORD =
  /(?<![\p{L}\p{N}.'’/-])(w\/o|w\/|b\/c|gov['’]t|int['’]l|nat['’]l|[a-z]+)(['’]s|(?<=s)['’](?=\s))?(?![\p{L}\p{N}'’/-]|\.\p{L})/gu;
/** Shorthand nouns, which may be possessive ("next yr's", "the govt's"); "r's" is not "are's". */
const NOUNS = new Set([
  "ppl",
  "govt",
  "gov't",
  "gov’t",
  "exec",
  "yr",
  "dept",
  "mgr",
  "asst",
  "ref",
  "prez",
  "evac",
  "univ",
  "doc",
  "folk",
  "folks",
  "lassie",
  "lassies",
  "laddie",
  "lads",
  "bairn",
  "bairns",
  ...Object.keys(PLACES),
]);

/**
 * Initials typed in lower case with their stops ("u.s.", "u.k", "d.c."): searched in capitals, so they are read
 * as one word ("US"), as the archive's "U.S." is (tokenize.ts); typed so, "u.s." was the word "u" and a stopword.
 */
const LOWER_INITIALS = /(?<![\p{L}\p{N}.'’/-])[a-z](?:\.[a-z]){1,3}\.?(?![\p{L}\p{N}'’/-]|\.\p{L})/gu;
/** Lower-case abbreviations that are not initials of a name. */
const NOT_INITIALS = new Set(["a.m", "p.m", "e.g", "i.e", "n.b", "o.k"]);

/**
 * Words for a state's offices and votes: a two-letter code right before one is the state's ("VA gov", "TX senator",
 * "NH primary").
 */
const OFFICE =
  "gov|govs|governor|governors|gubernatorial|lt\\.?\\s+gov|senators?|sen|reps?|congress(?:man|woman|men|women)|" +
  "lawmakers?|legislature|legislators?|attorney\\s+general|ag|house|senate|primary|primaries|caucus(?:es)?";
const CODE_BEFORE_OFFICE = new RegExp(
  `(?<![\\p{L}\\p{N}.'’/-])([A-Za-z]{2})(?=\\s+(?:${OFFICE})(?![\\p{L}\\p{N}'’-]|\\.\\p{L}))`,
  "giu",
);
/** State codes that are also words or chat abbreviations: read as a state only when typed in capitals ("IN house"). */
const CODE_WORDS = new Set([
  "al",
  "co",
  "de",
  "hi",
  "id",
  "in",
  "la",
  "ma",
  "md",
  "me",
  "mo",
  "ne",
  "nm",
  "oh",
  "ok",
  "or",
  "pa",
]);
const STATE_BY_CODE = new Map(US_STATE_CODES.map((code, i) => [code, US_STATES[i] as string]));
/**
 * "virginia gov", "Texas gov's race": after a state's name, "gov" is its governor (alone, it may be the
 * government). Not "Gov." with its stop, a title before the name ("Florida Gov. Ron DeSantis").
 */
const STATE_GOV = new RegExp(`\\b(${US_STATES.join("|")})\\s+gov(s|['’]s)?(?![\\p{L}\\p{N}'’.-])`, "giu");

/** A state's code before a word for its offices, spelled out ("VA gov" → "Virginia gov"). */
function stateBeforeOffice(typed: string, code: string): string {
  if (typed !== typed.toUpperCase() && CODE_WORDS.has(code.toLowerCase())) return typed;
  return STATE_BY_CODE.get(code.toUpperCase()) ?? typed;
}

/** Words beside "ref" that make it a reference: "for ref", "as a ref", "ref no.", "ref #12", "ref: …", "ref 12". */
const NEAR = 12;
const REFERENCE_BEFORE = /\b(?:for|as a)\s+$/i;
const REFERENCE_AFTER = /^(?:\s*(?:no\b|nos?\.|nr\b|num(?:ber)?s?\b|#|code|id\b|:)|\s*\d)/i;
/**
 * "pen" is a penalty only after a verb of the match ("scored the pen", "missed a pen", "won a pen") or before a
 * word of one ("pen kick", "pens shootout", "the pen taker"); "a pen for my notes" is a pen.
 */
const PENALTY_BEFORE =
  /\b(?:scor(?:e|es|ed|ing)|miss(?:es|ed|ing)?|t(?:ake|akes|ook|aking)|convert(?:s|ed)?|sav(?:e|es|ed)|w[oi]n|wins|conced(?:e|es|ed)|award(?:s|ed)?|g[ai]ve)\s+(?:(?:the|a|his|her|their|that)\s+)?$/i;
const PENALTY_AFTER = /^\s+(?:kicks?|shoot-?outs?|spot|takers?)\b/i;

/** "the Aussie women's wheelchair basketball side": capitalised as a people's name, still no name a story writes. */
const AUSSIE = /(?<![\p{L}\p{N}'’-])Aussie(s)?(?![\p{L}\p{N}'’-])/gu;

/**
 * A count asked by its sign or abbreviation: "# countries performed in", "IE6 # of vulns", "No. of garment workers",
 * "nr of seats": the number of. Not a hashtag ("#IStandWithAhmed": no space after the sign), "No. 5", nor the sign
 * itself ("the # key").
 */
const NUMBER_OF =
  /(?<![\p{L}\p{N}#])(?<!\b(?:the|a|an|this|that)\s+)(?:#\s+(?:of\s+)?|#of\s+|(?:no|nr|num)\.?\s+of\s+)(?=\p{L})/giu;

/**
 * "How much people died", "How much seats were contested", "how much votes did he get": a count asked with "how
 * much", as some who learnt English write it, before a plural that is not money, a verb or a mass noun.
 */
const HOW_MUCH_COUNT = /\b(how) much(?=\s+(people|persons|(?![\p{L}]*(?:ss|us|is)\b)\p{L}{3,}s)\b)/giu;
const NOT_COUNTED = new Set(
  "does has was is costs dollars euros pounds cents bucks rupees pesos francs yens yuan news less this thanks taxes damages".split(
    " ",
  ),
);

/**
 * "Atlantis last mission STS-135, commander who?", "Cambodia ambassador to United States in 2022, who is?", "Hong
 * Kong chief executive at the time of the 2016 LegCo election, who is it?": the person asked after, put first and
 * "who" last, as speakers of languages that ask so write English. Read as "who is …?", so the post is read as a
 * post (asked-post.ts). Only a question that opens with no question word of its own, and only "who".
 */
const WHO_LAST =
  /^(?!\s*(?:and |so )?(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|can|could|has|have)\b)([^?\n]{6,160}?)(?:\s*,|\s+[—–-])?\s+(?:(?:is|was)\s+)?who(?:\s+(?:is|was)(?:\s+(?:it|he|she|that|this))?)?\s*\?+\s*$/iu;

/** "… met Blinken, and who?", "… said it to whom, by who?": "who" asks within the sentence, not after a post. */
const AND_WHO = /\b(?:and|or|but|with|by|to|from|of|for|about|know|ask|asked|said|says|tell)\s*$/i;

/**
 * A year written short, "in '79", "the '16 election": an apostrophe and two digits, not a decade ("the '90s") nor
 * a quote's closing mark. Read as a decade's two digits are (decades.ts).
 */
const SHORT_YEAR = /(?<![\p{L}\p{N}'’])['’](\d\d)(?![\p{L}\p{N}'’])/gu;
const fullYear = (_typed: string, digits: string) => String(yearOfTwoDigits(Number(digits)));

/**
 * A word typed with its "g" dropped, as the American South and much of chat write it: "goin'", "meetin'", "winnin'",
 * "happenin'". The archive writes "going", "meeting", so the typed word matched nothing and counted as a word the
 * archive lacks ("When's the commune vote happenin' over yonder?" was refused). Read with its "g" when that is an
 * English word: a quoted name ending in "in" ("'Kremlin'") is no "Kremling" and stays.
 */
const DROPPED_G = /(?<![\p{L}])(\p{L}{2,}in)['’](?![\p{L}])/gu;
/**
 * A Brazilian reader's count: "Quantos people died in …?", "killed how many pessoas?". The archive writes neither
 * word, so "pessoas" counted as a word it lacks and the question was refused; "quantos"/"quantas" ask how many.
 */
const PORTUGUESE_COUNT = /(?<![\p{L}])(?:([Qq])uant[oa]s|([Pp])essoas)(?![\p{L}])/gu;
const inEnglish = (_typed: string, how: string | undefined, people: string | undefined) =>
  how ? `${how === "Q" ? "H" : "h"}ow many` : people === "P" ? "People" : "people";

/**
 * An Italian reader's: "Quanto costa the Santorum cocktail …?" asks a price ("how much is"), "quanti morti?" a count
 * ("how many"). Neither word is the archive's, so each counted as a word it lacks.
 */
const ITALIAN_AMOUNT = /(?<![\p{L}])([Qq])uant(?:o (cost(?:a|ano|ava|avano))|[ie])(?![\p{L}])/gu;
const ITALIAN_VERBS: Record<string, string> = {
  costa: "is",
  costano: "are",
  costava: "was",
  costavano: "were",
};
const inItalian = (_typed: string, q: string, cost: string | undefined) =>
  `${q === "Q" ? "H" : "h"}ow ${cost ? `much ${ITALIAN_VERBS[cost]}` : "many"}`;

/** "over yonder": there. */
const YONDER = /\b(?:over\s+)?yonder\b/giu;

function withDroppedG(text: string): string {
  // Only a message with such a word reads the lexicon (which loads the tagger).
  if (!text.includes("in'") && !text.includes("in’")) return text;
  return text.replace(DROPPED_G, (typed, stem: string) => (isEnglishWord(`${stem}g`) ? `${stem}g` : typed));
}

/** "N Korea", "S. Korean", "N Ireland": a compass point by its initial before a country's name, spelt out. */
const COMPASS_COUNTRY =
  /(?<![\p{L}\p{N}.])([NS])\.?\s+(Korea|Koreans?|Ireland|Sudan|Sudanese|Africa|Africans?|Carolina|Dakota)(?![\p{L}])/gu;

/**
 * A minister as headlines and wires shorten one: "Cambodian FM", "Thai PM's visit". Not a radio band ("FM radio", "98.7
 * FM") nor a time ("5 PM"). The archive writes the office out.
 */
const MINISTER =
  /(?<![\p{N}.]\s?)(?<![\p{L}\p{N}])([FP])M(s)?(['’]s)?(?![\p{L}\p{N}.]|\s+(?:radio|station|band|frequency)\b)/gu;

export function spellOutShorthand(text: string): string {
  return (
    withDroppedG(text)
      .replace(
        COMPASS_COUNTRY,
        (_typed, point: string, place: string) => `${point === "N" ? "North" : "South"} ${place}`,
      )
      .replace(YONDER, "there")
      .replace(
        MINISTER,
        (_typed, office: string, plural: string | undefined, possessive: string | undefined) =>
          `${office === "F" ? "foreign" : "prime"} minister${plural ? "s" : ""}${possessive ?? ""}`,
      )
      .replace(PORTUGUESE_COUNT, inEnglish)
      .replace(ITALIAN_AMOUNT, inItalian)
      .replace(SHORT_YEAR, fullYear)
      .replace(WHO_LAST, (typed, asked: string) => (AND_WHO.test(asked) ? typed : `who is ${asked.trim()}?`))
      .replace(NUMBER_OF, "number of ")
      .replace(HOW_MUCH_COUNT, (typed, how: string, noun: string) =>
        NOT_COUNTED.has(noun.toLowerCase()) ? typed : `${how} many`,
      )
      .replace(AUSSIE, (_typed, plural: string | undefined) => (plural ? "Australians" : "Australian"))
      // Scots "d'ye know", "d'you reckon": "do you".
      .replace(/(?<![\p{L}])d['’](?:ye|you)(?![\p{L}])/giu, "do you")
      .replace(CODE_BEFORE_OFFICE, stateBeforeOffice)
      .replace(
        STATE_GOV,
        (_typed, state: string, ending: string | undefined) => `${state} governor${ending ?? ""}`,
      )
      .replace(WORD, (typed, word: string, possessive: string | undefined, at: number, whole: string) => {
        const full = ownEntry(SHORTHAND, word);
        if (!full || (possessive && !NOUNS.has(word))) return typed;
        // Only the few characters around the word are read: a message of many such words stays linear.
        const before = whole.slice(Math.max(0, at - NEAR), at);
        // "photo ops" are opportunities, not operations.
        if (word === "ops" && /\bphoto[\s-]$/i.test(before)) return typed;
        // "for ref", "ref no. 4": a reference, not a referee.
        const after = whole.slice(at + typed.length, at + typed.length + NEAR);
        if (word === "ref" && (REFERENCE_BEFORE.test(before) || REFERENCE_AFTER.test(after))) return typed;
        if ((word === "pen" || word === "pens") && !PENALTY_BEFORE.test(before) && !PENALTY_AFTER.test(after))
          return typed;
        // Scots "tae" ending a clause is "too": "Is there a Yankees poet tae?".
        if (word === "tae" && /^\s*(?:[?!.,;]|$)/.test(after)) return "too";
        return `${full}${possessive ?? ""}`;
      })
      .replace(LOWER_INITIALS, (run) => (NOT_INITIALS.has(run.replace(/\.$/, "")) ? run : run.toUpperCase()))
  );
}
