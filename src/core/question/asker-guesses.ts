/**
 * The asker's own guess after a question: "Which American official did he sit down with? I think it was Antony
 * Blinken but my husband says Pompeo.", "Which city was that? Lawrence?", "How many pilgrims died? I think it was
 * 1990.", "What was the turnout? I think you said 68%?", "I heard 36 million dollars", "Was it 130 pages?". A guess may be wrong: a name, a year or a number in it
 * that the archive lacks does not make the question one the archive cannot answer, and it says nothing about
 * which story. The question is read without it (it still helps the search, as an earlier question of a thread
 * does); the reply echoes what was typed.
 */
import { QUESTION_WORDS as WH } from "../../text/question-words";
import { sentenceBounds } from "../../text/split-sentences";
import { questionEntities } from "./question-entities";

/** A sentence that asks: a question mark, or a question word first. */
const ASKS = new RegExp(String.raw`\?|^(?:and |so )?(?:${WH})\b`, "i");

/**
 * A guess said as one: "I think it was …", "I remember around 800.", "I want to say 2017?", "my husband says
 * Pompeo", "maybe 2006?", "I might have the biologist's name wrong, Nick Boss?", what others say ("someone said 2018",
 * "people keep saying May 12").
 */
const GUESS_FIRST =
  /^(?:(?:and |but )?i (?:think|thought|believe|remember|recall|reckon|guess|assume|heard|saw|read|was told|want to say|(?:might|may|could) (?:have|be))|i'?m (?:pretty |fairly |almost )?(?:sure|certain)|pretty sure|(?:my|our) (?:husband|wife|partner|friend|dad|father|mum|mom|mother|son|daughter|brother|sister|colleague|boss|editor|neighbou?r|teacher) (?:says|said|thinks|thought|reckons|insists|swears|swore)|(?:some ?(?:one|body)|people|ppl|every ?(?:one|body)|they) (?:keep |keeps )?(?:says?|said|saying|told me|reckons?|thinks?)|maybe|perhaps|probably|(?:or )?was it|wasn'?t it)\b/i;

/** A guess said as a fragment after the question: "Lawrence?", "2006?", "Ten dollars?", "Edwardsia something?". */
const FRAGMENT = new RegExp(
  String.raw`^(?!(?:and |so )?(?:${WH}|is|are|was|were|did|does|do|can|could)\b)\S+(?:\s+\S+){0,2}\s*\?$`,
  "i",
);

/**
 * A guess as a tag question after the question: "It's some party with a light-related name, right?", "… 2017,
 * wasn't it?".
 */
const TAGGED =
  /(?:,|\s)\s*(?:right|yes|no|correct|yeah|isn['’]t it|wasn['’]t it|didn['’]t (?:he|she|they|it))\s*\?$/i;

/**
 * The asker's aside about themselves after the question: "I'm going to butcher the Latin on air anyway but I'd
 * like to at least read it right.", "I don't want to get his name wrong.", "My notes are a mess.", "I keep wanting
 * to say Freedom, which I'm pretty sure is wrong." It says how they will use the answer, not what is asked; a
 * name in it ("Latin", "Freedom") is none the story must hold. Not what they say they need: "I want the real
 * attendance number." narrows the question; "I need it for our Wahlkalender." says only where the answer goes.
 */
const ASIDE =
  /^(?:(?:but|and|so|because|though|although|honestly|anyway)\s+)?(?:i|i['’](?:m|d|ve|ll)|my|mine|mine['’]s|we['’](?:re|ve|ll)|our)(?![\p{L}'’])/iu;
const NEEDS =
  /^(?:i|we)(?:['’]d| would)?\s+(?:really\s+)?(?:need|want|am after|['’]m after|am looking for|['’]m looking for)\b(?!\s+to\b)(?!\s+(?:it|this|that|them|these|those)\s+for\b)/i;
const aside = (sentence: string) => ASIDE.test(sentence) && !sentence.includes("?") && !NEEDS.test(sentence);

/**
 * A sceptic's doubt after the question, whether the story says it at all: "How old is Tina McKenzie supposedly? Does
 * the interview even say?", "… how many — do they even say?". It asks nothing the question did not; searched, "even"
 * and "say" found nothing and "interview" any interview.
 */
const DOUBT =
  /^(?:(?:and|but|so)\s+)?(?:does|do|did|will|would)\s+(?:it|they|he|she|the\s+(?:story|piece|article|interview|report|archive|paper))\s+(?:even|actually|really|ever)\s+(?:say|name|give|mention|tell|report|count|bother)(?:\s+(?:it|that|so|us|him|her|them|one))?\s*\?*$/i;

/**
 * The same doubt as an alternative closing the question: "Does it actually give the final death toll from Cyclone
 * Phailin, or is that made up?", "…, or nah?", "…, or just 'near Mecca'?", "Who was that, if they even name him?",
 * "how many — do they even say?". Not set aside, nor searched: "made up" is no word of the story.
 */
const TRAILING_DOUBT =
  /(?:,?\s+or\s+(?:is\s+(?:that|it)\s+(?:(?:just|all|simply|not)\s+)?(?:made up|vague|hype|a myth|glossed over|an exaggeration|in there|not in there)|not|nah|not really|just hype|just\s+['‘][^'’?]{1,40}['’])|,\s*if\s+(?:they|it|the story|the piece)\s+(?:even\s+|actually\s+)?(?:name|say|mention|give)s?(?:\s+(?:him|her|it|them|that|one))?|\s*[—–-]+\s*(?:do|does|did)\s+(?:they|it)\s+(?:even|actually|really)\s+(?:say|count|name|give)(?:\s+(?:it|that|so|one))?)(?=\?*\s*$)/iu;

/**
 * The asker's situation before what is asked, up to a colon or a dash: "So one detail I want to mention when we
 * talk about the run-up to the vote: which opposition party…", "This homeopathy case is grim but I want to cover
 * it carefully — who was the Crown prosecutor…", "Sorry, I might have his name wrong: Robert Sarvis?". It speaks of
 * the asker ("I", "we", "my"), asks nothing and names nothing; its words still help the search.
 */
const PREFACE = /^([^:—–?]{8,160}?)(?::|\s[—–-])\s+(?=\S)/u;
const FIRST_PERSON = /\b(?:[Ii]|[Ii]['’](?:m|d|ve|ll)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]y|[Oo]ur|me|us)\b/;
const ASKS_FIRST = new RegExp(String.raw`^(?:(?:and|so|then)\s+)?(?:${WH})\b`, "i");
const QUESTION_WORD = new RegExp(String.raw`\b(?:${WH})\b`, "i");
function withoutPreface(question: string): { rest: string; preface: string | null } {
  const match = PREFACE.exec(question);
  const preface = match?.[1];
  // A preface that names something ("Before we record the Mecca segment: …", "I wanted to ask about the Hajj
  // stampede in 2006: …") may say which story: it stays asked.
  if (
    !match ||
    !preface ||
    !FIRST_PERSON.test(preface) ||
    QUESTION_WORD.test(preface) ||
    questionEntities(preface).length > 0
  )
    return { rest: question, preface: null };
  const rest = question.slice(match[0].length);
  // What is left must be a question of its own, not "should I be worried?" after "My cat keeps throwing up
  // hairballs —".
  return ASKS_FIRST.test(rest) ? { rest, preface } : { rest: question, preface: null };
}

/**
 * The question without the asker's guesses after its first asking sentence, and without the asker's asides
 * (ASIDE, after it) and situation (PREFACE, before it). The guesses may still help find the story and its
 * sentence (read as earlier questions of the thread are), but are not what is asked. The asides and the situation
 * are neither asked nor searched: "Mine's died and I'm not sure who to ask." found a story that says "died".
 */
export function splitGuesses(question: string): { asked: string; guesses: string[]; asides: string[] } {
  // "Jack Herrington, no, Herrick, where …": read as corrected, then split as any question is.
  const corrected = withSelfCorrections(question.trim());
  if (corrected !== question.trim()) return splitGuesses(corrected);
  // "…, or is that made up?": read without the doubt.
  const undoubted = question.trim().replace(TRAILING_DOUBT, "");
  if (undoubted !== question.trim()) return splitGuesses(undoubted);
  const { bare, remarks } = withoutRemarks(question.trim());
  const { rest, preface } = withoutPreface(bare);
  const split = guessesAfter(rest);
  const asides = preface ? [preface, ...split.asides] : split.asides;
  if (!preface && split.guesses.length === 0 && split.asides.length === 0 && remarks.length === 0)
    return { asked: question, guesses: [], asides: [] };
  return { asked: split.asked, guesses: [...remarks, ...split.guesses], asides };
}

/**
 * A word the asker takes back as they type: "Jack Herrington, no, Herrick", "I want to say 2018... no, 2017?",
 * "Herrington — I mean Herrick". The word before the correction is not asked ("Herrington" was read as a name the
 * archive lacks); the correction is. Not an apology before what is asked ("… that US trade preference program — sorry,
 * do you know what year that was?"). Read from a word's start only: from every letter of a long run, the run was
 * read again (quadratic).
 */
const SELF_CORRECTION =
  /(?<![^\s,.…—–-])[^\s,.…—–-]+(?:,|\.{2,}|…|\s[—–-])\s*(?:(?:no|nope|wait)\s*,|sorry\s*,(?!\s*(?:do|does|did|can|could|would|will|is|are|was|were|any ?(?:one|body)|who|whom|whose|what|when|where|which|why|how)\b)|i mean\b|or rather\b)\s*(?=\S)/giu;
export const withSelfCorrections = (question: string): string => question.replace(SELF_CORRECTION, "");

/**
 * The asker's remarks in brackets, of REMARK_WORDS words or more: "On what vessel does Valeska Paris say she was
 * held for a dozen years (a cruise ship owned by the Church, as I understand it)?", "… (cf. your report on the
 * Australian woman's allegations against Scientology)". What they believe or where they read it helps find the
 * story, as a guess does, but is not asked: "the Church" is no name the answer must hold. Not "(EBA)", "(2015)" or
 * a bracket that asks ("(or was it 2017?)", read as a guess after the question is), nor one without which the
 * question says little ("GSP = ? (the US trade program Cambodia wants renewed)").
 */
const REMARK = /\s*\(([^()?]{3,300})\)/g;
const REMARK_WORDS = 4;
/**
 * A post's hashtags after what it asks: "🔥 which naval base came up in the Cambodia–US talks?? #Cambodia #Blinken
 * #SouthChinaSea". They file the post, as a remark does; "#SouthChinaSea" is no name the story must hold. A hashtag
 * inside the question ("who started the #IStandWithAhmed hashtag?") is asked.
 */
const TRAILING_TAGS = /(?<=[?.!]\s*)((?:#[\p{L}\p{N}_]+\s*){1,12})$/u;
/**
 * … or before it, where a thread's post opens with its tags: "🧵 1/ #NationalMagicMonth 🎩 where did William Evans get
 * sworn in …". Only tags the question then starts after with its question word; a tag that is the question's subject
 * ("#IStandWithAhmed: who started it") is asked.
 */
const LEADING_TAGS = new RegExp(
  String.raw`^((?:#[\p{L}\p{N}_]+\s+){1,12})(?=(?:and |so )?(?:${WH})\b)`,
  "iu",
);
/**
 * What the asker believes, said after what they ask, between a comma and the question mark: "How many pilgrims were
 * trampled in the 1991 Hajj stampede, which I understand was the worst one?", ", as I recall?". A remark, as a bracket
 * is: it helps find the story but is not asked ("I" is no asker's situation).
 */
const TRAILING_BELIEF =
  /,\s*(?:which|who|as|that)\s+I\s+(?:understand|believe|think|gather|recall|remember|reckon|assume|suppose)\b[^,?()]{0,80}(?=\?*\s*$)/u;
function withoutRemarks(question: string): { bare: string; remarks: string[] } {
  const believed = TRAILING_BELIEF.exec(question);
  if (believed) {
    const { bare, remarks } = withoutRemarks(`${question.slice(0, believed.index)}?`);
    return { bare, remarks: [...remarks, believed[0].replace(/^,\s*/, "")] };
  }
  const leading = LEADING_TAGS.exec(question);
  if (leading) {
    const { bare, remarks } = withoutRemarks(question.slice(leading[0].length));
    return { bare, remarks: [(leading[1] as string).trim(), ...remarks] };
  }
  const tagged = TRAILING_TAGS.exec(question);
  if (tagged) {
    const { bare, remarks } = withoutRemarks(question.slice(0, tagged.index).trimEnd());
    return { bare, remarks: [...remarks, tagged[1] as string] };
  }
  const remarks: string[] = [];
  const bare = question.replace(REMARK, (whole, inner: string) => {
    if (inner.trim().split(/\s+/).length < REMARK_WORDS) return whole;
    remarks.push(inner.trim());
    return "";
  });
  // "acronym tab: GSP = ? (the US trade program Cambodia wants renewed)": the bracket says what is asked about.
  if (!remarks.length || bare.trim().split(/\s+/).length < ASKED_WORDS)
    return { bare: question, remarks: [] };
  return { bare: bare.trim(), remarks };
}
/** Words the question must keep without its remarks, for them to be remarks. */
const ASKED_WORDS = 6;

function guessesAfter(question: string): { asked: string; guesses: string[]; asides: string[] } {
  const text = question.trim();
  const sentences = sentenceBounds(text).map(([from, to]) => text.slice(from, to).trim());
  const first = sentences.findIndex((sentence) => ASKS.test(sentence));
  if (first < 0) return { asked: question, guesses: [], asides: [] };
  const guessed = (sentence: string, i: number) =>
    i > first && (GUESS_FIRST.test(sentence) || FRAGMENT.test(sentence) || TAGGED.test(sentence));
  const asideAt = (sentence: string, i: number) =>
    i > first && !guessed(sentence, i) && (aside(sentence) || DOUBT.test(sentence));
  const guesses = sentences.filter(guessed);
  const asides = sentences.filter(asideAt);
  if (guesses.length === 0 && asides.length === 0) return { asked: question, guesses, asides };
  const asked = sentences.filter((sentence, i) => !guessed(sentence, i) && !asideAt(sentence, i)).join(" ");
  return { asked, guesses, asides };
}

/**
 * The asker's own story before what is asked, in a letter to the editor: "Having served in the Royal Navy in my
 * youth, I was naturally drawn to …", "As a boy I watched the sky for Sputnik, so I was enchanted by your interview
 * about Stardust@home." Sentences that speak of the asker (I, my, me), ask nothing (no question mark) and stand
 * before the last one that does. Its names are the asker's ("Royal Navy", "Sputnik"), none the story must hold.
 */
export function askerStory(question: string): [number, number][] {
  const bounds = sentenceBounds(question);
  let asking = bounds.length - 1;
  while (asking >= 0 && !question.slice(...(bounds[asking] as [number, number])).includes("?")) asking--;
  return bounds.filter(([from, to], i) => {
    const sentence = question.slice(from, to);
    return i < asking && !sentence.includes("?") && OWN.test(sentence);
  });
}
/** The asker alone, not FIRST_PERSON's "we" and "our": a newsroom's "our story" is the story asked about. */
const OWN = /\b(?:I|[Mm]y|[Mm]e|I['’](?:m|ve|d))\b/;
