/** Finds each article's quotations and speakers for a new index version; unchanged articles keep theirs. */
import type { Quotation } from "../../core/quotation-types";
import { findQuotations } from "../../quotations/find-speakers";
import { QUOTATIONS_FORMAT, type QuotationsData } from "../store/quotations-file";

export function quoteArticles(
  articles: { meta: { id: string }; text: string; hash: string }[],
  previous: ReadonlyMap<string, Quotation[]> | undefined,
  previousHash: (id: string) => string | undefined,
): QuotationsData {
  const data: QuotationsData = { format: QUOTATIONS_FORMAT, articles: {} };
  for (const article of articles) {
    const id = article.meta.id;
    const kept = previousHash(id) === article.hash ? previous?.get(id) : undefined;
    const quotations = kept ?? findQuotations(article.text);
    if (quotations.length > 0) data.articles[id] = { hash: article.hash, quotations };
  }
  return data;
}
