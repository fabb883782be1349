/** The port every adapter talks to: ask a question, re-ingest the corpus. */
import type { AskOptions, AskResult, IngestProgress, IngestSummary } from "./types";

export interface Archive {
  /** Answers from the live index; never throws for a bad question (see AskResult). */
  ask(question: string, options?: AskOptions): Promise<AskResult>;
  /**
   * Re-ingests the configured sources into a new index version and switches to it; the live index
   * keeps answering meanwhile. Throws IngestBusyError when another ingest holds the lock.
   */
  reingest(onProgress?: (progress: IngestProgress) => void): Promise<IngestSummary>;
}
