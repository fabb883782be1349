/** The sources config file (e.g. sources.json): folders, WordPress sites and feeds, validated with zod. */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { z } from "zod";
import { toHttpUrl } from "../articles/remote/fetch-with-retry";
import { ConfigError } from "../errors";

export interface FolderSource {
  type: "folder";
  /** As written in the config; part of every article's `source`. */
  path: string;
  /** `path` resolved against the config file's folder. */
  dir: string;
  /** Used for articles that name no publisher themselves. */
  publisher?: string;
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

const text = z.string().trim().min(1, "must not be empty");

const httpUrl = text.superRefine((value, context) => {
  try {
    toHttpUrl(value);
  } catch (error) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
  }
});

const schema = z
  .object({
    sources: z
      .array(
        z.discriminatedUnion("type", [
          z.object({ type: z.literal("folder"), path: text, publisher: text.optional() }).strict(),
          z
            .object({
              type: z.literal("wordpress"),
              url: httpUrl,
              publisher: text.optional(),
              maxPages: z.number().int().min(1).optional(),
              allowRedirectOrigins: z.array(httpUrl).optional(),
            })
            .strict(),
          z
            .object({
              type: z.literal("feed"),
              url: httpUrl,
              publisher: text.optional(),
              allowRedirectOrigins: z.array(httpUrl).optional(),
            })
            .strict(),
        ]),
      )
      .min(1, "lists no sources; give at least one folder, wordpress or feed entry"),
  })
  .strict();

/** A site URL without trailing slashes, so `https://site.example/` and `https://site.example` are one site. */
export const trimUrl = (url: string): string => url.trim().replace(/\/+$/, "");

/** The name every article of the source carries in `meta.source` (folders add `/` and the file path). */
export function sourceKey(source: SourceSpec): string {
  return source.type === "folder" ? `folder:${source.path}` : `${source.type}:${source.url}`;
}

/**
 * Validates parsed JSON against the config format. `origin` names the file in messages and relative
 * folder paths resolve against its folder. Throws ConfigError listing every problem.
 */
export function parseSourcesConfig(json: unknown, origin: string): SourceSpec[] {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${origin}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`,
      ),
    );
  }
  const base = path.dirname(path.resolve(origin));
  const sources: SourceSpec[] = parsed.data.sources.map((entry) =>
    entry.type === "folder"
      ? {
          ...entry,
          path: entry.path.replace(/\\/g, "/").replace(/\/+$/, ""),
          dir: path.resolve(base, entry.path),
        }
      : entry.type === "wordpress"
        ? { ...entry, url: trimUrl(entry.url) }
        : { ...entry, url: entry.url.trim() },
  );
  const seen = new Set<string>();
  const duplicates = sources.map(sourceKey).filter((key) => seen.has(key) || !seen.add(key));
  if (duplicates.length > 0) {
    throw new ConfigError(duplicates.map((key) => `${origin}: source ${key} is listed more than once`));
  }
  return sources;
}

/** Reads and validates a sources file; a missing or unparsable file is a ConfigError naming it. */
export async function readSourcesConfig(file: string): Promise<SourceSpec[]> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError([`SOURCES_FILE: cannot read ${file} (${code})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError([`${file}: not valid JSON (${(error as Error).message})`]);
  }
  return parseSourcesConfig(json, file);
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

export interface SourcesRequest {
  /** The sources config file, if any (`--sources`, else SOURCES_FILE). */
  sourcesFile?: string;
  /** The configured corpus folder, the only folder when there is no sources file. */
  corpusDir: string;
  /** A folder given on the command line (`--corpus`), added to the sources file's list. */
  extraFolder?: string;
  /** Sites and feeds given on the command line, added to the list. */
  extra?: SourceSpec[];
}

/**
 * The sources of one ingest: the sources file's list (else the corpus folder) plus any given on the
 * command line. Null when there is neither a sources file nor an extra source: a plain folder ingest.
 */
export async function resolveSources(request: SourcesRequest): Promise<SourceSpec[] | null> {
  const extra = request.extra ?? [];
  if (!request.sourcesFile && extra.length === 0) return null;
  const sources = request.sourcesFile
    ? await readSourcesConfig(request.sourcesFile)
    : [folderSource(request.extraFolder ?? request.corpusDir)];
  const additions =
    request.sourcesFile && request.extraFolder ? [folderSource(request.extraFolder), ...extra] : extra;
  const keys = new Set(sources.map(sourceKey));
  for (const source of additions) {
    if (!keys.has(sourceKey(source))) sources.push(source);
    keys.add(sourceKey(source));
  }
  return sources;
}
