/**
 * One story once: an answer quotes one copy of each near-duplicate story (wire copies, reprints, updated
 * versions) and names the others in `alsoIn`.
 *
 * The cited copy: among the copies of the newsroom's own publisher when one is configured and has a copy,
 * else among the earliest copy's publisher's, the latest version. A later copy updates the story when it
 * comes from the same (named) publisher or, unless the own publisher's copy is cited, carries an "Update:"
 * note. Its text replaces the earlier one's, and the citation shows both dates (`published` the first,
 * `updated` the cited version's).
 */
import type { Retriever } from "../retriever";
import type { AlsoIn, Answer, ArticleMeta, Citation, Passage, SearchFilters } from "../types";

export interface StoryOptions {
  /** The newsroom's own publisher (OWN_PUBLISHER), preferred among a story's copies. */
  ownPublisher?: string;
  /** Copies published after this day are not used. */
  asOf?: string;
  /** The question's filters: a copy outside them (another publisher, another period) is not used. */
  filters?: SearchFilters;
}

/** The copies of an article's story the answer may use: within `asOf` and the filters. */
function copiesOf(retriever: Retriever, articleId: string, options: StoryOptions): ArticleMeta[] {
  const copies = retriever.storyCopies?.(articleId, options.asOf) ?? [];
  const { from, to, publishers, sections } = options.filters ?? {};
  const wanted = publishers?.map((p) => p.trim().toLowerCase());
  const wantedSections = sections?.map((s) => s.trim().toLowerCase());
  return copies.filter(
    (meta) =>
      meta.id === articleId ||
      ((!wanted?.length || wanted.includes(publisherKey(meta))) &&
        (!wantedSections?.length || wantedSections.includes(meta.section?.trim().toLowerCase() ?? "")) &&
        (!from || (meta.published !== null && meta.published.slice(0, from.length) >= from)) &&
        (!to || (meta.published !== null && meta.published.slice(0, to.length) <= to))),
  );
}

export interface Story {
  /** The copy quoted. */
  cited: ArticleMeta;
  /** The first version of the cited copy's story at its publisher (the cited one when it was not updated). */
  first: ArticleMeta;
  /** Copies neither cited nor replaced by the cited version, earliest first. */
  others: ArticleMeta[];
}

const byDate = (a: ArticleMeta, b: ArticleMeta) =>
  (a.published ?? "\uffff").localeCompare(b.published ?? "\uffff") || (a.id < b.id ? -1 : 1);
const publisherKey = (meta: ArticleMeta) => meta.publisher?.trim().toLowerCase() ?? "";
const marksUpdate = (meta: ArticleMeta) => meta.corrections?.some((note) => note.kind === "update") ?? false;

/** Which copy of a story to cite, and which to list beside it. `copies` holds at least one article. */
export function chooseCopy(copies: ArticleMeta[], ownPublisher?: string): Story {
  const sorted = [...copies].sort(byDate);
  const own = ownPublisher?.trim().toLowerCase();
  const base =
    (own ? sorted.find((meta) => publisherKey(meta) === own) : undefined) ?? (sorted[0] as ArticleMeta);
  const ownChosen = own !== undefined && publisherKey(base) === own;
  const later = (meta: ArticleMeta) =>
    meta.published !== null && base.published !== null && meta.published > base.published;
  const versions = sorted.filter(
    (meta) =>
      meta === base ||
      (publisherKey(meta) !== "" &&
        publisherKey(meta) === publisherKey(base) &&
        (later(meta) || meta.published === base.published)) ||
      (!ownChosen && later(meta) && marksUpdate(meta)),
  );
  const cited = versions.at(-1) as ArticleMeta;
  return { cited, first: base, others: sorted.filter((meta) => !versions.includes(meta)) };
}

/**
 * Passages of a copy that is not cited become passages of the cited copy: the same lines where its text
 * holds them, else its whole text. Passages of articles without copies pass unchanged.
 */
export function foldCopies(passages: Passage[], retriever: Retriever, options: StoryOptions): Passage[] {
  if (!retriever.storyCopies) return passages;
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    const copies = copiesOf(retriever, passage.article.id, options);
    const cited = copies.length > 1 ? chooseCopy(copies, options.ownPublisher).cited : passage.article;
    let folded = passage;
    if (cited.id !== passage.article.id) {
      const text = retriever.articleText(cited.id);
      if (text === undefined) continue;
      const range = findLines(passage.text, text) ?? { start: 0, end: text.length };
      folded = {
        ...passage,
        chunkId: `${cited.id}@${range.start}`,
        article: cited,
        text: text.slice(range.start, range.end),
        ...range,
      };
    }
    const key = `${folded.article.id} ${folded.start} ${folded.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(folded);
  }
  return out;
}

/** The smallest range of `text` holding every sentence of `passage` found in it verbatim; null when none is. */
function findLines(passage: string, text: string): { start: number; end: number } | null {
  const exact = text.indexOf(passage);
  if (exact >= 0) return { start: exact, end: exact + passage.length };
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const piece of passage.split(/\n+|(?<=[.!?]["”’]?)\s+/)) {
    const sentence = piece.trim();
    if (sentence.length < 30) continue;
    const at = text.indexOf(sentence);
    if (at < 0) continue;
    start = Math.min(start, at);
    end = Math.max(end, at + sentence.length);
  }
  return end < 0 ? null : { start, end };
}

/** Adds each citation's other copies (`alsoIn`), both dates of an updated story, and its correction notes. */
export function withStoryNotes(
  answer: Answer,
  retriever: Retriever,
  options: StoryOptions,
  passages: Passage[],
): Answer {
  if (answer.citations.length === 0) return answer;
  const metaOf = new Map(passages.map((p) => [p.article.id, p.article]));
  const citations = answer.citations.map((citation): Citation => {
    const copies = copiesOf(retriever, citation.articleId, options);
    const own = copies.find((meta) => meta.id === citation.articleId) ?? metaOf.get(citation.articleId);
    const story = copies.length > 1 ? chooseCopy(copies, options.ownPublisher) : undefined;
    const extra: Partial<Citation> = {};
    if (story && story.cited.id === citation.articleId) {
      if (story.first.id !== story.cited.id && story.first.published !== story.cited.published) {
        extra.published = story.first.published;
        extra.updated = story.cited.published;
      }
      if (story.others.length > 0) extra.alsoIn = story.others.map(alsoIn);
    }
    const notes = own?.corrections ?? [];
    if (notes.length > 0) extra.correction = notes.map((note) => note.text).join("\n");
    return { ...citation, ...extra };
  });
  return { ...answer, citations };
}

function alsoIn(meta: ArticleMeta): AlsoIn {
  return { title: meta.title, publisher: meta.publisher, url: meta.url, published: meta.published };
}
