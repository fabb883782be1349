/**
 * A deterministic, seeded generator of news-like articles: a fixed vocabulary of function words and
 * Zipf-distributed pseudo-words, capitalised names and places, numbers, quotes; ~1,100 words an article
 * (≈10 chunks of 700 characters), paragraphs of 1–3 sentences. Same seed, same articles, on any machine.
 */

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

export interface Vocabulary {
  words: string[];
  names: string[];
  /** Cumulative Zipf weights over `words` (exponent 1.05), for sampling by binary search. */
  cumulative: Float64Array;
}

export function createVocabulary(seed = 42): Vocabulary {
  const random = createRandom(seed);
  const make = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  };
  const seen = new Set<string>(FUNCTION_WORDS);
  const words: string[] = [];
  while (words.length < VOCABULARY) {
    const w = make(2, 4);
    if (!seen.has(w)) {
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
  return { words, names, cumulative };
}

function zipfWord(v: Vocabulary, random: () => number): string {
  const target = random() * (v.cumulative[v.cumulative.length - 1] as number);
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.cumulative[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo] as string;
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

/** Article `i` of the corpus for `seed`; `revision` > 0 changes one paragraph (for incremental ingest). */
export function generateArticle(v: Vocabulary, seed: number, i: number, revision = 0): GeneratedArticle {
  const random = createRandom(seed * 1_000_003 + i);
  const topic = Array.from({ length: 6 }, () =>
    random() < 0.5 ? zipfWord(v, random) : (v.names[Math.floor(random() * v.names.length)] as string),
  );
  const targetWords = 900 + Math.floor(random() * 450);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const count = 1 + Math.floor(random() * 3);
    const p = Array.from({ length: count }, () => sentence(v, random, topic)).join(" ");
    words += p.split(" ").length;
    paragraphs.push(p);
  }
  if (revision > 0) paragraphs.push(sentence(v, createRandom(revision * 7919 + i), topic));
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  return {
    url: `https://bench.example/news/${i}`,
    title: sentence(v, random, topic).slice(0, 80),
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
