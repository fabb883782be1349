/**
 * Finds each article's quotations and speakers for a new index version; unchanged articles keep theirs, unless
 * the speaker rules changed since they were found (then every article is read again).
 */
import type { Quotation } from "../../core/quotation-types";
import { findQuotations, QUOTATION_RULES } from "../../quotations/find-speakers";
import { QUOTATIONS_FORMAT, type QuotationsData } from "../store/quotations-file";

export function quoteArticles(
  articles: { meta: { id: string }; text: string; hash: string }[],
  previous: { quotations: ReadonlyMap<string, Quotation[]>; quotationRules: number } | undefined,
  previousHash: (id: string) => string | undefined,
): QuotationsData {
  const data: QuotationsData = { format: QUOTATIONS_FORMAT, rules: QUOTATION_RULES, articles: {} };
  const reusable = previous?.quotationRules === QUOTATION_RULES ? previous.quotations : undefined;
  for (const article of articles) {
    const id = article.meta.id;
    const kept = previousHash(id) === article.hash ? reusable?.get(id) : undefined;
    const quotations = kept ?? findQuotations(article.text);
    if (quotations.length > 0) data.articles[id] = { hash: article.hash, quotations };
  }
  return data;
}
