/** Word tokens for embedding, BM25 and sentence scoring: Unicode word segmentation, lower-cased, English stems. */
import stem from "wink-porter2-stemmer";
import { acronymsIn } from "./acronyms";

// Scripts written without spaces between words need a dictionary-based segmenter (ICU via Intl.Segmenter):
// Thai, Lao, Tibetan, Myanmar, Khmer, CJK ideographs, Hiragana/Katakana.
const NEEDS_SEGMENTER =
  /[\u0E00-\u0EFF\u0F00-\u0FFF\u1000-\u109F\u1780-\u17FF\u19E0-\u19FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
// Everything else splits on runs of letters, marks and digits (apostrophes inside words are kept out).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Initials written with full stops ("U.S.", "D.C.", "E.U.", "U.S.A."): one word, as when written without them
 * ("US", "DC", "EU"), so a question typed either way finds a story written either way.
 */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])\p{Lu}(?:\.\p{Lu})+\.?(?![\p{L}\p{N}])/gu;

/**
 * What the index terms of a text are, as a number saved with every BM25 index: an index saved with other terms
 * is rebuilt from its chunks' text when loaded (load-snapshot.ts). 1: dotted initials split into letters
 * ("U.S." as "u", "s"); 2: joined ("us", as "US").
 */
export const TERMS_VERSION = 2;

/** A cheap first look (most texts have none): a capital, a full stop, a capital. */
const MAYBE_INITIALS = /\p{Lu}\.\p{Lu}/u;

/** The text with dotted initials written without their stops ("the U.S. Senate" → "the US Senate"). */
export function joinInitials(text: string): string {
  return MAYBE_INITIALS.test(text) ? text.replace(DOTTED_INITIALS, (run) => run.replaceAll(".", "")) : text;
}

/**
 * Whether every token of a text is a piece of it as written, lower-cased: no dotted initials to join, no script
 * that needs the segmenter (term-keys.ts rules sentences out by their written words).
 */
export const tokensAsWritten = (text: string) => !MAYBE_INITIALS.test(text) && !NEEDS_SEGMENTER.test(text);

/** Made on first use: building one loads ICU's word-break data (≈ 20–50 ms), which most questions never need. */
let segmenter: Intl.Segmenter | undefined;

/**
 * Longest piece of text handed to the segmenter at once. ICU's word segmentation grows faster than linearly
 * on a long run of CJK text (70,000 characters in one question's context took minutes); pieces keep it linear.
 */
export const SEGMENT_PIECE_CHARS = 1000;
/** How far back from a hard cut a punctuation mark is looked for, so a long unspaced run is cut between words. */
const CUT_LOOKBACK = 200;
const PUNCTUATION = /\p{P}/u;

/** Where to cut a run with no whitespace at `limit`: after the last punctuation mark shortly before it, else there. */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i > Math.max(start, limit - CUT_LOOKBACK); i--) {
    if (PUNCTUATION.test(text[i] as string)) return i + 1;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit; // never between a surrogate pair
}

/**
 * The text in pieces of at most SEGMENT_PIECE_CHARS, joined whitespace-separated runs (no word spans
 * whitespace, so this changes no token); a longer run is cut after a punctuation mark, or hard at the limit.
 */
function* piecesOf(text: string): Generator<string> {
  let start = -1;
  let end = -1;
  for (const run of text.matchAll(/\S+/g)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    if (start >= 0 && runEnd - start <= SEGMENT_PIECE_CHARS) {
      end = runEnd;
      continue;
    }
    if (start >= 0) yield text.slice(start, end);
    start = runStart;
    while (runEnd - start > SEGMENT_PIECE_CHARS) {
      const cut = cutPoint(text, start, start + SEGMENT_PIECE_CHARS);
      yield text.slice(start, cut);
      start = cut;
    }
    end = runEnd;
  }
  if (start >= 0) yield text.slice(start, end);
}

/**
 * Splits text into lower-cased word tokens. Text in space-less scripts goes through `Intl.Segmenter`
 * (so Khmer, Thai and CJK come out as words); other text takes a regex fast path that gives the same
 * tokens for space-separated scripts at a fraction of the cost (see README, Performance).
 */
export function tokenize(text: string): string[] {
  return wordsOf(joinInitials(text));
}

/** tokenize() of a text whose dotted initials are already joined. */
function wordsOf(text: string): string[] {
  if (NEEDS_SEGMENTER.test(text)) {
    const out: string[] = [];
    for (const piece of piecesOf(text)) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
      for (const part of segmenter.segment(piece)) {
        if (part.isWordLike) out.push(part.segment.toLowerCase());
      }
    }
    return out;
  }
  return text.toLowerCase().match(WORD) ?? [];
}

/** Common English function words: weighted down by the embedder and ignored when scoring sentences. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself " +
    "his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours " +
    "ourselves out over own same she should so some such than that the their theirs them themselves then there these they this " +
    "those through to too under until up very was we were what when where which while who whom why will with would you your " +
    "yours yourself yourselves s t said says say according new one two week year years told many much long happen " +
    "happened happens tell get got make made like know"
  ).split(" "),
);

/**
 * Tokens that carry meaning: not stopwords. An acronym written in capitals is kept even when it spells a
 * stopword ("What does WHO stand for?").
 */
export function contentTokens(text: string): string[] {
  const joined = joinInitials(text);
  const acronyms = new Set(acronymsIn(joined).map((a) => a.toLowerCase()));
  return wordsOf(joined).filter((token) => !STOPWORDS.has(token) || acronyms.has(token));
}

const stems = new Map<string, string>();

/**
 * Longer tokens are kept as they are: no English word needs stemming past this, and the Porter2 stemmer's
 * regexes (/(.+)(us|ss)$/ and the like) take quadratic time on a long run of letters (a 30,000-letter
 * "word" in a question's context took 10 s).
 */
export const MAX_STEM_CHARS = 64;

const stemmed = (token: string) =>
  token.length > 3 && token.length <= MAX_STEM_CHARS && /^[a-z]+$/.test(token) ? stem(token) : token;

/** The index term for a token: the Porter2 stem for plain ASCII words (memoised), else the token itself. */
export function toTerm(token: string): string {
  let term = stems.get(token);
  if (term === undefined) {
    term = stemmed(token);
    if (stems.size < 500_000) stems.set(token, term);
  }
  return term;
}

/** toTerm, not memoised: for the hundreds of made-up spellings a typo is compared with (typo-words.ts). */
export function passingTerm(token: string): string {
  return stems.get(token) ?? stemmed(token);
}

/** Index terms of a text (what BM25, the embedder and quote scoring compare). */
export function terms(text: string): string[] {
  return tokenize(text).map(toTerm);
}

/** Index terms of the meaningful words of a text. */
export function contentTerms(text: string): string[] {
  return contentTokens(text).map(toTerm);
}

/**
 * A word's start without a short ending, for finding its other forms as written ("cambodia" finds "Cambodian",
 * "preferen" finds "Preferences"): all but its last three letters, and at least four.
 */
export function wordStart(word: string): string {
  return word.slice(0, Math.max(4, word.length - 3));
}
