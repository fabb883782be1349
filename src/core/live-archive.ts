/** The Archive the adapters use: answers from the live index version and picks up a new one without a restart. */
import { loggableError } from "../errors";
import type { Logger } from "../logger";
import { answerQuestion } from "./answer-question";
import type { Answerer } from "./answerer";
import type { Archive } from "./archive";
import type { Retriever } from "./retriever";
import type { AskOptions, AskResult, IngestProgress, IngestSummary } from "./types";

export interface LiveArchiveOptions {
  /** Loads the live index version. */
  openRetriever: () => Promise<Retriever>;
  /** Cheap check of the live version name (a tiny pointer file), so an ingest by another process is noticed. */
  liveVersion: () => Promise<string | null>;
  /** Runs an ingest of the configured sources. */
  ingest: (onProgress?: (progress: IngestProgress) => void) => Promise<IngestSummary>;
  answerer: Answerer;
  maxQuestionChars: number;
  /** The newsroom's own publisher (OWN_PUBLISHER), cited first among a story's copies. */
  ownPublisher?: string;
  logger: Logger;
}

export interface LiveArchive extends Archive {
  /** The retriever in use (loading it on first call). */
  retriever(): Promise<Retriever>;
  /** The index version answering now, or null before the first load. */
  loadedVersion(): string | null;
}

export function createLiveArchive(options: LiveArchiveOptions): LiveArchive {
  let current: Retriever | undefined;
  let loading: Promise<Retriever> | undefined;

  const load = (): Promise<Retriever> => {
    loading ??= options
      .openRetriever()
      .then((retriever) => {
        if (current?.version !== retriever.version) {
          options.logger.info({ version: retriever.version }, "index loaded");
        }
        current = retriever;
        return retriever;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };

  /** The retriever for the live version; on a failed reload the previous version keeps answering. */
  const retriever = async (): Promise<Retriever> => {
    if (!current) return load();
    const live = await options.liveVersion().catch(() => null);
    if (live && live !== current.version) {
      try {
        return await load();
      } catch (error) {
        options.logger.error(
          { ...loggableError(error), live },
          "new index version could not be loaded; still answering from the previous one",
        );
      }
    }
    return current;
  };

  return {
    retriever,
    loadedVersion: () => current?.version ?? null,
    async ask(question: string, askOptions: AskOptions = {}): Promise<AskResult> {
      return answerQuestion(question, {
        ...askOptions,
        retriever: await retriever(),
        answerer: options.answerer,
        maxQuestionChars: options.maxQuestionChars,
        ownPublisher: options.ownPublisher,
        logger: options.logger,
      });
    },
    async reingest(onProgress) {
      const summary = await options.ingest(onProgress);
      await load();
      return summary;
    },
  };
}
