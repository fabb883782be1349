/**
 * What kind of fact a question asks for: a date ("When…", "What year…"), a name ("Who…"), a number
 * ("How many…", "How much…"), a country or a US state ("Which country…"), a place or a thing known by its name
 * ("Where…", "Which museum…"), a colour, a cause ("What set off…"), what a word means; and whether a sentence
 * carries one.
 * A sentence that mentions the event but not its date cannot answer "When…?".
 */

import { asksForExpansion } from "../../text/acronyms";
import { LANGUAGES } from "../../text/languages";
import { QUESTION_WORDS } from "../../text/question-words";
import { sentenceBounds } from "../../text/split-sentences";
import { US_STATES } from "../../text/us-states";
import { questionCountries } from "./question-entities";

/** A US state's name, as written. */
const STATE = new RegExp(`\\b(?:${US_STATES.join("|")})\\b`, "g");

export type AnswerKind =
  | "date"
  | "name"
  | "number"
  | "country"
  | "state"
  | "proper"
  | "colour"
  | "cause"
  | "species"
  | "meaning";

/** Months as news writes them, but for "May" (a word too: the patterns below take it before a day only). */
export const MONTHS =
  "January|February|March|April|June|July|August|September|October|November|December|" +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** The days of the week, as a date is written with them ("on Tuesday"). */
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** A year as a question or a story writes it ("2017"), from 1600 to 2099. */
export const YEAR = "\\b(?:1[6-9]|20)\\d\\d";
const DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\b|May\\.? \\d|${YEAR}(?:s|’s|'s)?\\b|(?:${WEEKDAYS})\\b|` +
    "(?:yesterday|today|tomorrow|(?:last|next) (?:week|month|year)|(?:this|next|last) (?:spring|summer|fall|autumn|winter)|(?:days|weeks|months|years) ago)\\b)",
);
/** Number words news counts in exactly, from two to fifty ("one" is as often "one of the most popular"). */
export const EXACT_COUNT_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty";
/** …and the round ones ("hundreds", "dozens"), which count too but not exactly (asked-figure.ts `EXACT_COUNT`). */
const COUNT_WORDS = `${EXACT_COUNT_WORDS}|hundreds?|thousands?|millions?|billions?|dozens?`;
const NUMBER = new RegExp(`\\d|\\b(?:${COUNT_WORDS}|half)\\b`, "i");
/**
 * What answers "How many…": a number, not "half", which is a share ("Almost half of all Australian primary school
 * children are … deficient" counts no one; "a survey of 1709 schoolchildren" does). Measured on the reporter sets,
 * realtimeqa-dev and rtqa-archive-2023 (docs/performance.md, thirty-first round): 1 more fact quoted, none lost, no
 * realtimeqa-dev or rtqa-archive-2023 reply changed. Nor a digit inside a name ("U2", "A380"): "collected by
 * U2 in the stratosphere" counts no moons. Measured on the reporter sets (docs/performance.md, thirty-fifth round):
 * 1 more unrelated message refused, no answer lost; no realtimeqa-dev or rtqa-archive-2023 answer changed.
 */
const COUNT = new RegExp(`(?<![\\p{L}\\p{N}])\\d|\\b(?:${COUNT_WORDS})\\b`, "iu");
/**
 * "Which colour is the comet?": a colour word ("A rare green comet…", "greenish"). Measured on rtqa-archive-2023
 * (docs/performance.md, thirty-first round): 1 more tuning answer, none lost; no reporter or realtimeqa-dev question
 * asks a colour.
 */
const COLOUR =
  /\b(?:red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|gr[ae]y|gold|golden|silver|turquoise|teal|beige|crimson|scarlet|maroon|indigo)(?:ish)?\b/i;
/** Two or more capitalised words in a row: a person's or an organisation's name. */
const NAME = /\b\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]*\.?)+/gu;
/** Capitalised words that start sentences rather than names. */
const NOT_NAMES = new Set(
  "The A An In On At By For From To Of And But Or So If As It Its He She They We I You His Her Their This That These Those There However Meanwhile According During After Before When While Since Also Back"
    .toLowerCase()
    .split(" "),
);

/**
 * "How many…", "How far…", "How long did…", "How old…": a figure, as a number or a number word. Also "number of
 * …" where it asks ("number of seats contested?", "Legacy Program - # universities …", spelled out by
 * chat-shorthand.ts; "what was the number of visitors"), not "why did the number of visitors fall". Measured on the
 * reporter sets (docs/performance.md, forty-seventh round): 2 more facts quoted, none lost.
 */
export const NUMBER_OF_ASKED = String.raw`(?:^|[-–—:,/(]\s*|\bwhat(?:'s|’s| is| was| are| were)? )(?:the )?(?:total )?number of\b`;
/** A count asked by its name, as a desk asks it: "Sample size on the Aussie iodine study?", "expected attendance?". */
const COUNT_NAMED = String.raw`\bsample size\b|\bhead ?count\b|\b(?:expected|estimated|total|projected) (?:attendance|turnout)\b`;
const COUNT_NAMED_ASKED = new RegExp(COUNT_NAMED, "i");
/** A number of people or of samples: "1709 schoolchildren", "about 6 million visitors", "2,000 volunteers". */
const COUNTED_PEOPLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d[\d,.]*|${COUNT_WORDS})(?:\s+(?:hundred|thousand|million|billion))?\s+(?:[\p{L}-]+\s+){0,2}?(?:people|persons|participants|respondents|subjects|patients|children|schoolchildren|kids|students|pupils|adults|women|men|households|families|volunteers|visitors|fans|spectators|attendees|worshippers|pilgrims|members|users|readers|voters|samples|specimens)\b`,
  "iu",
);
const HOW_MUCH = new RegExp(
  String.raw`\bhow (?:many|much|far|long|old|big|large|tall|high|deep|wide|fast|often|heavy)\b|\bwhat (?:number|percentage|share|proportion|fraction)\b|\b(?:what|which) time (?:gap|difference|lag)\b|${NUMBER_OF_ASKED}|${COUNT_NAMED}`,
);

/**
 * "How long…", "How far…": a time or a length, which a number alone does not give ("12,000 asylum seekers" for "how
 * long do asylum seekers get…"). Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md,
 * twenty-fifth round): 2 more facts quoted, none lost, no answer-hit changed.
 */
const HOW_LONG = /\bhow (?:long|far)\b/i;
/** Words that count before a unit ("twelve years", "a few hundred metres"); asked-measure.ts reads them too. */
export const UNIT_COUNT_WORDS =
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|hundreds?|thousands?|dozens?|half";
/**
 * A number with a unit of time or length ("twelve years", "within twenty working days", "a 1.6km bridge"), or
 * "month-long"; not a point in time ("recommended it two years ago", "three days earlier"), which answers "when".
 * Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md, thirty-first round): 1
 * more fact quoted ("how long do asylum applicants get…": "within twenty working days", not "two years ago"), none
 * lost; no realtimeqa-dev or rtqa-archive-2023 reply changed.
 */
export const DURATION = new RegExp(
  `\\b(?:hour|day|week|month|year|decade)s?-long\\b|(?:\\d|\\b(?:${UNIT_COUNT_WORDS})\\b)[\\s-]*(?:[\\p{L}-]+\\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|miles?|feet|foot|ft|inches|inch|yards?)\\b(?!\\s+(?:ago|earlier|later)\\b)`,
  "iu",
);

/** A date asked after "what's the …" ("what's the release date for IE9?") or as a label ("IE9 final release date?"). */
export const DATE_ASKED = String.raw`\bwhat(?:'s|’s|s| is| was| will be) the (?:[a-z]+ ){0,2}?(?:date|year|month)\b|(?:^|[-–—:,/(]\s*)(?:the )?(?:[\p{L}\d]+ ){0,3}?(?:date|year)(?:\s*(?:\?|$|[,:;(]|only\b|pls\b|please\b)| of\b)`;
/**
 * "When…", "What year…", "Since when…", "By when…", "How soon…", and a date asked as a label ("Cambodia commune
 * election 2022 - date? col E", "date of the vote?"; not "a date with destiny").
 */
const ASKS_WHEN = new RegExp(
  String.raw`^(?:and |so )?when\b|\b(?:what|which) (?:year|date|day|month|time(?! (?:gap|difference|lag|zone)s?\b))\b|\b(?:what|which) [a-z]+ (?:date|year|month)\b|\b(?:since|by) when\b|\bhow soon\b|${DATE_ASKED}`,
  "u",
);

/** "Where…", "In which city…", "from where": a place, which a single capitalised word can name ("Cornwall"). */
const ASKS_WHERE =
  /^(?:and |so )?where\b|\bfrom where\b|\b(?:which|what) (?:\S+ )?(?:city|town|village|island|region|province|county|capital|venue|stadium|neighbou?rhood)\b/;

/** "Which <noun>…", also after a preposition ("At which school…"), with one word between ("What new book…"). */
export const whichOf = (nouns: string, more = "") =>
  new RegExp(`^(?:(?:at|in|on|from|for|to|by|with|of) )?(?:which|what) (?:\\S+ )?(?:${nouns})\\b${more}`);

/** "… a settlement with which company?", "… earn a Ph.D from which university?": "which <noun>" later in the question. */
export const laterWhich = (nouns: string, more = "") =>
  new RegExp(`\\bwhich (?:\\S+ )?(?:${nouns})\\b${more}`);

/**
 * "Which museum…", "What book…", "which govt body…": a thing known by its name ("California Science Center",
 * "Angel Catbird", "the Cambodian Human Rights Committee"). Places of work and the like since the forty-seventh
 * round ("which factory": "the Republic Windows and Doors Factory", not "taking over the factory"): 9 more facts
 * quoted on the reporter sets, none lost; no realtimeqa-dev or rtqa-archive-2023 reply changed.
 */
const NAMED_NOUNS =
  "museum|school|university|college|academy|book|novel|film|movie|show|series|song|album|band|company|firm|" +
  "body|group|committee|organi[sz]ation|ministry|department|institution|commission|union|court|" +
  "brand|airline|bank|network|newspaper|magazine|team|club|party|agency|hospital|church|prize|award|ship|" +
  "spacecraft|telescope|rocket|app|website|site|automaker|carmaker|giant|chain|restaurant|retailer|store|" +
  "holiday|festival|tournament|platform|drug|vaccine|variant|sitcom|broadcaster|streamer|franchise|" +
  "factory|plant|mill|mine|studio|gallery|charity|foundation|mosque|temple|hotel|publisher|exhibition|" +
  "hashtag|programme|program|mission|journal";
/**
 * … or "the name of", "the title of", with a word between too ("What's the scientific name of the new anemone…",
 * "the species name of…"). Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md,
 * thirty-fifth round): 2 more facts quoted, none lost; no realtimeqa-dev or rtqa-archive-2023 answer changed.
 */
const ASKS_NAMED = whichOf(NAMED_NOUNS, "|\\bthe (?:\\S+ )?(?:title|name) of\\b");
const LATER_NAMED = laterWhich(NAMED_NOUNS);
const NAMED_NOUN = new RegExp(`\\b(?:which|what) (?:\\S+ )?(${NAMED_NOUNS})\\b`);

/**
 * The thing a "which <noun>" question asks to be named ("factory" in "at which factory was the strike"), or null:
 * a story that names one ("the Republic Windows and Doors Factory") writes the noun capitalised in its name.
 */
export function askedNamedNoun(question: string): string | null {
  const q = askingClause(askedSentence(question).toLowerCase());
  if (!(ASKS_NAMED.test(q) || LATER_NAMED.test(q))) return null;
  return NAMED_NOUN.exec(q)?.[1] ?? null;
}

/**
 * "What's the scientific name of the new anemone…", "the latin name of the ant species": a species, which a
 * sentence names in two words, the genus capitalised and the epithet in lower case with a Latin ending
 * ("Edwardsiella andrillae", "Formica fusca"), not at the sentence's start ("Frank and"). Before, any capitalised
 * word carried the name asked ("the Ross Sea"), and four of five such questions quoted no species.
 */
const ASKS_SPECIES = /\b(?:scientific|latin|species|taxonomic|binomial) name\b/;
const SPECIES =
  /(?<![.!?"“]\s*|^\s*)\b\p{Lu}\p{Ll}{2,} (?!(?:area|media|data|extra|status|campus|bonus|basis|crisis|agenda|camera|formula|arena|drama|idea|visa|museum|forum|stadium|premium|minimum|maximum)\b)\p{Ll}{3,}(?:ae|ii|us|um|is|a|i)\b/u;

/**
 * "Mardi Gras is French for what?", "what does the word 'ubuntu' mean?", "what's the English for it?": what a word
 * or a name means, which a sentence gives with a word that tells it ("which is French for "Fat Tuesday"", "means",
 * "literally", "translates as"). Not "what does rising ozone mean for coffee harvests" (a consequence), nor an
 * acronym's letters ("what does EBA mean", acronyms.ts `asksForExpansion`; "what EBA is, like what do the letters
 * mean", ABOUT_LETTERS). Read off rtqa-archive-2023's tuning half (sixtieth round): the quote was the scene the
 * question set ("colorful parades, masks and … beads").
 */
const ASKS_MEANING = new RegExp(
  `\\b(?:${LANGUAGES}) (?:word |term |name |phrase )?for what\\b|` +
    `\\bwhat (?:does|do|did) (?:the )?(?:word |term |name |phrase |title )?\\S+(?: \\S+){0,3} (?:actually |literally |really )?mean(?: in (?:${LANGUAGES}))?\\s*\\??$|` +
    `\\bwhat(?:'s|’s| is) (?:the )?(?:meaning|translation) of\\b|\\bwhat(?:'s|’s| is) (?:the )?(?:${LANGUAGES}) (?:word )?for\\b|\\bmeans what\\b`,
);
const ABOUT_LETTERS = /\b(?:letters|initials|acronym|abbreviation)\b/i;
const MEANING = new RegExp(
  `\\b(?:means?|meaning|meant|translat\\w*|literally|(?:${LANGUAGES}) (?:word |term |phrase )?for)\\b`,
  "i",
);

/** "What is the program called?", "what's the new variant called (then)": a name, as for "the name of". */
const ASKS_CALLED =
  /^(?:and |so )?what(?:'s|’s| is| was| are| were| will)\b.*\bcalled(?: then| again| exactly| now| scientifically| officially)?\??$/;
/**
 * A living thing a story names by its species ("What's the new sea anemone called?", "the name of that new ant"): the
 * name asked is the species', as for "the scientific name of".
 */
const ORGANISM =
  /\b(?:anemones?|species|ants?|bees?|wasps?|beetles?|spiders?|insects?|frogs?|toads?|fish|fishes|sharks?|corals?|jellyfish|worms?|snails?|snakes?|lizards?|birds?|mammals?|fung(?:us|i)|bacteri(?:um|a)|orchids?|mosses?|ferns?)\b/;

/**
 * "What set off the attack…", "what kicked off…", "What caused a 70-vehicle crash…": a cause, which a sentence gives
 * with a word that tells one ("the incident was prompted by…", "because", "due to", "began when…"). Not "why…",
 * whose answers seldom carry such a word ("there were concerns they would attempt to remain"): a quote with
 * "because" then pushed the answer out. Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023
 * (docs/performance.md, thirty-fifth round): 4 more facts quoted, none lost; rtqa-archive-2023 one more answer,
 * none lost; realtimeqa-dev unchanged. With "why" and with "after", "following", "over" as causes: 1 lost each.
 */
const ASKS_CAUSE =
  /^(?:and |so )?what (?:set off|sets off|kicked off|kicks off|sparked|triggered|caused|prompted|led to|started)\b/;
const CAUSE =
  /\b(?:because|prompted|sparked|triggered|caus(?:e|ed|es|ing)|due to|led to|leading to|in response to|as a result|result of|blamed|(?:began|begun|started) when)\b/i;

/** "Which commentator…", "Which activist…": a person, named in two or more capitalised words. */
const PERSON_NOUNS =
  "commentator|analyst|activist|official|minister|lawmaker|politician|senator|governor|mayor|leader|player|" +
  "actor|actress|singer|rapper|artist|author|writer|director|judge|lawyer|candidate|celebrity|athlete|coach|" +
  "journalist|reporter|scientist|researcher|founder|chief|executive|spokes(?:man|woman|person)|" +
  // Since the thirty-seventh round ("the texas clock kid story — which student started the viral hashtag"): +1
  // fact, none lost; no realtimeqa-dev or rtqa-archive-2023 answer changed (3 archive replies reordered).
  "student|teacher|professor|doctor|referee|pilot|poet|musician|comedian|photographer|economist|expert|owner|" +
  "captain|footballer|nominee|victim|" +
  "prosecutor|attorney|ambassador|commander|astronaut|manager|editor";
/**
 * "Q11: Name the Crown prosecutor at the Sydney trial", "name the USI gallery's director": a person asked by the
 * imperative, up to two words before the person's noun.
 */
const NAME_THE_PERSON = new RegExp(
  `^name (?:the |a |an |their |his |her |its )?(?:\\S+ ){0,2}(?:${PERSON_NOUNS})s?\\b`,
);
const ASKS_PERSON = whichOf(PERSON_NOUNS);
const LATER_PERSON = laterWhich(PERSON_NOUNS);

/**
 * The kind of fact the question asks for, or null for other questions ("What…", "Why…", "Which measure…"). Read from
 * the sentence that asks: "The Spurs won the draft lottery this week. Who did they pick last time?" wants a name.
 */
export function answerKind(question: string): AnswerKind | null {
  const q = askingClause(askedSentence(question).toLowerCase());
  if (HOW_MUCH.test(q)) return "number";
  if (ASKS_WHEN.test(q)) return "date";
  if (
    /^(?:and |so )?who(?:m|se)?\b/.test(q) ||
    ASKS_PERSON.test(q) ||
    LATER_PERSON.test(q) ||
    NAME_THE_PERSON.test(q)
  )
    return "name";
  // "Which country…", "Which West African country…", "Which US state…": a sentence naming one can answer.
  if (/\b(?:which|what) (?:\S+ ){0,2}?(?:country|nation)\b/.test(q)) return "country";
  if (/\b(?:which|what) (?:u\.?s\.? |us |american )?state\b/.test(q)) return "state";
  if (/\b(?:which|what) colou?rs?\b/.test(q)) return "colour";
  if (ASKS_CAUSE.test(q)) return "cause";
  if (ASKS_SPECIES.test(q)) return "species";
  if (ASKS_MEANING.test(q) && !asksForExpansion(question) && !ABOUT_LETTERS.test(question)) return "meaning";
  // "Name of the new anemone species …?": a label's "name of" at the start too.
  if ((/(?:^|\bthe )(?:\S+ )?name of\b/.test(q) || ASKS_CALLED.test(q)) && ORGANISM.test(q)) return "species";
  if (ASKS_WHERE.test(q) || ASKS_NAMED.test(q) || LATER_NAMED.test(q)) return "proper";
  if (ASKS_CALLED.test(q)) return "proper";
  return null;
}

/**
 * "when nasa parcelled out the retired orbiters, where did enterprise end up", "heaven sent gaming duo — what
 * school did they first meet at": a scene set first, then the clause that asks, after a comma, a dash or a colon
 * (or a stop the sentence splitter did not end a sentence at: "…only used remedies... who was the prosecutor?").
 * Only the last clause, with no comma of its own ("Dr. Woodson, who helped develop …, was …" is a relative clause),
 * and not when the sentence already opens with its question ("when was the CNRP dissolved, and which court …").
 * Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md, thirty-seventh round):
 * 5 more facts quoted, none lost; no realtimeqa-dev or rtqa-archive-2023 answer changed.
 */
const ASKING_CLAUSE =
  /(?:,|\s[—–-]|:|\.|…)\s*((?:and |so )?(?:who|whom|whose|what|when|where|which|how)\b[^,]*)$/;
const ASKS_FIRST =
  /^(?:and |so )?(?:(?:who|whom|whose|what|where|which|how)\b|when(?:['’]s| (?:is|was|are|were|do|does|did|will|has|have|had|can|could|should|would))\b)/;
export function askingClause(sentence: string): string {
  // Read in lower case ("When do works start, …" opens with its question), returned as written.
  const lower = sentence.toLowerCase();
  const read = lower.length === sentence.length ? lower : sentence;
  if (ASKS_FIRST.test(read)) return sentence;
  const clause = ASKING_CLAUSE.exec(read)?.[1];
  return clause === undefined ? sentence : sentence.slice(sentence.length - clause.length);
}

/**
 * A sentence after the question that asks nothing of its own: "…signed the hun sen letter? want the full list",
 * "…? need the name", "…? pretty sure it wasnt 2005". No question word and no question mark.
 */
const ASKS_NOTHING = /^(?![\s\S]*(?:\?|\b(?:who|whom|whose|what|when|where|which|why|how)\b))/i;
/**
 * A sentence after the question that asks only for its proof: "…? Do we have his quote?", "…? Do we have a direct
 * quote from the Secretary of State?", "…? Is that right?", "…? Can you confirm?". The question before it is the
 * one asked. Measured on the reporter sets (docs/performance.md, forty-first round).
 */
const ASKS_PROOF =
  /^(?:(?:and|so) )?(?:(?:do|does|did) (?:we|you|they|i|u) (?:have|got) (?:a|an|his|her|their|the|any|that) (?:direct |exact |actual |full )?(?:quote|quotation|source|link|transcript|readout|clip|recording)\b[^?]*|(?:is|was) (?:that|this|it) (?:right|correct|true|confirmed|accurate)|(?:can|could) (?:you|u|someone|somebody|anyone) (?:confirm|check)(?: (?:that|this|it))?)\s*\?*\s*$/i;

/**
 * A sentence after the question that only offers the asker's guesses: "What is the capital of Australia? Tipo,
 * Sydney or Canberra?", "…? Is it Sydney or Canberra?". One to three words a side, no question word, not a question
 * of its own ("Did he meet Blinken or Kerry?").
 */
const ASKS_CHOICE = new RegExp(
  String.raw`^(?![\s\S]*\b(?:${QUESTION_WORDS})\b)(?:(?:tipo|like|maybe|so),?\s+)?(?:(?:is|was) it\s+)?(?!(?:do|does|did|is|was|are|were|has|have|had|can|could|will|would|should)\b)(?:[\p{L}\d.'’-]+\s+){0,2}[\p{L}\d.'’-]+,?\s+or\s+(?:[\p{L}\d.'’-]+\s+){0,2}[\p{L}\d.'’-]+\s*\?+\s*$`,
  "iu",
);

/**
 * A sentence that asks nothing of its own (ASKS_NOTHING), only for the proof of the one before (ASKS_PROOF), or
 * only offers guesses at its answer (ASKS_CHOICE).
 */
const asksNothingNew = (sentence: string) =>
  ASKS_NOTHING.test(sentence) || ASKS_PROOF.test(sentence) || ASKS_CHOICE.test(sentence);

/**
 * The sentence (its index in `bounds`) that ends with a question mark and is followed only by sentences that ask
 * nothing new (ASKS_NOTHING, ASKS_PROOF), or -1 when there is none such.
 */
function askingBeforeAsides(text: string, bounds: [number, number][]): number {
  for (let at = bounds.length - 1; at > 0 && asksNothingNew(text.slice(bounds[at]?.[0]).trim()); at--)
    if (
      text
        .slice(bounds[at - 1]?.[0], bounds[at]?.[0])
        .trim()
        .endsWith("?")
    )
      return at - 1;
  return -1;
}

/**
 * The question up to its last sentence that asks, without the sentences after it that ask nothing new (an aside:
 * "Need the Latin for accuracy.", "Perfect aside for my column."), or the question itself when none follows.
 * The answerability decision reads the question's names here (forty-ninth round, docs/performance.md): 5 more
 * facts quoted over the reporter sets, none lost. Searching only this lost more than it won (12 more facts and
 * 27 refusals lost: an aside often says what the message is for, "need the name for a caption").
 */
export function withoutTrailingAsides(question: string): string {
  const text = question.trim();
  const bounds = sentenceBounds(text);
  const asking = askingBeforeAsides(text, bounds);
  return asking < 0 ? text : text.slice(0, bounds[asking + 1]?.[0]).trim();
}

/**
 * The question's last sentence: the one that asks, after any that set the scene; or the last one that ends with a
 * question mark, when the sentences after it ask nothing (ASKS_NOTHING) or only for its proof (ASKS_PROOF).
 */
export function askedSentence(question: string): string {
  const text = question.trim();
  const bounds = sentenceBounds(text);
  const asking = askingBeforeAsides(text, bounds);
  if (asking >= 0) return withoutLabel(text.slice(bounds[asking]?.[0], bounds[asking + 1]?.[0]).trim());
  const last = bounds[bounds.length - 1];
  return withoutLabel(last ? text.slice(last[0]).trim() : text);
}

/**
 * A label before the question, up to a colon: "Book cover strip: which publisher released…", "Locator pin: which
 * city…", "Factbox: how many…". What the asker is making; the question after it is what is asked (its words are
 * still searched). Not up to a dash: "livorno religious schools tax fight — how much were they asked to pay" names
 * the story, whose words find the sum (read so, the reporter sets lost that fact and gained one near miss).
 */
const LABEL = /^[^:?]{1,80}:\s+(?=(?:(?:and|so)\s+)?(?:who|whom|whose|what|when|where|which|why|how)\b)/i;
/**
 * A sceptic's or a fact-checker's frame before the question it asks: "Does the wikiHow interview actually say how
 * much Herrick sold eHow for?", "Did the story give when Hill was born?". The question after it is what is asked: read
 * so, "how much … sold … for" asks a sum and "when … born" a date (the frame's words are still searched).
 */
const STORY_SAYS =
  /^(?:(?:and|so|but)\s+)?(?:does|did|do)\s+(?:it|they|the\s+(?:[\p{L}\p{N}@'’.-]+\s+){0,3}?(?:story|piece|article|interview|report|write-?up|archive|paper))\s+(?:(?:actually|even|really|ever)\s+)?(?:say|give|mention|tell(?:\s+(?:us|me))?|report|explain|specify|state)\s+(?=(?:who|whom|whose|what|when|where|which|why|how)\b)/iu;
export const withoutLabel = (sentence: string) => sentence.replace(LABEL, "").replace(STORY_SAYS, "");

/** A month (with or without its day) or a weekday: a date more precise than a year. */
const PRECISE_DATE = new RegExp(`\\b(?:(?:${MONTHS})\\b|May\\.? \\d|(?:${WEEKDAYS})\\b)`);
/** A day: a month with its day's number, either way round ("June 5", "5 June"), or a weekday. */
const DAY_DATE = new RegExp(
  `\\b(?:(?:${MONTHS}|May)\\.? \\d{1,2}\\b|\\d{1,2} (?:${MONTHS}|May)\\b|(?:${WEEKDAYS})\\b)`,
);

/**
 * How well a sentence answers a "When…?" question: `DAY_FIT` with a day, 1 with a month, `YEAR_ONLY` with a
 * year alone ("since the 2017 dissolution" against "in November 2017 disbanded"), 0 without a date. A question
 * that asks for a year (`yearAsked`: "what year did…") is answered as well by a month as by a day.
 */
export function dateFit(sentence: string, yearAsked = false): number {
  if (!yearAsked && DAY_DATE.test(sentence)) return DAY_FIT;
  if (PRECISE_DATE.test(sentence)) return 1;
  return DATE.test(sentence) ? YEAR_ONLY : 0;
}
export const YEAR_ONLY = 0.85;
/**
 * "when are cambodia's local commune polls scheduled": "the June 5 commune election" over "the upcoming local
 * elections in June 2022", which holds more of the question's words. Measured on the reporter sets,
 * realtimeqa-dev and rtqa-archive-2023 (docs/performance.md, thirty-seventh round): 1.05 quoted one more fact
 * and lost none; no realtimeqa-dev or rtqa-archive-2023 answer changed (one and four replies reordered). 1.1
 * changed more replies and lost a fact; a month alone at 0.9 or 0.8 instead of a day above 1 put "since the 2017
 * dissolution" (a year) ahead of "in November 2017 disbanded" for "When was the CNRP dissolved?".
 */
export const DAY_FIT = 1.05;

/** "What year did…", "in which year…": a year is the answer asked for. */
export function asksForYear(question: string): boolean {
  return /\b(?:what|which) year\b/i.test(question);
}

/**
 * For a question, a test of a sentence: does it carry a fact of this kind that the question itself does not
 * already give? What the question gives (its words, its countries) is read once, not for every sentence.
 */
export function carrierOf(kind: AnswerKind, question: string): (sentence: string) => boolean {
  if (kind === "date") return (sentence) => DATE.test(sentence);
  if (kind === "number") {
    const asking = askedSentence(question);
    if (HOW_LONG.test(asking)) return (sentence) => DURATION.test(sentence);
    if (/\bhow many\b/i.test(asking)) return (sentence) => COUNT.test(sentence);
    // "sample size?", "headcount?", "expected attendance?": a count of people (or of samples), not a share ("10
    // per cent of Australian salt", "almost half") nor a measure ("you lose 15 IQ points").
    if (COUNT_NAMED_ASKED.test(asking)) return (sentence) => COUNTED_PEOPLE.test(sentence);
    return (sentence) => NUMBER.test(sentence);
  }
  if (kind === "country") {
    const asked = new Set(questionCountries(question));
    // "…, the US asked?": the US the question names is not its answer (questionCountries leaves "US" out as a veto).
    if (/(?<![\p{L}.])(?:US|U\.S\.|USA)(?![\p{L}])/u.test(question)) asked.add("united states");
    return (sentence) => questionCountries(sentence).some((name) => !asked.has(name));
  }
  if (kind === "state")
    return (sentence) => [...sentence.matchAll(STATE)].some((match) => !question.includes(match[0]));
  if (kind === "colour") return (sentence) => COLOUR.test(sentence);
  if (kind === "cause") return (sentence) => CAUSE.test(sentence);
  if (kind === "species") return (sentence) => SPECIES.test(sentence);
  if (kind === "meaning") return (sentence) => MEANING.test(sentence);
  const asked = askedWords(question);
  if (kind === "proper" && ASKS_WHERE.test(askedSentence(question).toLowerCase()))
    return (sentence) => newPlace(sentence, asked);
  if (kind === "proper") return (sentence) => newCapitalised(sentence, asked);
  return (sentence) => {
    for (const match of sentence.matchAll(NAME)) {
      const words = match[0].split(/\s+/).map((w) => w.replace(/[.’'-]+$/, "").toLowerCase());
      const named = words[0] && NOT_NAMES.has(words[0]) ? words.slice(1) : words;
      if (named.length >= 2 && named.some((w) => !asked.has(w))) return true;
    }
    return false;
  };
}

/**
 * For a "Who…" question, a test of a sentence: does it name someone in one capitalised word the question does not
 * give ("Beyoncé", "Jafari", "Immortals")? Weaker than a two-word name, since many such words are places.
 */
export function oneWordNameOf(question: string): (sentence: string) => boolean {
  const asked = askedWords(question);
  return (sentence) => newCapitalised(sentence, asked);
}

/** The question's words, lower case: what a sentence's name or capitalised word must not merely repeat. */
function askedWords(question: string): Set<string> {
  return new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** True when `sentence` carries a fact of this kind that the question itself does not already give. */
export function carries(kind: AnswerKind, sentence: string, question: string): boolean {
  return carrierOf(kind, question)(sentence);
}

/** A capitalised word the question does not already give, other than a sentence's first word or a stock one. */
function newCapitalised(sentence: string, asked: Set<string>): boolean {
  for (const match of sentence.matchAll(/(?<![.!?"“]\s*|^\s*)\b\p{Lu}[\p{Ll}’'-]+/gu)) {
    const word = match[0].replace(/[’'-]+$/, "").toLowerCase();
    if (!asked.has(word) && !NOT_NAMES.has(word)) return true;
  }
  return false;
}

/**
 * A place as news writes it: a capitalised word after "in", "at", "from"… ("at Spaceport Cornwall", "in Mexico
 * City"). A "Where…" question is answered by such a sentence, not by any with a new capitalised word ("The
 * LauncherOne rocket…"). Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md,
 * thirtieth round): 3 more reporter facts quoted, none lost; archive answer-hit +3 −1 (the one lost quoted the
 * answer by chance from a 2017 story's dateline); realtimeqa-dev unchanged.
 */
const PLACE =
  /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Tt]o|[Ii]nto|[Oo]utside|[Aa]cross|[Oo]n)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/gu;

/** True when `sentence` names a place the question does not already give. */
function newPlace(sentence: string, asked: Set<string>): boolean {
  for (const match of sentence.matchAll(PLACE)) {
    const words = (match[1] as string)
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/[’'-]+$/, ""));
    if (words.some((word) => !asked.has(word) && !NOT_NAMES.has(word))) return true;
  }
  return false;
}
