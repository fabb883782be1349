/**
 * "What's the name of the teacher who reported Ahmed's clock to the police?", "What are the names of the other five
 * girls on the Afghan robotics team?", "What was the passerby's name?", "Who was the official who lost it?": the
 * question asks to be told who a person is. A story answers it when it names someone right beside its word for that person ("Foreign Minister Prak
 * Sokhonn", "the coach, Alireza Mehraban"); one that only says "a teacher mistakenly thought…" or "found … by a
 * passerby" does not, whatever else it names. Asked only of people: a name of a thing (a hurricane, a deal, a
 * rocket) is seldom written beside the word the question uses for it.
 */
import { baseTerm } from "../../text/irregular-forms";
import { MONTH_NAMES } from "../../text/month-names";
import { tagWords } from "../../text/part-of-speech";
import { sentenceBounds } from "../../text/split-sentences";
import { contentTokens } from "../../text/tokenize";
import { askedSentence } from "./answer-kind";

/** "the name(s) of <person> …" and "<person>'s name". */
const NAME_OF = /\bnames?\s+of\s+(.+)$/i;
const NAME_AFTER =
  /\b(?:what|who)(?:['’]s|\s+(?:is|was|are|were))\s+(.+?)(?:['’]s?|(?<!\b(?:hi|thi|it))s)\s+(?:(?:first|full|last|real)\s+)?names?\b/i;
/**
 * "what is the teacher name?", as many write English without the possessive: the person's name, as for "the teacher's
 * name" (the phrase's last word must still be a word for a person).
 */
const BARE_NAME_AFTER =
  /\b(?:what|who)(?:['’]s|\s+(?:is|was|are|were))\s+(the\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:(?:first|full|last|real)\s+)?names?\s*[?.!]?\s*$/iu;
/** "What is the husband of Valeska Paris called?": the person's name, as for "the name of". */
const CALLED =
  /^(?:and |so )?what(?:['’]s|\s+(?:is|was|are|were))\s+((?:the|his|her|their)\s+.+?)\s+called\b/i;
/** "Who is Noam Chomsky married to?": a spouse, whom a story may not name. */
const MARRIED_TO = /^(?:and |so )?who(?:['’]s|\s+(?:is|was|are|were))\s+.+?\s+married\s+to\b/i;
/**
 * "Valeska Paris's husband, what's his name?", "Valeska Paris's husband — what's his name?", "valeska paris
 * husband's name?": the person said first, then their name asked of a pronoun, or the name asked as a fragment. Not
 * after a question of its own ("Kids will ask me who heads the CCHR - what's her name?" asks no kid's name).
 */
const NAME_OF_SAID =
  /^(?:and |so )?((?:(?!\b(?:who|what|which|when|where|how)\b).)+?)(?:,|\s[—–-])\s*(?:what|who)(?:['’]s|\s+(?:is|was))\s+(?:his|her|their)\s+(?:(?:first|full|last|real)\s+)?names?\b/i;
/** "the UN Special Rapporteur on human rights in Cambodia, who is that?": the person said first, then asked who they are. */
const WHO_IS_THAT_SAID =
  /^(?:and |so )?(.+?),\s*who(?:['’]s|\s+(?:is|was|are|were))\s+(?:that|this|he|she|they|it)\s*[?.!]?\s*(?:\S+\s*){0,3}$/i;
const NAME_FRAGMENT =
  /^(?:and |so )?(?!(?:what|who|which|whose)\b)([^,;:]+?)['’]s?\s+(?:(?:first|full|last|real)\s+)?names?\s*\??\s*$/i;
/** "Noam Chomsky wife name is what?": the name asked last, as speakers of languages that ask so write English. */
const NAME_IS_WHAT =
  /^(?:and |so )?(?!(?:what|who|which|whose)\b)([^,;:]+?)['’]?s?\s+(?:(?:first|full|last|real)\s+)?names?\s+(?:is|was|are|were)\s+what\s*\??\s*$/i;
/**
 * "Who was the official who lost …", "who is the lead author of the study": a person described, not named, asks to
 * be told the name as much as "the name of …" does. Measured on the reporter sets (docs/performance.md,
 * twenty-fifth round): 2 more near misses refused, no answer lost; realtimeqa-dev and rtqa-archive-2023 unchanged.
 */
const WHO_IS_THE = /^(?:and |so )?who(?:['’]s|\s+(?:is|was|are|were))\s+(the\s+.+)$/i;
/** Where the person's words end: a clause or a place after them ("the teacher who…", "the girls on the team"). */
const PHRASE_END =
  /\s(?:who|whom|whose|that|which|where|when|of|on|in|at|from|for|with|besides|beside|behind|to|by|during|after|before|as|says?|said|did|does|do|is|was|are|were)\b|[?,;:!.]/i;

/** Words for a person: the head of the asked phrase must be one of these (singular, lower case). */
const PERSON = new Set(
  (
    "person man woman boy girl kid child teenager passerby passer-by bystander witness victim suspect mother father " +
    "husband wife son daughter brother sister parent partner girlfriend boyfriend friend teacher student pupil " +
    "activist official officer minister president chief director founder owner leader member player coach " +
    "captain judge lawyer attorney doctor nurse pilot soldier worker employee journalist reporter editor " +
    "spokesperson spokesman spokeswoman candidate winner driver scientist researcher professor mayor governor " +
    "manager curator artist author singer actor actress climber survivor defector caseworker guard senator " +
    "lawmaker legislator congressman congresswoman politician analyst commentator diplomat ambassador prosecutor " +
    // Thirty-first round: "who is the UN special rapporteur on human rights in cambodia right now?" asked of a story
    // that names the post but no one in it: 1 more near miss refused, no answer lost (docs/performance.md).
    "rapporteur envoy commissioner chairman chairwoman chairperson ombudsman negotiator staffer"
  ).split(" "),
);

/** The person words by their index term ("offic" → "officer"), so "officials", "employees" are read as well. */
const PERSON_BY_TERM = new Map([...PERSON].map((word) => [baseTerm(word), word]));

/** Words for someone not named, which "the person" may stand for (singular, lower case). */
const SOMEONE = new Set(
  "someone somebody anyone anybody man woman passerby passer-by bystander individual resident".split(" "),
);

const SOMEONE_TERMS = new Set([...SOMEONE].map(baseTerm));

/**
 * How many words either side of the person's word a name may stand: "Foreign Minister Prak Sokhonn", "Jane
 * Smith, a teacher", "the coach, Alireza Mehraban". Chosen on the reporter sets (docs/performance.md,
 * twenty-fourth round): 2 and 3 refused the same 6 near misses and lost no answer; with "the person" read as
 * "someone" or "a passerby", 2 refused 2 more ("…found on an Ottawa street by someone": 3 words reach "Ottawa").
 */
export const NAME_WITHIN = 2;

/** A written word: letters and digits, with inner apostrophes and hyphens ("Shin-Wook", "O'Reilly"). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NOT_NAMES = new Set<string>([
  ...MONTH_NAMES,
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
]);

/**
 * "Which other three senators signed the letter with Markey?", "apart from markey, which senators signed…", "which
 * senators besides markey signed…", "which three senators joined Ed Markey…": the question names someone and asks
 * who else, by "which other …", "apart from / aside from …, which …" or "which … besides / other than / except /
 * joined …". Not any
 * "which official…": a story often names that person by another title ("Which Cambodian official met Blinken?" of
 * "Foreign Affairs Minister Prak Sokhonn"; 3 answers lost when read so, docs/performance.md, thirty-third round).
 */
const WHICH_OTHERS =
  /^(?:and |so )?(?:(?:apart|aside) from [^,]+,\s*which\s+((?:\S+\s+){0,3}\S+)|which\s+(other\s+(?:\S+\s+){0,2}\S+)|which\s+((?:\S+\s+){0,2}?\S+)\s+(?:besides|apart from|aside from|other than|except(?: for)?|joined)\s)/i;
/** "Besides Markey, …", "apart from Markey, …": who the question does not ask about, said before it asks. */
const EXCEPT_FIRST =
  /^\s*(?:and |so )?(?:besides|beside|apart from|aside from|other than|except(?: for)?)\s+[^,]+,\s*/i;
/** Capitals with stops: "U.N.", "U.S.". */
const INITIALISM = /(?:\p{Lu}\.){2,}/gu;
/**
 * "the woman that is executive director of CCHR", "the person who became the youngest member of the Legislative
 * Council": a word for anyone, then the post that says who; the post's word is the person's ("director"), since a
 * story writes the post beside the name ("Chak Sopheap, the executive director"), seldom "woman". "The woman heading
 * up the Cambodia Center for Human Rights" names the post by a verb: no person's word is left to look for.
 */
const GENERIC_WITH_POST =
  /^(?:the\s+)?(?:person|woman|man|guy|lady|individual|one)\s+(?:(?:that|who)\s+(?:is|was|became|becomes|become|serves as|served as)\s+(?:now\s+)?(?:the\s+|an?\s+)?(?=\S)|(?=(?:(?:that|who)\s+)?(?:head(?:s|ed|ing)?|run(?:s|ning)?|ran|lead(?:s|ing)?|led|chair(?:s|ed|ing)?)\b))/i;
/** Words that end the asked phrase after "which": the verb or the object has begun. */
const AFTER_WHICH = /^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|the|a|an)$/;

/**
 * "Name the other three U.S. senators who joined Ed Markey…", "… four US senators wrote to Hun Sen — who were the
 * other three?": the others, asked by "name / list / who … the other". Their people are the words after "the other",
 * or else the question's first word for people.
 */
const THE_OTHER = /\b(?:who|name|list)\b[^?]*?\bthe other\b((?:\s+\S+){0,4})/i;

/**
 * Others asked for any other way, with their names: "besides markey, which senators signed …", "apart Ed Markey, who
 * are the three others?", "other 3 senators on the hun sen letter w/ markey — names?", "What are the names of the
 * three others?". Their people are the question's first word for people.
 */
const OTHERS_ASKED =
  /\b(?:besides|apart(?: from)?|aside from|other than|except(?: for)?)\s+\p{L}|\bthe\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?others\b|(?:^|\s)other\s+(?:\d+|two|three|four|five|six)\s+\p{L}|\bthe other (?:\d+ |two |three |four |five )?names\b/iu;
const NAMES_ASKED = /\b(?:which|who|names?)\b/i;

/** The singular person word of a "which other <people>" question ("senator"), or null. */
function whichOthers(asking: string, question: string): string | null {
  const match = WHICH_OTHERS.exec(asking.trim());
  const other = match ? null : THE_OTHER.exec(asking);
  const words = match?.[1] ?? match?.[2] ?? match?.[3] ?? other?.[1] ?? "";
  for (const word of words.toLowerCase().split(/\s+/)) {
    if (AFTER_WHICH.test(word)) break;
    const person = personWord(word);
    if (person) return person;
  }
  if (!other && (match || !OTHERS_ASKED.test(question) || !NAMES_ASKED.test(asking))) return null;
  // A word for people, not a verb that shares its stem: "besides his academic work, Simon Ličen also managed a
  // national side. Which team was it?" asks no manager.
  for (const word of question.toLowerCase().split(/[^\p{L}]+/u)) {
    const person = !VERB_FORM.test(word) && personWord(word);
    if (person) return person;
  }
  return null;
}

/** A verb's past or its -ing form ("managed", "managing"), which names no one. */
const VERB_FORM = /(?:ed|ing)$/;

const personWord = (word: string): string | undefined =>
  PERSON.has(word) ? word : PERSON_BY_TERM.get(baseTerm(word));

/** The singular word for the person a question asks to be named ("teacher"), or null when it asks no person's name. */
export function askedPerson(question: string): string | null {
  const asked = askedSentence(question);
  const others = whichOthers(asked, question);
  if (others) return others;
  // "besides markey, who were the other three senators…": who else, asked after the one it is not.
  const asking = asked.replace(EXCEPT_FIRST, "");
  const askedPhrase =
    NAME_OF.exec(asking)?.[1] ??
    NAME_AFTER.exec(asking)?.[1] ??
    BARE_NAME_AFTER.exec(asking.trim())?.[1] ??
    CALLED.exec(asking.trim())?.[1] ??
    WHO_IS_THE.exec(asking.trim())?.[1] ??
    NAME_OF_SAID.exec(asking.trim())?.[1] ??
    WHO_IS_THAT_SAID.exec(asking.trim())?.[1] ??
    NAME_FRAGMENT.exec(asking.trim())?.[1] ??
    NAME_IS_WHAT.exec(asking.trim())?.[1];
  if (!askedPhrase) return MARRIED_TO.test(asking.trim()) ? "partner" : whichPerson(asking);
  // "the woman that is executive director of …": the post the clause gives says who, not "woman".
  const described = askedPhrase.replace(GENERIC_WITH_POST, "");
  // "the U.N. Special Rapporteur": an initialism's stops end no phrase.
  const phrase = described.replace(INITIALISM, (run) => run.replace(/\./g, ""));
  const end = PHRASE_END.exec(` ${phrase}`);
  const words = (end ? ` ${phrase}`.slice(0, end.index) : phrase).split(/['’]s\s/).pop() ?? "";
  // The phrase's last word, or else its first word for a person: "the other three senators pushing hun sen".
  const phraseWords = words.trim().toLowerCase().split(/\s+/);
  for (const word of [phraseWords[phraseWords.length - 1] ?? "", ...phraseWords]) {
    const person = personWord(word);
    if (person) return person;
  }
  return null;
}

/** Tags of the words that may make up the person's words after "which": "Home Office official", "political analyst". */
const NOUN_PHRASE_TAGS = new Set(["NOUN", "PROPN", "ADJ"]);
/**
 * The words for someone a story may leave unnamed ("an official", "a staffer"), asked after by "which". Not posts
 * a story writes before a name ("Senator Ed Markey", "political analyst Lao Mong Hay"), which the question may put
 * another way ("Which US lawmaker…" of "Senator"): with them, 3 facts were lost and no near miss refused.
 */
const FACELESS = new Set(["official", "officer", "staffer", "employee", "worker", "caseworker", "person"]);
/** At most this many words after "which" are read as the person's words. */
const WHICH_WORDS = 5;

/**
 * "Which Home Office official signed the leaked letter…?", "Which Environment Canada staffer signed out the report?":
 * a person asked by their post, as "who was the official who…" asks: the nouns and adjectives right after "which",
 * the last of them a word for a person.
 */
function whichPerson(asking: string): string | null {
  // Read for "which" first: the tagger is loaded only for a question that needs it.
  if (!/^\s*which\b/i.test(asking)) return null;
  const words = tagWords(asking.trim());
  if (words[0]?.word.toLowerCase() !== "which") return null;
  let head = "";
  for (const { word, tag } of words.slice(1, 1 + WHICH_WORDS)) {
    if (!NOUN_PHRASE_TAGS.has(tag)) break;
    head = word;
  }
  const person = head && personWord(head.toLowerCase());
  return person && FACELESS.has(person) ? person : null;
}

/**
 * True when the question asks for a person's name (askedPerson) and no sentence of `text` names anyone within
 * NAME_WITHIN words of its word for that person, just after a naming word ("the victim was identified as John
 * Doe") or before it in apposition ("Chak Sopheap, the executive director"): a capitalised word that is not the question's, an acronym, a month or a weekday. A story that never
 * writes that word is read through `nearest` (word vectors): one with a near word
 * (0.6 or more) is not refused on this alone.
 */
export function personNameMissing(
  question: string,
  text: string,
  nearest?: (words: string[], texts: string[]) => Map<string, number>,
): boolean {
  const person = askedPerson(question);
  if (!person) return false;
  const asked = new Set(contentTokens(question));
  // "the person who found it": a word for someone not named stands for it ("by a passerby", "someone who…").
  const anyone = person === "person";
  const term = baseTerm(person);
  // "officials", "attorneys" for the person's word, not "Senate" for "senator" (one index term).
  const start = person.replace(/[ey]$/, "");
  const isPerson = (word: string) => {
    const lower = word.toLowerCase();
    if (lower === person || (baseTerm(lower) === term && lower.startsWith(start))) return true;
    return anyone && (SOMEONE.has(lower) || SOMEONE_TERMS.has(baseTerm(lower)));
  };
  const superlative = SUPERLATIVE.exec(askedSentence(question))?.[1]?.toLowerCase();
  const linked = superlative ? linkedTo(superlative) : null;
  let written = false;
  for (const [from, to] of sentenceBounds(text)) {
    const sentence = text.slice(from, to);
    if (linked && namedAsSuperlative(sentence, linked, asked)) return false;
    const found = [...sentence.matchAll(WORD)];
    const words = found.map((match) => match[0]);
    for (let i = 0; i < words.length; i++) {
      if (!isPerson(words[i] as string) || modifies(sentence, found, i)) continue;
      written = true;
      for (let j = Math.max(0, i - NAME_WITHIN); j <= Math.min(words.length - 1, i + NAME_WITHIN); j++)
        if (j !== i && isName(words[j] as string, asked) && !besideAsked(words, j, asked)) return false;
      if (namedLater(words, i, asked)) return false;
      const at = found[i]?.index ?? 0;
      const before = APPOSITION.exec(sentence.slice(Math.max(0, at - 80), at))?.[1];
      if (before && isName(before, asked)) return false;
    }
  }
  if (written) return true;
  return (nearest?.([person], [text]).get(person) ?? 0) < NEAR_PERSON;
}

/**
 * "who is the youngest person ever elected to hong kong's legislative council": the one the question asks is the
 * youngest, first, last or only of something, and a story names its person as the sentence's subject, the
 * superlative after a linking verb: "Demosisto's Nathan Law earned a surprise victory …, and becomes the youngest
 * Legislative Council member in Hong Kong's history" (the name stands too far from "member" for NAME_WITHIN).
 */
const SUPERLATIVE =
  /\b(?:the|a)\s+(first|last|only|youngest|oldest|longest|biggest|largest|smallest|highest|lowest|richest|earliest)\b/i;
/** The words from a sentence's start among which its subject's name must stand. */
const SUBJECT_WORDS = 4;

/** A linking verb before the superlative: "becomes the youngest", "is now the first". */
const linkedTo = (superlative: string): RegExp =>
  new RegExp(
    `\\b(?:is|was|becomes?|became|becoming|remains?|remained)\\s+(?:now\\s+)?the\\s+${superlative}\\b`,
    "i",
  );

/** Whether a name among the sentence's first words is the subject the superlative is linked to (`linked`). */
function namedAsSuperlative(sentence: string, linked: RegExp, asked: Set<string>): boolean {
  const link = linked.exec(sentence);
  if (!link) return false;
  const subject = (sentence.slice(0, link.index).match(WORD) ?? []).slice(0, SUBJECT_WORDS);
  return subject.some((word) => isName(word.replace(/['’]s$/, ""), asked));
}

/**
 * Whether the word at `at` stands before a noun of its own, so names no one: "refuted official statements",
 * "student protests", "member states" (wink-nlp's tagger, on the two words). Such a use does not write the
 * person's word: a story whose only "official" is in "official statements" is read as one that never writes it.
 */
function modifies(sentence: string, found: RegExpMatchArray[], at: number): boolean {
  const [word, next] = [found[at], found[at + 1]];
  if (!word || !next || !/^\p{Ll}/u.test(next[0])) return false;
  const end = (word.index ?? 0) + word[0].length;
  if (sentence.slice(end, next.index) !== " ") return false;
  return tagWords(`${word[0]} ${next[0]}`)[1]?.tag === "NOUN";
}

/**
 * A name, a comma, then the person's word after at most a determiner and three words: "Chak Sopheap, the
 * executive director of …", "Ann Lee, a teacher at …". Read on the text before the person's word.
 */
const APPOSITION = /(\p{Lu}[\p{L}'’-]*),\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Words that give a name a few words on: "the victim was identified as John Doe", "a teacher named Ann Lee". */
const NAMING = new Set(["named", "identified", "called", "nicknamed"]);

/** Words that make a naming word a verb of its own: "called on", "called for", "named in". */
const PHRASAL = new Set(["on", "upon", "for", "off", "out", "in", "up", "back"]);

/** A naming word within 4 words after the person's word, and a name within 2 words after it. */
function namedLater(words: string[], at: number, asked: Set<string>): boolean {
  for (let k = at + 1; k <= Math.min(words.length - 1, at + 4); k++) {
    if (!NAMING.has((words[k] as string).toLowerCase())) continue;
    // "four senators have called on Prime Minister Hun Sen": calling on someone names no senator.
    if (PHRASAL.has((words[k + 1] ?? "").toLowerCase())) continue;
    for (let j = k + 1; j <= Math.min(words.length - 1, k + 2); j++)
      if (isName(words[j] as string, asked)) return true;
  }
  return false;
}

/**
 * True when the capitalised word at `at` is part of a name the question gives: "Ed" in "Senator Ed Markey", asked
 * "who were the other three senators who signed on with Markey?".
 */
function besideAsked(words: string[], at: number, asked: Set<string>): boolean {
  return [at - 1, at + 1].some((k) => {
    const word = words[k];
    return (
      word !== undefined && /^\p{Lu}/u.test(word) && contentTokens(word).some((token) => asked.has(token))
    );
  });
}

/** A near word for the person from this cosine up: the story may call the teacher an instructor. */
export const NEAR_PERSON = 0.6;

/**
 * The last words of an institution's name, which name no person: "the State and Homeland Security Departments, the
 * girls…" names no girl.
 */
const INSTITUTION_TERMS = new Set(
  (
    "department ministry council committee agency office court party university school college team union " +
    "commission board bureau service force army police government church company corporation group house senate " +
    "congress parliament assembly administration authority"
  )
    .split(" ")
    .map(baseTerm),
);

function isName(word: string, asked: Set<string>): boolean {
  // Capitalised, not in capitals throughout: "CNRP" names a party, not a person.
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word) || NOT_NAMES.has(word)) return false;
  if (INSTITUTION_TERMS.has(baseTerm(word.toLowerCase()))) return false;
  const tokens = contentTokens(word);
  return tokens.length > 0 && tokens.every((token) => !asked.has(token));
}
