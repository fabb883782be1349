/**
 * A labelled near-duplicate set made from real articles: each article gets copies the way newsrooms make
 * them (light edits, trimmed paragraphs, a new headline, another publisher, an updated version), and a
 * different follow-up story that reuses some of its background paragraphs. Scored pair by pair against
 * clusterArticles. Deterministic (seeded); used by tools/eval/dedupe-eval.ts and test/eval/near-duplicates.test.ts.
 */
import { type ClusterInput, clusterArticles } from "../../src/index/build/near-duplicates";

export interface BaseArticle {
  id: string;
  text: string;
  published: string | null;
}

export interface LabelledDoc extends ClusterInput {
  /** Documents with the same story are near-duplicates of each other. */
  story: string;
  kind: "original" | "light-edits" | "trimmed" | "reprint" | "updated" | "follow-up";
}

/** mulberry32: a small seeded PRNG, so the set is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const SWAPS: Record<string, string> = {
  said: "stated",
  says: "states",
  told: "informed",
  also: "additionally",
  however: "but",
  people: "persons",
  government: "administration",
  after: "following",
  about: "around",
  because: "since",
  many: "numerous",
  big: "large",
  help: "assist",
  began: "started",
  show: "demonstrate",
};

/** Copy-desk edits: about one word in `every` replaced by a synonym, dropped, or a number changed. */
function lightEdits(text: string, rand: () => number, every = 30): string {
  return text.replace(/[A-Za-z0-9]+/g, (word) => {
    if (rand() >= 1 / every) return word;
    const swap = SWAPS[word.toLowerCase()];
    if (swap) return swap;
    if (/^\d+$/.test(word)) return String(Number(word) + 1);
    return rand() < 0.5 ? "" : `${word},`;
  });
}

/**
 * Makes the labelled set: per original its four copies and one follow-up story. Every third base is not an
 * original but gives two follow-ups their new reporting.
 */
export function makeNearDupSet(bases: BaseArticle[], seed = 16): LabelledDoc[] {
  const rand = random(seed);
  const docs: LabelledDoc[] = [];
  bases.forEach((base, index) => {
    const paragraphs = paragraphsOf(base.text);
    if (index % 3 === 2 || paragraphs.length < 3) return;
    const later = base.published ? `${base.published.slice(0, 4)}-12-31` : null;
    const story = base.id;
    const add = (kind: LabelledDoc["kind"], text: string, published = base.published, ownStory = story) =>
      docs.push({ id: `${base.id}#${kind}`, text, published, story: ownStory, kind });
    add("original", paragraphs.join("\n\n"));
    // A new headline goes on top; the copy desk touches one word in 30.
    add("light-edits", [`New headline for ${index}`, lightEdits(paragraphs.join("\n\n"), rand)].join("\n\n"));
    // The wire trims from the bottom (keeps about 60 %) and cuts one middle paragraph.
    const kept = paragraphs.slice(0, Math.max(2, Math.ceil(paragraphs.length * 0.6)));
    if (kept.length >= 5) kept.splice(Math.floor(kept.length / 2), 1);
    add("trimmed", kept.join("\n\n"));
    // Another publisher: dateline, light edits, its own credit line.
    add(
      "reprint",
      [
        `Reprinted headline ${index}`,
        `(Other Wire) — ${lightEdits(paragraphs.join("\n\n"), rand, 40)}`,
        "Reporting by a staff writer; editing by the desk.",
      ].join("\n\n"),
    );
    // The same publisher's update: a note on top, a new paragraph, small edits.
    const next = [
      `The latest figures came in on ${later ?? "Friday"}, officials for the story's ${index}th update said.`,
    ];
    add(
      "updated",
      [
        "Update: This story has been updated with new information.",
        lightEdits(paragraphs.join("\n\n"), rand, 60),
        ...next,
      ].join("\n\n"),
      later,
    );
    // A different story on the same event: new reporting with this one's paragraphs reused as background
    // (up to 40 % of the new reporting's words and of
    // this story's, one paragraph at least). The new reporting is half of a donor article's paragraphs (every third base
    // is a donor, not an original), each half used once, so no two documents share it.
    const donor = paragraphsOf(bases[index - (index % 3) + 2]?.text ?? "");
    const half = Math.floor(donor.length / 2);
    const reporting = (index % 3 === 0 ? donor.slice(0, half) : donor.slice(half)).slice(0, 8);
    const words = (list: string[]) => list.join(" ").split(/\s+/).length;
    const background = [paragraphs[1] as string];
    for (const paragraph of paragraphs.slice(2)) {
      const share = words([...background, paragraph]);
      if (share > 0.4 * words(reporting) || share > 0.4 * words(paragraphs)) break;
      background.push(paragraph);
    }
    if (reporting.length >= 3)
      add("follow-up", [...reporting, ...background].join("\n\n"), later, `${base.id}#follow-up`);
  });
  return docs;
}

export interface PairScore {
  precision: number;
  recall: number;
  truePairs: number;
  foundPairs: number;
  correctPairs: number;
  /** Follow-up stories merged with the story they reuse background from. */
  followUpsMerged: number;
  /** Per copy kind: how many copies landed in their original's cluster, of how many. */
  byKind: Record<string, { found: number; of: number }>;
}

/** Pairwise precision and recall of clusterArticles on a labelled set. */
export function scoreNearDup(docs: LabelledDoc[], threshold?: number): PairScore {
  const clusters = clusterArticles(docs, threshold);
  let [truePairs, foundPairs, correctPairs] = [0, 0, 0];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [a, b] = [docs[i] as LabelledDoc, docs[j] as LabelledDoc];
      const same = a.story === b.story;
      const found = clusters.get(a.id) === clusters.get(b.id);
      if (same) truePairs++;
      if (found) foundPairs++;
      if (same && found) correctPairs++;
    }
  }
  const byKind: PairScore["byKind"] = {};
  let followUpsMerged = 0;
  for (const doc of docs) {
    const original = docs.find((d) => d.kind === "original" && d.id === `${doc.id.split("#")[0]}#original`);
    if (!original || doc === original) continue;
    const together = clusters.get(doc.id) === clusters.get(original.id);
    if (doc.kind === "follow-up") {
      if (together) followUpsMerged++;
      continue;
    }
    const entry = byKind[doc.kind] ?? { found: 0, of: 0 };
    entry.of++;
    if (together) entry.found++;
    byKind[doc.kind] = entry;
  }
  return {
    precision: foundPairs === 0 ? 1 : correctPairs / foundPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
    truePairs,
    foundPairs,
    correctPairs,
    followUpsMerged,
    byKind,
  };
}
