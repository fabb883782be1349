/** The sources config file (e.g. sources.json): folders, WordPress sites and feeds, validated with zod. */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { z } from "zod";
import { toHttpUrl } from "../articles/remote/fetch-with-retry";
import {
  type FeedSource,
  type FolderSource,
  folderSource,
  type SourceSpec,
  sourceKey,
  trimUrl,
  type WordPressSource,
} from "../articles/source-spec";
import { ConfigError } from "../errors";

export { folderSource, sourceFromUrl, sourceKey, trimUrl } from "../articles/source-spec";
export type { FeedSource, FolderSource, SourceSpec, WordPressSource };

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
 * command line. With neither a sources file nor an extra source, the corpus folder on its own.
 */
export async function resolveSources(request: SourcesRequest): Promise<SourceSpec[]> {
  const extra = request.extra ?? [];
  if (!request.sourcesFile && extra.length === 0)
    return [{ ...folderSource(request.extraFolder ?? request.corpusDir), corpus: true }];
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
