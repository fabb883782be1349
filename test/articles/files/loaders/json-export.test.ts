/** The JSON / JSON Lines export loaders: record shapes, derived titles, per-record skips. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { loadJsonExport, loadJsonLines } from "../../../../src/articles/files/loaders/json-export";

const FIXTURES = path.resolve(__dirname, "../../../fixtures/loaders/corpus/exports");
const read = (name: string): string => readFileSync(path.join(FIXTURES, name), "utf8");

describe("loadJsonLines", () => {
  const wire = loadJsonLines(read("wire.jsonl"), "exports/wire.jsonl");

  it("keeps the good lines, numbered from 1, and skips the bad ones with a reason", () => {
    expect(wire.drafts.map((d) => d.source)).toEqual([
      "exports/wire.jsonl#1",
      "exports/wire.jsonl#2",
      "exports/wire.jsonl#4",
    ]);
    expect(wire.skipped).toEqual([
      { source: "exports/wire.jsonl#3", reason: expect.stringMatching(/^malformed JSON line: /) },
      { source: "exports/wire.jsonl#6", reason: "record has no text (expected text, body or content)" },
    ]);
  });

  it("has no titles (to be derived) and parses every date shape", () => {
    expect(wire.drafts.map((d) => d.draft.title)).toEqual([null, null, null]);
    expect(wire.drafts.map((d) => d.draft.published)).toEqual(["2022-06-12", "2022-06-13", "2022-06-13"]);
    expect(wire.drafts[0]!.draft).toMatchObject({
      url: "https://riverside-gazette.example/wire/1",
      publisher: "Riverside Wire",
    });
  });

  it("turns an HTML body into text with its paragraphs", () => {
    expect(wire.drafts[2]!.draft.text).toBe(
      "The school choir won a regional prize & a trophy.\n\nThey sang three songs.\n\nThe judges praised the harmonies.",
    );
  });

  it("skips a record that is not an object", () => {
    const out = loadJsonLines('{"text": "Fine."}\n42\n', "a.jsonl");
    expect(out.drafts).toHaveLength(1);
    expect(out.skipped).toEqual([{ source: "a.jsonl#2", reason: "record is not a JSON object" }]);
  });
});

describe("loadJsonExport", () => {
  it("reads an object holding an articles array, indexing records from 0", () => {
    const out = loadJsonExport(read("archive.json"), "exports/archive.json");
    expect(out.drafts).toEqual([
      {
        source: "exports/archive.json#0",
        draft: {
          id: 1042,
          title: "Market square gets new benches",
          url: "https://riverside-gazette.example/news/market-benches",
          published: "2021-09-30",
          publisher: "Riverside Gazette",
          byline: "Jane Placeholder, Sam Sample",
          section: "Local",
          language: "en",
          text: "Twelve new oak benches were installed in the market square this week.\n\nThe benches were paid for by local businesses.",
        },
      },
    ]);
    expect(out.skipped).toEqual([
      { source: "exports/archive.json#1", reason: "record has no text (expected text, body or content)" },
    ]);
  });

  it("reads a bare array, an items/posts object and a single record", () => {
    expect(loadJsonExport('[{"text": "A."}, {"body": "B."}]', "a.json").drafts.map((d) => d.source)).toEqual([
      "a.json#0",
      "a.json#1",
    ]);
    expect(loadJsonExport('{"posts": [{"content": "P."}]}', "p.json").drafts[0]?.draft.text).toBe("P.");
    expect(loadJsonExport('{"items": [{"text": "I."}]}', "i.json").drafts[0]?.source).toBe("i.json#0");
    const single = loadJsonExport('{"headline": "H", "text": "S.", "author": {"name": "N"}}', "s.json");
    expect(single.drafts).toEqual([
      { source: "s.json", draft: expect.objectContaining({ title: "H", byline: "N", text: "S." }) },
    ]);
  });

  it("skips a malformed file as a whole", () => {
    const out = loadJsonExport('[{"text": "A."},', "bad.json");
    expect(out.drafts).toEqual([]);
    expect(out.skipped).toEqual([{ source: "bad.json", reason: expect.stringMatching(/^malformed JSON: /) }]);
  });
});
