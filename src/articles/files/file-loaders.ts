/** The loader for each supported file extension. */
import type { LoaderOutput } from "../article-identity";
import { loadHtmlPage } from "./loaders/html-page";
import { loadJsonExport, loadJsonLines } from "./loaders/json-export";
import { loadMarkdown } from "./loaders/markdown";
import { loadScrapedText } from "./loaders/scraped-text";

export type Loader = (
  content: string,
  source: string,
  sidecar: Record<string, unknown> | null,
) => LoaderOutput;

export const FILE_LOADERS: Record<string, Loader> = {
  ".md": loadMarkdown,
  ".markdown": loadMarkdown,
  ".txt": loadScrapedText,
  ".html": loadHtmlPage,
  ".htm": loadHtmlPage,
  ".json": loadJsonExport,
  ".jsonl": loadJsonLines,
};
