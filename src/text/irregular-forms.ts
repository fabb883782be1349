/**
 * English irregular verb forms (and a few irregular plurals) and their base word, which the Porter2 stemmer
 * cannot join: a question asks "which measure did lawmakers leave out?", the story writes "also left out is a
 * federal ban"; "where is the contest being held" / "to hold the contest"; "how many children" / "a child".
 *
 * "Year of birth" / "born in 1958": "born" counts as "birth" (fiftieth round: one more fact, the dated sentence a
 * when-question needs; with that round's production notes, 18 replies of the older reporter sets quote other
 * sentences, no fact lost).
 *
 * Not in the table on purpose: forms that are more often another word in news text ("fed" the Fed, "rose" the
 * name, "shot" a vaccine dose, "met" the Met, "bit", "lay", "bound", "wound", "ground", "saw", "dove"), and
 * forms that are stopwords already ("said", "told", "got", "made", "did").
 */
import { ownEntry } from "./own-entry";
import { tokenize, toTerm } from "./tokenize";

const FORMS: Record<string, string> = {};

/** "base past participle…": every word after the first is a form of the first. */
const TABLE = `
arise arose arisen|awake awoke awoken|bear borne|beat beaten|become became|begin began begun|bend bent
bleed bled|blow blew blown|break broke broken|breed bred|bring brought|build built|burn burnt|buy bought
catch caught|choose chose chosen|cling clung|come came|creep crept|deal dealt|dig dug|draw drew drawn
dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feel felt|fight fought
find found|flee fled|fly flew flown|forbid forbade forbidden|foresee foresaw foreseen
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|give gave given|go went gone
grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|kneel knelt|know knew known
lead led|leap leapt|leave left|lend lent|lose lost|mean meant|mislead misled|mistake mistook mistaken
overcome overcame|overrun overran|oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown
pay paid|ride rode ridden|ring rang rung|rise risen|run ran|seek sought|see seen|sell sold|send sent
shake shook shaken|shine shone|shrink shrank shrunk|sing sang sung|sink sank sunk|sit sat|sleep slept
slide slid|slay slew slain|speak spoke spoken|speed sped|spend spent|spin spun|stand stood|steal stole stolen
stick stuck|sting stung|stride strode|strike struck stricken|strive strove striven|swear swore sworn
sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|think thought
throw threw thrown|undergo underwent undergone|understand understood|undertake undertook undertaken
uphold upheld|wake woke woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn
withhold withheld|withstand withstood|write wrote written
child children|man men|woman women|mouse mice|tooth teeth|goose geese|crisis crises|thesis theses
birth born
`;

/**
 * Clipped words and the words they clip: "How many administrators did the English wikiHow have?" is answered by
 * "The English wikiHow has only 60 admins" (fifty-first round: 3 more facts, none lost; no realtimeqa-dev or
 * rtqa-archive-2023 answer changed). Not "photo": read as "photograph", it also matched "photographic" (the stems
 * are one), and "Warhol photo program — how many universities …" quoted another sentence (one fact lost).
 */
const CLIPPED = `
administrator admin admins|information info|laboratory lab labs|statistics stats|examination exam exams
picture pic pics|professor prof profs|university uni unis|mathematics math maths|influenza flu
refrigerator fridge fridges|bicycle bike bikes|telephone phone phones
`;

/**
 * Sports slang for a role, read as the role: "what year did Tina McKenzie skipper the Gliders?" is answered by "I
 * captained in 2010".
 */
const SLANG = `
captain skipper skippers skippered skippering
`;

for (const group of `${TABLE}\n${CLIPPED}\n${SLANG}`.trim().split(/[|\n]/)) {
  const [base, ...forms] = group.trim().split(" ");
  for (const form of forms) FORMS[form] = base as string;
}

/** The base word of an irregular form ("left" → "leave", "children" → "child"), or the word itself. */
export function baseForm(token: string): string {
  return ownEntry(FORMS, token) ?? token;
}

/** A word's index term as its base word's ("left" as "leave"'s): how a question word is matched to a sentence. */
export const baseTerm = (token: string): string => toTerm(baseForm(token));

/**
 * An agent noun ("prosecutor", "teachers", "founder") and the verb it is made from ("prosecut-", "teach",
 * "found"): "Who is prosecuting the case?" is answered by "Crown prosecutor Mark Tedeschi, QC". Only where the
 * verb keeps five letters or more, so that "corner", "center", "number", "poster" and "user" do not also read
 * as "corn", "cent", "numb", "post" and "us". Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023
 * (docs/performance.md, twenty-second round): +3 −0 (one fact asked three times), every realtimeqa-dev answer
 * and every archive answer the same; four letters or more measured the same.
 */
const AGENT_NOUN = /^([a-z]{5,})(?:er|or)s?$/;

/**
 * A text's index terms, with its irregular forms' base words' too, so "left" matches "leave" either way, and the
 * verbs of its agent nouns ("prosecutor" holds "prosecute").
 */
export function termsWithBaseForms(text: string): Set<string> {
  const own = new Set<string>();
  for (const token of tokenize(text)) {
    own.add(toTerm(token));
    if (Object.hasOwn(FORMS, token)) own.add(baseTerm(token));
    const doer = AGENT_NOUN.exec(token);
    if (doer) own.add(toTerm(doer[1] as string));
  }
  return own;
}

/** Irregular forms by their base word's term ("leav" → ["left"]), made on first use. */
let formsByTerm: Map<string, string[]> | undefined;

/** The irregular forms whose base word's term is `term` ("leav" → ["left"]): written otherwise than the term. */
export function formsOf(term: string): string[] {
  if (!formsByTerm) {
    formsByTerm = new Map();
    for (const [form, base] of Object.entries(FORMS)) {
      const key = toTerm(base);
      formsByTerm.set(key, [...(formsByTerm.get(key) ?? []), form]);
    }
  }
  return formsByTerm.get(term) ?? [];
}
