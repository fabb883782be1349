/**
 * The eval's RecordingRetriever must pass every Retriever method through: a method it lacks is one the eval
 * answers without (it once skipped near-duplicate stories, speakers and word ranks), so the figures would not
 * be the product's.
 */
import type { Retriever } from "../../src/core/retriever";
import { RecordingRetriever } from "../../tools/eval/eval-lib";

// Every member of the port: a new one fails to type-check here until it is listed (and passed through).
const MEMBERS: Record<keyof Retriever, true> = {
  version: true,
  asOf: true,
  search: true,
  newestPublished: true,
  termWeight: true,
  storyCopies: true,
  missingTerms: true,
  nearestWords: true,
  wordRank: true,
  holdsTerm: true,
  writtenForm: true,
  spelledOut: true,
  articleText: true,
  quotations: true,
  linkedArticle: true,
};

describe("RecordingRetriever", () => {
  it("passes every member of the Retriever port through", () => {
    const missing = Object.keys(MEMBERS).filter((name) => !(name in RecordingRetriever.prototype));
    expect(missing).toEqual([]);
  });
});
