/**
 * A deterministic, seeded generator of news-like articles. Same seed, same articles, on any machine.
 *
 * Default ("topical"): news is about something. 400 topics (beats: a council, a club, a court case, …) each
 * have their own Zipf-weighted vocabulary of 120 content words and 25 named people and places; an article
 * has one main topic (≈30 % of its words), sometimes a second one (≈6 %), a "story" of its own (4 rare
 * words and 3 names it repeats, like the particulars of one event), function words (≈35 %), numbers,
 * quotes, and the rest from the general 20k-word Zipf vocabulary (the 20k most frequent plain English words
 * of the GloVe list the local embedder uses; names are made of syllables). ~780 words an article (≈10 chunks of
 * 700 characters), paragraphs of 1–3 sentences. Articles of one topic therefore share vocabulary the way
 * a newsroom's coverage of one beat does, which is what gives hashed vectors their neighbourhoods.
 *
 * `iid` (the previous generator, `npm run bench -- --iid`): every word drawn independently from the one
 * Zipf vocabulary plus 6 per-article words: chunks are near-random vectors, the worst case for a graph index.
 */

import { wordVectors } from "../../src/embedders/word-vectors";

/** mulberry32: a small, fast, seedable PRNG. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  "the of and to in a that for on with as by at from was is said has have had were will would it its their this which after about more than also who over into but not been".split(
    " ",
  );
const SYLLABLES =
  "ba be bi bo bu ca co da de di do fa fe fi ga go ha he ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi wa we ya yo za zo".split(
    " ",
  );
const VOCABULARY = 20_000;
const NAMES = 2_000;
/** Names of the topical corpus's people and places (generated after the i.i.d. ones, which stay as they were). */
const TOPICAL_NAMES = 6_000;
const TOPICS = 400;
const TOPIC_WORDS = 120;
const TOPIC_NAMES = 25;

export interface Topic {
  words: string[];
  /** Cumulative Zipf weights over `words` (exponent 1.0). */
  cumulative: Float64Array;
  names: string[];
}

export interface Vocabulary {
  words: string[];
  names: string[];
  /** Cumulative Zipf weights over `words` (exponent 1.05), for sampling by binary search. */
  cumulative: Float64Array;
  topics: Topic[];
  topicalNames: string[];
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sampleIndex(cumulative: Float64Array, random: () => number): number {
  const target = random() * (cumulative[cumulative.length - 1] as number);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createVocabulary(seed = 42): Vocabulary {
  const random = createRandom(seed);
  const make = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  };
  // General words: the most frequent plain English words of the embedder's word-vector list (so the
  // local embedder's word vectors take part, as they do on real news); names stay made-up.
  const seen = new Set<string>(FUNCTION_WORDS);
  const words: string[] = [];
  for (const w of wordVectors().words) {
    if (words.length === VOCABULARY) break;
    if (/^[a-z]{3,}$/.test(w) && !seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const names: string[] = [];
  while (names.length < NAMES) {
    const w = make(2, 3);
    if (!seen.has(w)) {
      seen.add(w);
      names.push(w[0]?.toUpperCase() + w.slice(1));
    }
  }
  const cumulative = new Float64Array(VOCABULARY);
  let sum = 0;
  for (let i = 0; i < VOCABULARY; i++) cumulative[i] = sum += 1 / (i + 1) ** 1.05;
  // Topic vocabularies: content words from below the 300 most common general words (topics share some).
  const topicCumulative = new Float64Array(TOPIC_WORDS);
  let topicSum = 0;
  for (let i = 0; i < TOPIC_WORDS; i++) topicCumulative[i] = topicSum += 1 / (i + 1);
  const topicalNames: string[] = [];
  while (topicalNames.length < TOPICAL_NAMES) {
    const w = make(2, 4);
    if (!seen.has(w)) {
      seen.add(w);
      topicalNames.push(w[0]?.toUpperCase() + w.slice(1));
    }
  }
  const topics: Topic[] = Array.from({ length: TOPICS }, () => ({
    words: Array.from(
      { length: TOPIC_WORDS },
      () => words[300 + Math.floor(random() * (VOCABULARY - 300))] as string,
    ),
    cumulative: topicCumulative,
    names: Array.from({ length: TOPIC_NAMES }, () => pick(topicalNames, random)),
  }));
  return { words, names, cumulative, topics, topicalNames };
}

function zipfWord(v: Vocabulary, random: () => number): string {
  return v.words[sampleIndex(v.cumulative, random)] as string;
}

function topicWord(topic: Topic, random: () => number): string {
  return topic.words[sampleIndex(topic.cumulative, random)] as string;
}

interface Story {
  main: Topic;
  second: Topic | undefined;
  /** Words and names particular to this article's event. */
  words: string[];
  names: string[];
}

function topicalSentence(v: Vocabulary, random: () => number, story: Story): string {
  const length = 8 + Math.floor(random() * 22);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.35) out.push(pick(FUNCTION_WORDS, random));
    else if (r < 0.63) out.push(topicWord(story.main, random));
    else if (r < 0.68) out.push(pick(story.main.names, random));
    else if (r < 0.72) out.push(pick(story.words, random));
    else if (r < 0.75) out.push(pick(story.names, random));
    else if (r < 0.81 && story.second) out.push(topicWord(story.second, random));
    else if (r < 0.83) out.push(pick(v.topicalNames, random));
    else if (r < 0.86) out.push(String(Math.floor(random() * 2000)));
    else out.push(zipfWord(v, random));
    if (i > 2 && i < length - 2 && random() < 0.06) out[out.length - 1] += ",";
  }
  const text = out.join(" ");
  const capitalised = text[0]?.toUpperCase() + text.slice(1);
  return random() < 0.1 ? `“${capitalised},” ${pick(story.names, random)} said.` : `${capitalised}.`;
}

function sentence(v: Vocabulary, random: () => number, topic: string[]): string {
  const length = 8 + Math.floor(random() * 22);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.35) out.push(FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] as string);
    else if (r < 0.45) out.push(topic[Math.floor(random() * topic.length)] as string);
    else if (r < 0.52) out.push(v.names[Math.floor(random() * v.names.length)] as string);
    else if (r < 0.55) out.push(String(Math.floor(random() * 2000)));
    else out.push(zipfWord(v, random));
    if (i > 2 && i < length - 2 && random() < 0.06) out[out.length - 1] += ",";
  }
  const text = out.join(" ");
  const capitalised = text[0]?.toUpperCase() + text.slice(1);
  return random() < 0.1
    ? `“${capitalised},” ${v.names[Math.floor(random() * v.names.length)]} said.`
    : `${capitalised}.`;
}

export interface GeneratedArticle {
  url: string;
  title: string;
  published: string;
  publisher: string;
  text: string;
}

export type CorpusKind = "topical" | "iid";

/** Article `i` of the corpus for `seed`; `revision` > 0 changes one paragraph (for incremental ingest). */
export function generateArticle(
  v: Vocabulary,
  seed: number,
  i: number,
  revision = 0,
  kind: CorpusKind = "topical",
): GeneratedArticle {
  if (kind === "iid") return generateIidArticle(v, seed, i, revision);
  const random = createRandom(seed * 1_000_003 + i);
  const main = pick(v.topics, random);
  const story: Story = {
    main,
    second: random() < 0.5 ? pick(v.topics, random) : undefined,
    words: Array.from(
      { length: 4 },
      () => v.words[1000 + Math.floor(random() * (VOCABULARY - 1000))] as string,
    ),
    names: [...Array.from({ length: 2 }, () => pick(v.topicalNames, random)), pick(main.names, random)],
  };
  const targetWords = 630 + Math.floor(random() * 300);
  return assembleArticle(i, revision, random, targetWords, (r) => topicalSentence(v, r, story));
}

/** The previous generator: words i.i.d. from one Zipf vocabulary (near-random hashed vectors). */
function generateIidArticle(v: Vocabulary, seed: number, i: number, revision: number): GeneratedArticle {
  const random = createRandom(seed * 1_000_003 + i);
  const topic = Array.from({ length: 6 }, () =>
    random() < 0.5 ? zipfWord(v, random) : (v.names[Math.floor(random() * v.names.length)] as string),
  );
  const targetWords = 900 + Math.floor(random() * 450);
  return assembleArticle(i, revision, random, targetWords, (r) => sentence(v, r, topic));
}

/**
 * Paragraphs of 1–3 sentences up to `targetWords`, one extra sentence per revision, a title and a date;
 * the draws from `random` come in the same order for both corpus kinds.
 */
function assembleArticle(
  i: number,
  revision: number,
  random: () => number,
  targetWords: number,
  say: (random: () => number) => string,
): GeneratedArticle {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const count = 1 + Math.floor(random() * 3);
    const p = Array.from({ length: count }, () => say(random)).join(" ");
    words += p.split(" ").length;
    paragraphs.push(p);
  }
  if (revision > 0) paragraphs.push(say(createRandom(revision * 7919 + i)));
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  return {
    url: `https://bench.example/news/${i}`,
    title: say(random).slice(0, 80),
    published: `2023-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    publisher: "Bench Gazette",
    text: paragraphs.join("\n\n"),
  };
}

/** A question built from a sentence of an article: a few of its rarer words in a question frame. */
export function questionFor(article: GeneratedArticle, random: () => number): string {
  const paragraphs = article.text.split("\n\n");
  const p = paragraphs[Math.floor(random() * paragraphs.length)] as string;
  const words = p
    .replace(/[“”.,]/g, "")
    .split(" ")
    .filter((w) => w.length > 4 && !/^\d+$/.test(w));
  const picked = Array.from({ length: 4 }, () => words[Math.floor(random() * words.length)]).filter(Boolean);
  return `What did the report say about ${picked.join(" ")}?`;
}
