/**
 * The one rule for a missing index: before the index is opened, build the first one when there is none and
 * the bot may build it itself. It may when a sync schedule is configured (the schedule keeps it anyway), or
 * when the index is at its default place and there is something to read (a sources file or the corpus
 * folder). An index named explicitly (`--index`) is never built silently: a typo must not start an ingest.
 */
import { existsSync } from "node:fs";
import type { Config } from "../config";
import type { IngestSummary } from "../core/types";
import { IndexMissingError } from "../errors";
import { readCurrentVersion } from "../index/store/index-layout";

export interface EnsureIndexOptions {
  /** True when the index location was given explicitly for this run (`--index`). */
  explicitIndex: boolean;
  /** Builds the index (the one ingest path). */
  build: () => Promise<IngestSummary>;
  /** Called before a build starts, to say why the wait. */
  onBuild?: (reason: string) => void;
}

/** Whether the first index may be built without being asked; see the file comment. */
export function mayBuildFirstIndex(config: Readonly<Config>, explicitIndex: boolean): boolean {
  if (config.ingestIntervalMs) return true;
  return !explicitIndex && (config.sourcesFile !== undefined || existsSync(config.corpusDir));
}

/**
 * Null when an index is live; the summary of the first build when one was made; throws IndexMissingError
 * (which names the command that builds one) when there is none and it may not be built.
 */
export async function ensureIndex(
  config: Readonly<Config>,
  options: EnsureIndexOptions,
): Promise<IngestSummary | null> {
  if (await readCurrentVersion(config.indexDir)) return null;
  if (!mayBuildFirstIndex(config, options.explicitIndex)) throw new IndexMissingError(config.indexDir);
  const from = config.sourcesFile ?? `${config.corpusDir}/`;
  options.onBuild?.(`No index at ${config.indexDir} yet: building it from ${from} first.`);
  return options.build();
}
