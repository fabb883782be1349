/**
 * What the asker will do with the answer, written around the question by a broadcast, newsletter or data desk:
 * "lower third for the Cambodian FM who sat down with Blinken - just his name, 20 chars max", "Simon Ličen chyron -
 * what university is he at? under 30 chars", "[09:25] I say …", "… how many people were hurt, for the intro",
 * "Markey OTS: which Massachusetts city…". No story writes "chyron", "20 chars" or "[04:10]"; searched, they were
 * words the archive lacks ("chars" was even read as "cars"), and five questions of the forty-first blind set were
 * refused. They are not searched; the reply still echoes what was typed.
 */
import { QUESTION_WORDS } from "../../text/question-words";

/**
 * A length limit on the answer: "20 chars max", "under 30 chars", "max 40 characters", "(35 chars)", with the comma or
 * dash before it.
 */
const LENGTH_LIMIT =
  /(?:\s*[,;]|\s+[—–-])?\s*\(?\b(?:(?:max(?:imum)?|under|up to|no more than|less than|within|at most|fewer than)\s+)?\d{1,3}\s*(?:chars?|characters)\b(?:\s+(?:max(?:imum)?|tops|or less|or fewer|limit))?\)?/giu;

/** A podcast's or a script's timestamp in brackets: "[04:10]", "around [31:05]". */
const TIMESTAMP = /(?:\b(?:around|at|about|from)\s+)?\[\d{1,2}:\d{2}(?::\d{2})?\]/giu;

/**
 * The on-screen graphic the answer goes on, as a label: "lower third for …", "chyron for …", "name super for …",
 * "super for …", "Simon Ličen chyron - …", "Markey OTS: …", "full screen:". "Super" only so (a "super typhoon").
 */
const SCREEN_WORDS = String.raw`lower[- ]thirds?|chyrons?|name\s+supers?|OTS|full[- ]?screens?|name\s+straps?|astons?`;
const GRAPHIC = `(?:${SCREEN_WORDS}|supers?)`;
/** The same, as a place the answer goes: not a bare "super", which in "in the Super Bowl" is a name's word. */
const ON_SCREEN = `(?:${SCREEN_WORDS})`;
const GRAPHIC_LABEL = new RegExp(
  String.raw`^\s*${GRAPHIC}\s+for\s+|\b${GRAPHIC}(?:\s+(?:graphic|text|line|copy))?\s*(?::|\s[—–-])\s*`,
  "giu",
);

/**
 * The place in the asker's own work the answer is for: "for the intro", "in the cold open", "for the show notes",
 * "for the chart", "for the full screen", "for the contacts sheet"; a broadcast's "for the VO", "for the SOT", "for
 * the B-roll", "for the anchor read", and "for the super" at the question's end (not "in the Super Bowl"). Not a
 * story's own words: a story may have a chart, but no one asks the archive for what is "in the intro". The
 * broadcast words: 2 more facts quoted on blind set 79 (a TV producer's), no other outcome changed (fiftieth round).
 */
const PURPOSE = new RegExp(
  String.raw`(?:\s*[,;]|\s+[—–-])?\s*\b(?:for|in|on)\s+(?:the|my|our|this|tomorrow's|today's|tonight's)\s+(?:${ON_SCREEN}|intro|outro|cold open|show notes|episode notes|rundown|running order|newsletter|briefing|blurb|script|chart|graphic|caption|(?:mug\s+|photo\s+)?cutlines?|mugs?(?:\s?shots?)?|contacts? sheet|comparison column|spreadsheet|question card|quiz card|(?:picture|music|history|science|sports?|geography|general knowledge|news) round|vo|sot|vo\/sot|voice-?over|b-roll|anchor read|tease|super(?=\s*[?.!,;]|\s*$))\b`,
  "giu",
);

/**
 * A photo desk's words for the check it is making: "ID check: Am Sam Ath — title and group for the cutline?",
 * "cutline check: …", and "need the ID" after the question. A cutline is a caption; no story writes "cutline", and
 * "ID" was read as a name the archive lacks.
 */
const PHOTO_CHECK = /^\s*(?:IDs?|cutline|caption)\s+check\s*:\s*/iu;
const NEED_ID = /(?<=[?.!])\s*(?:i\s+)?(?:need|want)\s+(?:the\s+|an?\s+)?IDs?\s*[.!]?\s*$/iu;
/** A copy desk's "sp?" (is the spelling right?): "sp? cambodian FM — Prak Sokhon …", "analyst … — name sp?". */
const SPELLING_QUERY = /(?<![\p{L}\p{N}])\(?sp\?\)?(?![\p{L}\p{N}])/giu;

/**
 * A homepage editor's words for where the answer goes: "for the push alert", "for the hed", "SEO title needs the
 * number of …", "what's the title of Aner Shalev's novel? SEO needs it". Only after "for" ("what's in the headline?"
 * asks about a headline), or as the label that needs the answer, or on their own after the question.
 */
const HOMEPAGE = String.raw`(?:SEO(?:\s+title)?|hed|dek|headline|push(?:\s+alert)?|alert|social\s+(?:post|card)|tweet|homepage|splash|teaser|promo|kicker|fact\s?box|fact\s+file|sidebar)`;
const FOR_HOMEPAGE = new RegExp(
  String.raw`(?:\s*[,;]|\s+[—–-])?\s*\bfor\s+(?:the|my|our|this|a|tonight's|tomorrow's)\s+${HOMEPAGE}\b`,
  "giu",
);
const HOMEPAGE_NEEDS = new RegExp(
  String.raw`^\s*(?:the\s+|my\s+|our\s+)?${HOMEPAGE}\s+(?:needs|wants|requires)\s+`,
  "iu",
);
const HOMEPAGE_AFTER = new RegExp(
  String.raw`(?<=[?.!])\s*(?:the\s+)?${HOMEPAGE}(?:\s+(?:needs|wants)\s+(?:it|this|that))?\s*[.!]?\s*$`,
  "iu",
);

/** A student's or a teacher's work, the reason a question is asked (asks-advice.ts reads it too). */
export const COURSEWORK = String.raw`class|seminar|course|assignment|essay|thesis|dissertation|project|module|lecture|presentation|homework|worksheet|lesson(?:\s+plan)?|club|quiz`;
/**
 * Those the asker teaches or writes for, named as the reason a question is asked: a teacher's "For my students: …",
 * "for my pupils". Read off the hundred-and-twelfth blind set (docs/performance.md, sixty-first round).
 */
export const AUDIENCE = "students|pupils|learners|readers|listeners|viewers";

/**
 * The asker's own work, as a label before the question: "For my Year 10 civics worksheet: …", "For our school STEM
 * club: …", "for the podcast episode: …", and with a comma or none before what is asked ("for my project i need the
 * name of …"). Its names ("Year 10", "STEM") are the asker's, none the story must hold.
 */
const WORK_LABEL = new RegExp(
  String.raw`^\s*(?:(?:it['’]?s\s+)?for\s+(?:my|our)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:${COURSEWORK}|${AUDIENCE}|newsletter|podcast|episode|show|segment|piece|story|article|column|feature|explainer)\s*(?::|\s[—–-]|,|(?=\s+(?:i\s+(?:need|want|would like)|i['’]d like|${QUESTION_WORDS})\b))\s*)`,
  "iu",
);

/**
 * A press office introducing itself before the question: "Taipei City Government press office here. How does your
 * report describe …", "Environment Canada media relations. How long …". The office's words name no story; the
 * organisation's name stays, as "our lantern festival" is its.
 */
const PRESS_OFFICE =
  /\b(?:press\s+office|press\s+team|communications(?:\s+(?:team|office|department|desk))?|comms(?:\s+team)?|media\s+(?:relations|office|team)|PR\s+team)(?:\s+(?:here|again))?(?=\s*[.,:—–-]\s)/giu;

/**
 * The asker at work on the answer, in a clause after the question: ", I want to quote it right", ", I always forget
 * the middle word when I'm reading it", ", I wanna say it in full once before I start abbreviating". Its words
 * ("abbreviating", "middle") are none of the story's; only a clause that ends the sentence and says what the asker
 * will say, read out, quote, spell or write goes; not one holding a guess in quotes ("I was going to say 'a few
 * dozen'"), which helps find the sentence (asker-guesses.ts). AT_WORK is also what asks-advice.ts sets aside as the
 * asker's work rather than their situation.
 */
/** The longest such clause read: a longer one is no aside, and each read is bounded (hostile input stays linear). */
const ASIDE_CHARS = 160;
export const AT_WORK = String.raw`say|saying|read(?:ing)?\s+(?:it|them|this|that|out)|quote|quoting|pronounce|pronouncing|spell|spelling|abbreviat\p{L}*|(?:write|put|use|get)\s+(?:it|this|that|them)|set\s+up\s+the`;
const TRAILING_ASIDE = new RegExp(
  String.raw`(?:,|\s[—–-])\s*(?:(?:and|but|so)\s+)?(?:i|we)(?:['’](?:d|ll|m|ve|re))?\s(?![^,;?!.]{0,${ASIDE_CHARS}}\s['"‘“])(?=[^,;?!.]{0,${ASIDE_CHARS}}\b(?:${AT_WORK})\b)[^,;?!.]{0,${ASIDE_CHARS}}(?=[?!.]|$)`,
  "giu",
);

/**
 * How to say a name, asked beside it: "what's her name exactly, and is it like So-PHEAP?", "is it Te-DESK-ee?". The
 * respelling (a capitalised stress between hyphens) is no name a story writes; the asked name is still asked.
 */
const SAID_LIKE =
  /(?:,|\s)\s*(?:and\s+)?(?:is\s+it|it['’]?s|is\s+that|said|pronounced)\s+(?:(?:said\s+)?like\s+)?['"‘“]?([\p{L}]+(?:-[\p{L}]+)+)['"’”]?\s*(?=\?|$)/gu;
/**
 * How to say a name, asked after the question: "also is Bos said like 'boss'?", "and how on earth do I pronounce
 * it". The sound-alike word ("boss") is no word of the story.
 */
const PRONOUNCED =
  /(?:^|[,.?!]|\s)\s*(?:(?:also|and|oh and|btw)\s+)?(?:(?:is|are|was)\s+(?:[\p{L}'’-]+\s+){1,3}(?:said|pronounced)\s+(?:like|as)\s+['"‘“]?[\p{L}'’ -]{1,30}?['"’”]?|how\s+(?:on\s+earth\s+|exactly\s+)?(?:do|should|would|can)\s+(?:i|you|we)\s+(?:pronounce|say)\s+(?:it|that|this|his|her|their|the\s+name)(?:\s+name)?)\s*(?=\?|$)/giu;

/**
 * A respelling's parts: one in capitals (the stress), with a capitalised part before it or one in lower case after
 * it ("So-PHEAP", "Te-DESK-ee"); not "anti-CCP" or "non-NATO".
 */
const isRespelling = (word: string) => {
  const parts = word.split("-");
  const stress = parts.findIndex((part) => /^\p{Lu}{2,}$/u.test(part));
  if (stress < 0) return false;
  const before = parts.slice(0, stress).some((part) => /^\p{Lu}\p{Ll}/u.test(part));
  return before || parts.slice(stress + 1).some((part) => /^\p{Ll}+$/u.test(part));
};

/** The notes, in the order they are taken out. */
const STEPS: [RegExp, string | ((clause: string, word: string) => string)][] = [
  [TIMESTAMP, " "],
  [WORK_LABEL, ""],
  [PRESS_OFFICE, " "],
  [LENGTH_LIMIT, " "],
  [PHOTO_CHECK, ""],
  [SPELLING_QUERY, " "],
  [NEED_ID, ""],
  [PURPOSE, " "],
  [FOR_HOMEPAGE, " "],
  [HOMEPAGE_NEEDS, ""],
  [HOMEPAGE_AFTER, ""],
  [TRAILING_ASIDE, ""],
  [SAID_LIKE, (clause, word) => (isRespelling(word) ? "" : clause)],
  [PRONOUNCED, ""],
  [GRAPHIC_LABEL, " "],
];

/** The question without the notes on what the answer is for; the question itself when that is all it holds. */
export function withoutProductionNotes(question: string): string {
  let bare = question;
  // Spaces are collapsed after each step: a run of them left by the last one would make the next one's optional
  // leading spaces quadratic ("[1:11] " typed 6,000 times took 1.4 s).
  for (const [pattern, replacement] of STEPS)
    bare = bare.replace(pattern, replacement as string).replace(/\s{2,}/g, " ");
  bare = bare
    .replace(/\s+([,.;:?!])/g, "$1")
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, "")
    .trim();
  return /[\p{L}\p{N}]/u.test(bare) ? bare : question;
}
