/** What a source is: a folder, a WordPress site or a feed, as the sources config and the command line name it. */
import * as path from "node:path";
import { toHttpUrl } from "./remote/fetch-with-retry";

export interface FolderSource {
  type: "folder";
  /** As written in the config; part of every article's `source`. */
  path: string;
  /** `path` resolved against the config file's folder. */
  dir: string;
  /** Used for articles that name no publisher themselves. */
  publisher?: string;
  /**
   * The configured corpus folder on its own (no sources file): its articles keep their plain corpus-relative
   * `source`, and a missing folder fails the ingest instead of keeping the index as it is.
   */
  corpus?: true;
}

export interface WordPressSource {
  type: "wordpress";
  /** The site's base URL, without a trailing slash. */
  url: string;
  publisher?: string;
  /** Pages of 100 posts fetched per run at most. */
  maxPages?: number;
  /** Origins (e.g. `https://www.site.example`) its URLs may redirect to; by default only its own. */
  allowRedirectOrigins?: string[];
}

export interface FeedSource {
  type: "feed";
  url: string;
  publisher?: string;
  /** Origins its URL may redirect to; by default only its own. */
  allowRedirectOrigins?: string[];
}

export type SourceSpec = FolderSource | WordPressSource | FeedSource;

/** A site URL without trailing slashes, so `https://site.example/` and `https://site.example` are one site. */
export const trimUrl = (url: string): string => url.trim().replace(/\/+$/, "");

/** The name every article of the source carries in `meta.source` (folders add `/` and the file path). */
export function sourceKey(source: SourceSpec): string {
  return source.type === "folder" ? `folder:${source.path}` : `${source.type}:${source.url}`;
}

/** A source given on the command line (`--wordpress URL`, `--feed URL`); refuses non-http(s) URLs. */
export function sourceFromUrl(type: "wordpress" | "feed", url: string): SourceSpec {
  toHttpUrl(url);
  return { type, url: type === "wordpress" ? trimUrl(url) : url.trim() };
}

/** A folder source for the configured corpus folder (path as given, resolved against the working folder). */
export function folderSource(dir: string, publisher?: string): FolderSource {
  const written = dir.replace(/\\/g, "/").replace(/\/+$/, "");
  return { type: "folder", path: written, dir: path.resolve(dir), ...(publisher ? { publisher } : {}) };
}
