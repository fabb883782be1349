/**
 * A question asked in a configured channel searches within that channel's filters (issue 17). The rule:
 * the asker's own `from:`/`to:`/`publisher:` narrow further and never widen. Dates: the later `from` and the
 * earlier `to` win. Publishers: the asker's names that are among the channel's (all of the channel's when the
 * asker names none). Sections come from the channel only. When nothing can be left (a window outside the
 * channel's, or only publishers the channel excludes), the asker is told instead of getting an empty answer.
 */

import { describeFilters } from "../question/question-filters";
import type { SearchFilters } from "../types";
import type { ChannelFilters } from "./channel-settings";

export type ChannelFilterResult = { ok: true; filters?: SearchFilters } | { ok: false; message: string };

export function withinChannel(
  channel: ChannelFilters | undefined,
  asker: SearchFilters | undefined,
): ChannelFilterResult {
  if (!channel || !Object.keys(channel).length) return { ok: true, filters: asker };
  const limits = `This channel searches only ${describeFilters(channel)}.`;
  const from = later(channel.from, asker?.from);
  const to = earlier(channel.to, asker?.to);
  if (from && to && from.slice(0, to.length) > to)
    return { ok: false, message: `${limits} Your dates fall outside that, so no article can match.` };
  let publishers = channel.publishers?.length ? channel.publishers : undefined;
  if (asker?.publishers?.length) {
    const allowed = publishers?.map(key);
    const kept = allowed ? asker.publishers.filter((name) => allowed.includes(key(name))) : asker.publishers;
    if (!kept.length)
      return { ok: false, message: `${limits} Your publisher is not one of them, so no article can match.` };
    publishers = kept;
  }
  const filters: SearchFilters = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(publishers ? { publishers } : {}),
    ...(channel.sections?.length ? { sections: channel.sections } : {}),
  };
  return { ok: true, filters: Object.keys(filters).length ? filters : undefined };
}

const key = (name: string) => name.replace(/\s+/g, " ").trim().toLowerCase();

/** The later of two lower bounds, compared on their first day (2024 starts before 2024-03). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return firstDay(b) > firstDay(a) ? b : a;
}

/** The earlier of two upper bounds, compared on their last day (2024-03 ends before 2024). */
function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return lastDay(b) < lastDay(a) ? b : a;
}

const firstDay = (bound: string) => `${bound}-01-01`.slice(0, 10);
const lastDay = (bound: string) => (bound.length === 10 ? bound : `${bound}\uffff`);
