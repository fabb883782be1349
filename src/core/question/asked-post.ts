/**
 * "Who is Tavessa's national police chief?", "Who is Cambodia's defence minister?": a post's holder, the post
 * named by a title ("chief", "minister") and the words before it that say which one ("national police",
 * "defence"). A story that names the title but not those words ("central bank chief", "foreign minister") is
 * about another post: a near miss.
 */
import { findExpansion, SYLLABIC } from "../../text/acronyms";
import { termsWithBaseForms } from "../../text/irregular-forms";
import { tagWords } from "../../text/part-of-speech";
import { sentenceBounds } from "../../text/split-sentences";
import { contentTokens, terms, toTerm } from "../../text/tokenize";
import { askedSentence } from "./answer-kind";

/** Titles of a post. */
const TITLE =
  /^(?:minister|secretary|chief|governor|president|ambassador|mayor|director|head|chair(?:man|woman|person)?|ceo|commissioner|spokes(?:man|woman|person)|premier|chancellor|envoy|administrator|prosecutor|commander|coach|captain|editor|treasurer|speaker)s?$/i;
/**
 * Other titles a story may give the same post: the head of a body is also its chief, director or chair. A title
 * with none of these in the story ("Who is the U.S. ambassador…" of a story with no ambassador) is another post.
 */
const HEADS = "head chief director leader boss chair chairman chairwoman chairperson president ceo executive";
const SAME_POST: Record<string, string> = {
  minister: "minister secretary",
  secretary: "secretary minister",
  ambassador: "ambassador envoy",
  envoy: "envoy ambassador",
  governor: `governor ${HEADS}`,
  mayor: "mayor",
  premier: "premier minister",
  chancellor: "chancellor minister",
  coach: "coach manager",
  captain: "captain",
};

/** Words before a title that do not say which post: "the current finance minister", "the top diplomat". */
const NOT_WHICH =
  /^(?:top|new|current|former|acting|interim|incoming|outgoing|next|previous|first|last|present|latest|sitting|then|permanent|caretaker)$/i;
/** "Who is…", "who's…", "who became…", "who served as…": who holds (or held) a post; not "who won…", "who met…". */
const ASKS_HOLDER =
  /^\s*(?:and |so )?who(?:['’]s|\s+(?:is|was|are|were|will be|has been|had been|became|becomes|served as|serves as))\s/i;
/** Tags of the words that name a post before its title. */
const POST_TAGS = new Set(["NOUN", "PROPN", "ADJ"]);

/** The post a who-question asks about: its title ("minister", lower-cased) and the words that say which, as written. */
interface AskedPost {
  title: string;
  which: string[];
}

/** The words that say which post a who-question asks about, lower-cased; empty for other questions. */
export function postWords(question: string): string[] {
  return (askedPost(question)?.which ?? []).map((word) => word.toLowerCase());
}

/** The title of the post a who-question asks about ("minister", "ambassador"), lower-cased, or null. */
export function postTitle(question: string): string | null {
  return askedPost(question)?.title ?? null;
}

/**
 * The post a who-question asks about, or null; the question's words are tagged once. Its words are kept as
 * written: "U.S." is read as one word only in capitals (tokenize.ts).
 */
function askedPost(question: string): AskedPost | null {
  const asked = askedSentence(question);
  if (!ASKS_HOLDER.test(asked)) return null;
  const words = tagWords(asked);
  // The title is the phrase's last noun: "governor" in "the 2013 virginia governor race" names a race.
  const at = words.findIndex(
    (w, i) =>
      i > 0 && POST_TAGS.has(w.tag) && TITLE.test(w.word) && !/^(?:NOUN|PART)$/.test(words[i + 1]?.tag ?? ""),
  );
  const title = words[at];
  if (!title) return null;
  const which: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i] as { word: string; tag: string };
    if (!POST_TAGS.has(word.tag) || /^who/i.test(word.word)) break;
    if (!NOT_WHICH.test(word.word)) which.unshift(word.word);
  }
  // "minister of defence", "head of the police": the common words after "of" say which post too (a name after
  // it is the question's name, checked as such).
  if (words[at + 1]?.word.toLowerCase() === "of") {
    let i = at + 2;
    if (words[i]?.tag === "DET") i++;
    for (; i < words.length; i++) {
      const word = words[i] as { word: string; tag: string };
      if (word.tag !== "NOUN" && word.tag !== "ADJ") break;
      which.push(word.word);
    }
  }
  return { title: title.word.toLowerCase().replace(/s$/, ""), which };
}

/**
 * True when the question asks for a post's holder and `text` lacks a word that says which post, or gives the
 * post no title of its kind (SAME_POST).
 */
export function postMissing(question: string, text: string): boolean {
  const post = askedPost(question);
  if (!post) return false;
  const { which } = post;
  const kin = SAME_POST[post.title];
  if (which.length === 0 && !kin) return false;
  const own = new Set(terms(text));
  if (kin && !kin.split(" ").some((word) => own.has(terms(word)[0] as string))) return true;
  // Each word read as the story's words are ("U.S." is one word there, as in the question).
  return which.some(
    (word) =>
      !spellings(word).some((spelling) => terms(spelling).every((term) => own.has(term))) &&
      !spelledOutIn(word, text),
  );
}

/** A word and its other English spelling: "defence" and "defense", "labour" and "labor", "centre", "center". */
function spellings(written: string): string[] {
  const word = written.toLowerCase();
  const other = word
    .replace(/ence$/, "ense")
    .replace(/ense$/, word.endsWith("ence") ? "ense" : "ence")
    .replace(/our$/, "or")
    .replace(/tre$/, "ter");
  const back = word.replace(/([^o])or$/, "$1our").replace(/ter$/, "tre");
  return [...new Set([written, other, back])];
}

/**
 * An acronym of the question that the story spells out instead: "the CCHR head" of a story that writes "the
 * Cambodian Center for Human Rights". Measured on the reporter sets (docs/performance.md, thirtieth round): 1 more
 * fact quoted, nothing else changed.
 */
function spelledOutIn(word: string, text: string): boolean {
  return (/^\p{Lu}{3,}$/u.test(word) || SYLLABIC.test(word)) && findExpansion(word, text) !== null;
}

/**
 * "Who leads the Candlelight Party?", "who runs CCHR", "who chairs the panel on the flag": whoever leads a body,
 * asked by the leading verb. The body is named up to a comma or the question's end.
 */
const ASKS_LEADER =
  /^\s*(?:and |so )?who(?:['’]s|\s+is|\s+was)?\s+(?:currently\s+)?(?:in charge of|at the helm of|the (?:head|boss|leader|chief) of|heads|runs|leads|chairs|helms|oversees)\s+([^,;?]+)/i;
/** Words of a body's name that say what it is, not which one: "the Candlelight Party" is named by "Candlelight". */
const BODY_KINDS = new Set(
  "party group body panel committee council organisation organization agency department ministry office company firm team union these days now currently today".split(
    " ",
  ),
);
/** Words that tell who leads a body. */
const LEADS =
  /\b(?:lead(?:s|er|ers|ing|ership)?|led|head(?:s|ed)?|chief|director|president|chair(?:s|ed|man|woman|person)?|boss|executive|ceo|founder|founded|run(?:s|ning)?|ran|secretary|minister|governor|commissioner|coordinator|manager|spokes(?:man|woman|person))\b/i;

/**
 * True when the question asks who leads a body and no sentence of `text` (with the one before it) tells who leads
 * something beside a word that names the body ("Candlelight"), or its acronym spelled out. A story that names the
 * Candlelight Party, and elsewhere that Malin leads a rights committee, does not say who leads the party.
 * Measured on the reporter sets, realtimeqa-dev and rtqa-archive-2023 (docs/performance.md, thirtieth round): 2
 * more near misses refused (one question, asked in two sets), none of the 13 answerable "who runs / heads / chairs"
 * questions lost; one archive question refused ("Who leads SAG-AFTRA?" of a story on the writers' strike), no
 * answer-hit changed.
 */
export function leaderMissing(asked: string, text: string): boolean {
  const body = ASKS_LEADER.exec(askedSentence(asked))?.[1];
  if (!body) return false;
  const names = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const words = contentTokens(body)
    .filter((word) => !BODY_KINDS.has(word))
    .map(toTerm);
  if (words.length === 0) return false;
  const acronyms = names.filter((word) => /^\p{Lu}{3,}$/u.test(word));
  const bounds = sentenceBounds(text);
  for (const [i, [from, to]] of bounds.entries()) {
    const sentence = text.slice(from, to);
    if (!LEADS.test(sentence)) continue;
    const beside = text.slice((bounds[i - 1] ?? [from])[0], to);
    const held = termsWithBaseForms(beside);
    if (words.some((word) => held.has(word))) return false;
    if (acronyms.some((acronym) => spelledOutIn(acronym, beside))) return false;
  }
  return true;
}
