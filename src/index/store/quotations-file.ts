/**
 * quotations.json of an index version: each article's direct quotations and speakers, found at ingest.
 * Versioned by its own format number and validated field by field (zod), then checked against the articles:
 * every quotation must be the very text it claims to be, at its offsets, in an article of the same hash.
 */
import { z } from "zod";
import type { Quotation } from "../../core/quotation-types";
import type { StoredArticle } from "./snapshot-types";

/** 1: spans between double quotation marks of four words or more; speaker name and role as written. */
export const QUOTATIONS_FORMAT = 1;

export interface QuotationsData {
  format: number;
  /** The speaker rules that found them (QUOTATION_RULES); absent in files written before it was kept: 1. */
  rules?: number;
  /** Article id → the article's hash when its quotations were found, and the quotations in text order. */
  articles: Record<string, { hash: string; quotations: Quotation[] }>;
}

const text = (max: number) => z.string().min(1).max(max);
const QuotationSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  speaker: z
    .object({ name: text(200), role: text(500).optional(), shortRole: text(500).optional() })
    .strict()
    .nullable(),
});
const QuotationsSchema = z.object({
  format: z.literal(QUOTATIONS_FORMAT),
  rules: z.number().int().min(1).optional(),
  articles: z.record(z.string(), z.object({ hash: z.string(), quotations: z.array(QuotationSchema) })),
});

/** Parses and checks quotations.json; throws an Error naming the first problem. */
export function parseQuotations(
  json: string,
  articles: Map<string, StoredArticle>,
): { rules: number; byArticle: Map<string, Quotation[]> } {
  const parsed = QuotationsSchema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`quotations.json is invalid: ${issue?.path.join(".") || "(top)"}: ${issue?.message}`);
  }
  const byArticle = new Map<string, Quotation[]>();
  for (const [id, entry] of Object.entries(parsed.data.articles)) {
    const article = articles.get(id);
    if (!article || article.hash !== entry.hash)
      throw new Error(
        `quotations.json names article ${JSON.stringify(id)}, which this version does not hold`,
      );
    for (const q of entry.quotations) {
      if (q.end <= q.start || article.text.slice(q.start, q.end) !== q.text)
        throw new Error(
          `quotations.json quotes ${JSON.stringify(id)} at ${q.start}–${q.end} not as its text reads`,
        );
    }
    byArticle.set(id, entry.quotations);
  }
  return { rules: parsed.data.rules ?? 1, byArticle };
}
