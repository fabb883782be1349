/** Pure: an Answer as a Slack message (Block Kit plus fallback text), escaped and kept within Slack's limits. */
import type { types } from "@slack/bolt";
import { describeFilters } from "../../core/question/question-filters";
import { alsoInLine, citationDates } from "../../core/quotes/citation-lines";
import { showSpeaker } from "../../core/quotes/show-speaker";
import type { Answer, Citation } from "../../core/types";
import { escapeText, fitText, linkText } from "./escape";
import { timelineBlocks } from "./render-timeline";

/** Section text objects hold 1–3,000 characters; messages hold at most 50 blocks. */
export const SECTION_LIMIT = 3000;
export const BLOCK_LIMIT = 50;
/** Slack also rejects ~12k characters of block text in one message (msg_blocks_too_long); stay below it. */
export const TEXT_BUDGET = 10_000;

export const ACTION_IDS = {
  up: "feedback_up",
  down: "feedback_down",
  share: "share_answer",
  askEditor: "ask_editor",
} as const;

export interface SlackMessage {
  /** Fallback for notifications and screen readers. */
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** Id from the AnswerStore; the 👍/👎 (and Share) buttons carry it. No buttons without it. */
  answerId?: string;
  /** Adds the "Share in channel" button (for answers only the asker can see). */
  shareable?: boolean;
  /** Puts the question above the answer, for answers shown away from the question. */
  showQuestion?: boolean;
  /** Adds "Ask an editor" (the channel has an editors' contact; issue 17). */
  askEditor?: boolean;
}

interface Source {
  citation: Citation;
  quotes: string[];
  /** Quote → " — Name, role" for direct quotations with a known speaker. */
  speakers?: Map<string, string>;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (options.showQuestion) blocks.push(contextBlock(`*Question:* ${fitText(answer.question, 500)}`));
  const filters = describeFilters(answer.filters);
  if (filters) blocks.push(contextBlock(`*Filters:* ${fitText(filters, 500)}`));
  const body = fitText(answer.text.trim() || "(no answer text)", SECTION_LIMIT);
  if (answer.kind === "timeline" && answer.status === "answered") {
    // One dated section per article, oldest first; at most 8 entries, well inside the block limit.
    blocks.push(...timelineBlocks(answer));
    blocks.push(contextBlock(footer(answer.asOf, 0)));
    if (options.answerId) blocks.push(buttonsBlock(options.answerId, options));
    return { text: body, blocks };
  }
  blocks.push(sectionBlock(body));

  const sources = groupByNumber(answer.citations);
  const trailing = 1 + (options.answerId ? 1 : 0); // footer context, buttons
  let budget = TEXT_BUDGET - body.length;
  const sourceBlocks: types.KnownBlock[] = [];
  for (const source of sources) {
    if (blocks.length + 1 + sourceBlocks.length + trailing >= BLOCK_LIMIT) break;
    const text = renderSource(source, Math.min(SECTION_LIMIT, budget));
    if (!text) break;
    budget -= text.length;
    sourceBlocks.push(sectionBlock(text));
  }
  if (sourceBlocks.length > 0) blocks.push({ type: "divider" }, ...sourceBlocks);

  blocks.push(contextBlock(footer(answer.asOf, sources.length - sourceBlocks.length)));
  if (options.answerId) blocks.push(buttonsBlock(options.answerId, options));

  return { text: body, blocks };
}

function footer(asOfDate: string | null, hidden: number): string {
  const asOf = asOfDate
    ? `Based on articles up to ${escapeText(asOfDate)}`
    : "Based on the articles in our archive";
  return hidden > 0 ? `${asOf} · ${hidden} more source${hidden === 1 ? "" : "s"} not shown` : asOf;
}

function groupByNumber(citations: Citation[]): Source[] {
  const byNumber = new Map<number, Source>();
  for (const citation of citations) {
    const source = byNumber.get(citation.n) ?? { citation, quotes: [] };
    if (!source.quotes.includes(citation.quote)) source.quotes.push(citation.quote);
    if (citation.speaker)
      source.speakers = new Map(source.speakers).set(citation.quote, showSpeaker(citation.speaker));
    byNumber.set(citation.n, source);
  }
  return [...byNumber.values()].sort((a, b) => a.citation.n - b.citation.n);
}

/** `*[n]* <url|Headline>`, then "publisher · date", then each verbatim quote as a block quote. */
function renderSource({ citation, quotes, speakers }: Source, max: number): string | undefined {
  const title = citation.title.trim() || "Untitled article";
  const linkable = citation.url !== null && citation.url.length <= 1000;
  const head = `*[${citation.n}]* ${linkable ? linkText(citation.url, fitTitle(title)) : `*${fitText(title, 300)}*`}`;
  const meta = [citation.publisher, citationDates(citation)].filter((part): part is string =>
    Boolean(part?.trim()),
  );
  const byline = meta.length > 0 ? `${head}\n${meta.map((part) => fitText(part, 100)).join(" · ")}` : head;
  const copies = alsoInLine(citation);
  const notes = [
    ...(citation.correction ? [`_${fitText(citation.correction, 500)}_`] : []),
    ...(copies ? [fitText(copies, 500)] : []),
  ];
  const header = [byline, ...notes].join("\n");
  const room = max - header.length;
  const perQuote = Math.floor(room / Math.max(1, quotes.length)) - 2; // "\n>" before each quote
  if (perQuote < 40) return header.length <= max && quotes.length === 0 ? header : undefined;
  const lines = quotes.map((quote) => {
    const newlines = quote.match(/\n/g)?.length ?? 0; // each becomes "\n>", one character longer
    const by = speakers?.has(quote) ? `\n${fitText((speakers.get(quote) as string).trim(), 200)}` : "";
    return `>${fitText(quote.trim(), Math.max(20, perQuote - newlines - by.length)).replace(/\n/g, "\n>")}${by}`;
  });
  return [header, ...lines].join("\n");
}

function fitTitle(title: string): string {
  // linkText escapes the label itself; trim the raw title first so the link stays intact.
  const characters = Array.from(title);
  return characters.length > 300 ? `${characters.slice(0, 299).join("").trimEnd()}…` : title;
}

function sectionBlock(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function contextBlock(text: string): types.ContextBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text, verbatim: true }] };
}

function buttonsBlock(answerId: string, options: RenderOptions): types.ActionsBlock {
  const button = (actionId: string, label: string, style?: "primary"): types.Button => ({
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: label, emoji: true },
    value: answerId,
    ...(style ? { style } : {}),
  });
  const elements = [button(ACTION_IDS.up, "👍 Helpful"), button(ACTION_IDS.down, "👎 Not helpful")];
  if (options.shareable) elements.unshift(button(ACTION_IDS.share, "Share in channel", "primary"));
  if (options.askEditor) elements.push(button(ACTION_IDS.askEditor, "🙋 Ask an editor"));
  return { type: "actions", block_id: "answer_actions", elements };
}
