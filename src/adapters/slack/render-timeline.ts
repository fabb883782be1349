/**
 * Pure: a timeline Answer's entries as Block Kit sections, one per article in the answer's (date) order:
 * the date in bold, the linked headline and publisher, then the verbatim quote as a block quote.
 */
import type { types } from "@slack/bolt";
import type { Answer } from "../../core/types";
import { escapeText, fitText, linkText } from "./escape";

/** Each entry's section stays well inside Slack's 3,000-character section limit. */
const ENTRY_LIMIT = 1200;

export function timelineBlocks(answer: Answer): types.KnownBlock[] {
  const heading: types.KnownBlock = section(
    `*Timeline from the archive, oldest first* (${answer.citations.length} articles)`,
  );
  const entries = answer.citations.map((citation): types.KnownBlock => {
    const title = citation.title.trim() || "Untitled article";
    const fitted = Array.from(title).length > 200 ? `${Array.from(title).slice(0, 199).join("")}…` : title;
    const headline = citation.url ? linkText(citation.url, fitted) : `*${escapeText(fitted)}*`;
    const publisher = citation.publisher?.trim() ? ` · ${fitText(citation.publisher, 100)}` : "";
    const date = citation.published ? `*${escapeText(citation.published)}*` : "*undated*";
    const head = `${date} · *[${citation.n}]* ${headline}${publisher}`;
    const quote = fitText(citation.quote.trim(), ENTRY_LIMIT - head.length - 20).replace(/\n/g, "\n>");
    return section(`${head}\n>${quote}`);
  });
  return [heading, ...entries];
}

function section(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}
