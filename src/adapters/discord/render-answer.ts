/** Pure: renders an Answer as Discord messages (answer, linked sources with block quotes, "as of" footer) within Discord's limits. */
import type { APIEmbed } from "discord.js";
import { describeFilters } from "../../core/question/question-filters";
import { alsoInLine, citationDates } from "../../core/quotes/citation-lines";
import { showSpeaker } from "../../core/quotes/show-speaker";
import type { Answer, Citation } from "../../core/types";
import { TIMELINE_HEADING, timelineEntry } from "./render-timeline";
import { neutraliseMentions, toSafeText, toSafeUrl, truncate } from "./safe-text";

/** One message to send; `allowedMentions` and components are added by the caller. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
}

/** Discord's limits (developers/resources/message.mdx: Create Message, Embed Limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  description: 4096,
  embedTotal: 6000,
  embedsPerMessage: 10,
  footer: 2048,
} as const;

/** An answer never spreads over more messages than this; quotes shrink first, then sources are dropped. */
export const MAX_MESSAGES = 3;
const ANSWER_TEXT_MAX = 2 * DISCORD_LIMITS.description - 200;
const TITLE_MAX = 200;
const QUOTES_PER_SOURCE = 3;
const QUOTE_CAPS = [500, 200, 80];
const COLOR = 0x1f6feb;

export function renderAnswer(answer: Answer): DiscordReply[] {
  const filters = describeFilters(answer.filters);
  const footer = asOfLine(answer.asOf, filters);
  if (answer.status === "not_found") {
    const line = `\n-# ${footer}`;
    return [
      {
        content: `${truncate(toSafeText(answer.text), DISCORD_LIMITS.content - line.length)}${line}`,
        embeds: [],
      },
    ];
  }
  const timeline = answer.kind === "timeline";
  const textBlocks = timeline
    ? [TIMELINE_HEADING]
    : splitToFit(toSafeText(truncate(answer.text, ANSWER_TEXT_MAX)), DISCORD_LIMITS.description);
  const sources = groupByNumber(answer.citations);
  let descriptions: string[] = [];
  for (const quoteCap of QUOTE_CAPS) {
    // A timeline is its dated entries, oldest first; any other answer lists its sources under the text.
    const sourceBlocks = timeline
      ? answer.citations.map((citation) => timelineEntry(citation, quoteCap))
      : sources.map((group, i) => (i === 0 ? "**Sources**\n" : "") + renderSource(group, quoteCap));
    descriptions = pack([...textBlocks, ...sourceBlocks], DISCORD_LIMITS.description);
    if (descriptions.length <= MAX_MESSAGES) break;
  }
  if (descriptions.length > MAX_MESSAGES) {
    descriptions = descriptions.slice(0, MAX_MESSAGES);
    const note = "\n\n*(Some sources were left out to fit Discord's limits.)*";
    const last = descriptions[MAX_MESSAGES - 1] ?? "";
    descriptions[MAX_MESSAGES - 1] = `${truncate(last, DISCORD_LIMITS.description - note.length)}${note}`;
  }
  return descriptions.map((description, i) => ({
    embeds: [
      {
        color: COLOR,
        description,
        ...(i === descriptions.length - 1 ? { footer: { text: footer } } : {}),
      },
    ],
  }));
}

/** The footer: how recent the archive's articles were, and the asker's filters when given. */
function asOfLine(asOf: string | null, filters: string): string {
  const base = asOf ? `Based on articles up to ${asOf}` : "Based on the articles in the archive";
  return neutraliseMentions(
    truncate(filters ? `${base} · Filters: ${filters}` : base, DISCORD_LIMITS.footer),
  );
}

/** Citations share a number per article; keeps first-citation order. */
function groupByNumber(citations: Citation[]): Citation[][] {
  const groups = new Map<number, Citation[]>();
  for (const citation of citations) groups.set(citation.n, [...(groups.get(citation.n) ?? []), citation]);
  return [...groups.values()];
}

function renderSource(group: Citation[], quoteCap: number): string {
  const first = group[0];
  if (!first) return "";
  const title = toSafeText(truncate(first.title.trim() || "Untitled article", TITLE_MAX));
  const url = toSafeUrl(first.url);
  const headline = url ? `**[${first.n}]** [${title}](${url})` : `**[${first.n}] ${title}**`;
  const meta = [first.publisher, citationDates(first)].filter((part): part is string =>
    Boolean(part?.trim()),
  );
  const copies = alsoInLine(first);
  const quotes = group
    .slice(0, QUOTES_PER_SOURCE)
    .map((citation) => blockQuote(truncate(citation.quote, quoteCap)) + speakerLine(citation));
  const more =
    group.length > QUOTES_PER_SOURCE ? [`*(+${group.length - QUOTES_PER_SOURCE} more quotes)*`] : [];
  return [
    headline,
    ...(meta.length ? [toSafeText(truncate(meta.join(" · "), TITLE_MAX))] : []),
    ...(first.correction ? [`*${toSafeText(truncate(first.correction, 500))}*`] : []),
    ...(copies ? [toSafeText(truncate(copies, 500))] : []),
    ...quotes,
    ...more,
  ].join("\n");
}

/** "— Chak Sopheap, the executive director of …" under a direct quotation with a known speaker. */
function speakerLine(citation: Citation): string {
  return citation.speaker ? `\n${toSafeText(truncate(showSpeaker(citation.speaker).trim(), 200))}` : "";
}

function blockQuote(quote: string): string {
  return toSafeText(quote)
    .split(/\n+/)
    .map((line) => `> ${line}`)
    .join("\n");
}

/** Joins blocks with blank lines into as few pieces of at most `max` characters as possible. */
function pack(blocks: string[], max: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const whole of blocks) {
    const block = truncate(whole, max);
    const candidate = current ? `${current}\n\n${block}` : block;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) pieces.push(current);
    current = block;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Splits text into paragraphs of at most `max` characters, breaking long ones at a line, sentence or word end. */
function splitToFit(text: string, max: number): string[] {
  const pieces: string[] = [];
  for (let rest of text.split(/\n{2,}/)) {
    while (rest.length > max) {
      const window = rest.slice(0, max);
      const breaks = [window.lastIndexOf("\n"), window.lastIndexOf(". ") + 1, window.lastIndexOf(" ")];
      let cut = breaks.find((at) => at > max / 2) ?? max;
      if (/[\ud800-\udbff\\]/.test(rest.charAt(cut - 1))) cut -= 1;
      pieces.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    if (rest.trim()) pieces.push(rest);
  }
  return pieces;
}
