/** `.jsonl` corpus files are streamed record by record: a per-record size limit, each bad record named. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { loadJsonLines } from "../../../src/articles/files/loaders/json-export";
import { readCorpus } from "../../../src/articles/files/read-corpus";

const FIXTURES = path.resolve(__dirname, "../../fixtures/loaders/corpus/exports");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "stream-jsonl-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function corpus(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(dir, rel), content);
  return dir;
}

const record = (i: number, text = `Record ${i} says the ferry runs on time.`): string =>
  JSON.stringify({ id: `rec-${i}`, title: `Record ${i}`, published: `2023-05-0${1 + (i % 9)}`, text });

describe("a .jsonl export larger than the size limit", () => {
  it("is read whole, record by record; only the oversized record is skipped, and named by line", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => record(i + 1));
    lines[6] = record(7, "A very long record. ".repeat(30)); // 600+ bytes, over the 300-byte limit
    const dir = corpus("big-export", { "export.jsonl": `${lines.join("\n")}\n` });
    const out = await readCorpus(dir, { maxFileBytes: 300 });
    expect(out.articles).toHaveLength(39);
    expect(out.articles[0]?.meta).toMatchObject({
      id: "rec-1",
      source: "export.jsonl#1",
      published: "2023-05-02",
    });
    expect(out.skipped).toEqual([
      {
        source: "export.jsonl#7",
        reason: `record too large (${Buffer.byteLength(lines[6] as string)} bytes; the limit is 300 bytes per record)`,
      },
    ]);
  });

  it("gives exactly what the in-memory loader gives on the fixture export", async () => {
    const dir = corpus("fixture", { "wire.jsonl": readFileSync(path.join(FIXTURES, "wire.jsonl")) });
    const out = await readCorpus(dir);
    const plain = loadJsonLines(readFileSync(path.join(FIXTURES, "wire.jsonl"), "utf8"), "wire.jsonl");
    expect(out.articles.map((a) => a.meta.source)).toEqual(plain.drafts.map((d) => d.source));
    expect(out.skipped).toEqual(plain.skipped);
  });

  it("takes CRLF line ends, a UTF-8 BOM and a last line without a newline", async () => {
    const text = `\uFEFF${record(1)}\r\n\r\n${record(2)}\r\n${record(3)}`;
    const out = await readCorpus(corpus("crlf", { "e.jsonl": text }));
    expect(out.articles.map((a) => a.meta.source)).toEqual(["e.jsonl#1", "e.jsonl#3", "e.jsonl#4"]);
    expect(out.skipped).toEqual([]);
  });

  it("skips only the record holding invalid UTF-8 or NUL bytes", async () => {
    const bad = Buffer.concat([
      Buffer.from(`${record(1)}\n{"text": "caf`),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${record(3)}\n`),
    ]);
    const out = await readCorpus(corpus("bad-utf8", { "e.jsonl": bad }));
    expect(out.articles.map((a) => a.meta.id)).toEqual(["rec-1", "rec-3"]);
    expect(out.skipped).toEqual([
      { source: "e.jsonl#2", reason: "record is not UTF-8 text (invalid UTF-8)" },
    ]);
  });

  it("names a UTF-16 export instead of failing every line", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${record(1)}\n`, "utf16le")]);
    const out = await readCorpus(corpus("utf16-jsonl", { "e.jsonl": utf16, "fine.md": "Fine.\n" }));
    expect(out.skipped).toEqual([
      { source: "e.jsonl", reason: "UTF-16 text: JSON Lines must be UTF-8 (save the export as UTF-8)" },
    ]);
  });

  it("points a .json array over the limit to JSON Lines", async () => {
    const array = `[${Array.from({ length: 20 }, (_, i) => record(i)).join(",")}]`;
    const out = await readCorpus(corpus("big-json", { "e.json": array, "fine.md": "Fine.\n" }), {
      maxFileBytes: 300,
    });
    expect(out.skipped).toEqual([
      {
        source: "e.json",
        reason: expect.stringMatching(
          /^file too large \(.* KB; the limit is 300 bytes; export large archives as JSON Lines \(\.jsonl\), read record by record\)$/,
        ),
      },
    ]);
  });

  it("refuses an export of which not one record could be read", async () => {
    const dir = corpus("all-too-large", { "e.jsonl": `${record(1, "x".repeat(400))}\n` });
    await expect(readCorpus(dir, { maxFileBytes: 300 })).rejects.toThrow(
      /^No article could be read from .*all-too-large: 1 file\(s\) or record\(s\) skipped:\n {2}e\.jsonl#1: record too large/,
    );
  });
});
