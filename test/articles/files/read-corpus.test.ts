/** readCorpus: the mixed fixture corpus, every broken-file case, duplicates, determinism. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { LoadResult } from "../../../src/articles/article";
import { articleId, contentHash } from "../../../src/articles/article-identity";
import { readCorpus } from "../../../src/articles/files/read-corpus";
import { normalizeText } from "../../../src/articles/normalize-text";

const FIXTURE_CORPUS = path.resolve(__dirname, "../../fixtures/loaders/corpus");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "read-corpus-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function corpus(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe("readCorpus on the fixture corpus", () => {
  let first: LoadResult;
  let second: LoadResult;
  let moved: LoadResult;
  beforeAll(async () => {
    const copy = path.join(tmp, "moved-corpus");
    cpSync(FIXTURE_CORPUS, copy, { recursive: true });
    first = await readCorpus(FIXTURE_CORPUS);
    second = await readCorpus(FIXTURE_CORPUS);
    moved = await readCorpus(copy);
  });

  it("loads every article in sorted path order", () => {
    expect(first.articles.map((a) => a.meta.source)).toEqual([
      "bridge-repair.md",
      "council-budget.md",
      "exports/archive.json#0",
      "exports/wire.jsonl#1",
      "exports/wire.jsonl#2",
      "exports/wire.jsonl#4",
      "ferry-schedule.txt",
      "library-hours.md",
      "park-cleanup.html",
    ]);
  });

  it("reports the broken records and nothing else", () => {
    expect(first.skipped).toEqual([
      { source: "exports/archive.json#1", reason: "record has no text (expected text, body or content)" },
      { source: "exports/wire.jsonl#3", reason: expect.stringMatching(/^malformed JSON line: /) },
      { source: "exports/wire.jsonl#6", reason: "record has no text (expected text, body or content)" },
    ]);
  });

  it("stores normalised text and a matching content hash", () => {
    for (const article of first.articles) {
      expect(article.text).toBe(normalizeText(article.text));
      expect(article.text).not.toMatch(/\n{3,}/);
      expect(article.hash).toBe(contentHash(article.meta, article.text));
    }
  });

  it("is deterministic, and ids do not depend on where the corpus lives", () => {
    expect(second).toEqual(first);
    expect(moved).toEqual(first);
  });

  it("derives ids from urls (utm params ignored), explicit ids, or paths", () => {
    const byId = new Map(first.articles.map((a) => [a.meta.source, a.meta]));
    expect(byId.get("bridge-repair.md")?.id).toBe(
      articleId("https://riverside-gazette.example/news/elm-street-bridge-reopens", "x"),
    );
    expect(byId.get("exports/archive.json#0")?.id).toBe("1042");
    expect(byId.get("library-hours.md")?.id).toBe("gazette_library_hours_7");
    expect(byId.get("council-budget.md")?.id).toBe(articleId(null, "council-budget.md"));
  });

  it("derives missing titles and marks them", () => {
    const wire = first.articles.find((a) => a.meta.source === "exports/wire.jsonl#1")!;
    expect(wire.meta.title).toBe("The town's only cinema will reopen on Friday after a new roof was fitted.");
    expect(wire.meta.titleDerived).toBe(true);
    const council = first.articles.find((a) => a.meta.source === "council-budget.md")!;
    expect(council.meta).toMatchObject({
      title: "Council approves a smaller library budget",
      titleDerived: false,
    });
    const library = first.articles.find((a) => a.meta.source === "library-hours.md")!;
    expect(library.meta).toMatchObject({
      title: "The Riverside library will open at 9 a.m. on Sundays starting next month, the head…",
      titleDerived: true,
      published: "2022",
    });
  });

  it("applies a .meta.json sidecar to a scraped .txt page", () => {
    const ferry = first.articles.find((a) => a.meta.source === "ferry-schedule.txt")!;
    expect(ferry.meta).toEqual({
      id: articleId("https://riverside-gazette.example/news/winter-ferry-schedule", ""),
      title: "Winter ferry schedule adds an early Monday crossing",
      titleDerived: false,
      url: "https://riverside-gazette.example/news/winter-ferry-schedule",
      published: "2022-10-03",
      publisher: "Riverside Gazette",
      byline: "Sam Sample",
      section: null,
      language: "en",
      source: "ferry-schedule.txt",
    });
    expect(ferry.text.split("A ferry leaves the Riverside pier at dawn.")).toHaveLength(2);
  });

  it("strips Markdown without reflowing paragraphs", () => {
    const bridge = first.articles.find((a) => a.meta.source === "bridge-repair.md")!;
    expect(bridge.meta.published).toBe("2023-03-14");
    expect(bridge.text).toBe(
      "The Elm Street bridge reopened to traffic on Monday after a six-week repair, the\n" +
        "city works department said.\n\n" +
        "What was fixed\n\n" +
        "Crews replaced 40 rusted bolts and resurfaced the deck, said Tom Example, the project lead.\n" +
        "“It feels solid now,” one cyclist said.",
    );
  });
});

describe("readCorpus on broken files", () => {
  const STORY = "---\ntitle: Fine story\n---\nThe bridge reopened.\n";
  let dir: string;
  let result: LoadResult;
  const seen: string[] = [];

  beforeAll(async () => {
    dir = corpus("broken", {
      "a-fine.md": STORY,
      "empty.md": "",
      "blank.txt": "  \n\n\t\n",
      "binary.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      "latin1.txt": Buffer.from("Caf\xe9 au lait is on the menu.\n", "latin1"),
      "big.txt": `Headline\n\n${"The bridge is long. ".repeat(20)}`,
      "bad-yaml.md": "---\ntitle: [unclosed\n---\nText.\n",
      "bad.json": '[{"text": "A."},',
      "records.jsonl": '{"text": "A record with text."}\n{"title": "No text here"}\n',
      "report.pdf": "%PDF-1.4 not really",
      README: "no extension",
      "only-headline.txt": "Just a headline\n",
      "story.txt": "Site\n\nHeadline\n\nBody.",
      "story.meta.json": "{ not json",
      "orphan.meta.json": '{"url": "https://x.example"}',
      "dup-1.md": "---\nurl: https://riverside-gazette.example/same\n---\nFirst copy.\n",
      "dup-2.md": "---\nurl: https://riverside-gazette.example/same/?utm_source=x\n---\nSecond copy.\n",
      ".hidden.md": STORY,
      ".git/config.md": STORY,
      "node_modules/pkg/readme.md": STORY,
    });
    // As root, chmod 000 does not stop reads: a dangling symlink really is unreadable.
    symlinkSync(path.join(dir, "nowhere.md"), path.join(dir, "dangling.md"));
    spawnSync("mkfifo", [path.join(dir, "pipe.md")]);
    result = await readCorpus(dir, { maxFileBytes: 200, onFile: (p) => seen.push(p) });
  });

  it("loads the good files", () => {
    expect(result.articles.map((a) => a.meta.source)).toEqual(["a-fine.md", "dup-1.md", "records.jsonl#1"]);
  });

  it("skips each broken file with a clear reason, in path order", () => {
    expect(result.skipped).toEqual([
      { source: "README", reason: "unsupported file type (no extension)" },
      { source: "bad-yaml.md", reason: expect.stringMatching(/^malformed YAML front matter: .+/) },
      { source: "bad.json", reason: expect.stringMatching(/^malformed JSON: .+/) },
      { source: "big.txt", reason: "file too large (410 bytes; the limit is 200 bytes)" },
      { source: "binary.md", reason: "binary file (contains NUL bytes)" },
      { source: "blank.txt", reason: "empty file" },
      { source: "dangling.md", reason: "unreadable file (broken symbolic link)" },
      {
        source: "dup-2.md",
        reason: `duplicate article id ${articleId("https://riverside-gazette.example/same", "")} (also in dup-1.md)`,
      },
      { source: "empty.md", reason: "empty file" },
      { source: "latin1.txt", reason: "binary or not UTF-8 text (invalid UTF-8)" },
      { source: "only-headline.txt", reason: "no text after extraction" },
      { source: "pipe.md", reason: "not a regular file" },
      { source: "records.jsonl#2", reason: "record has no text (expected text, body or content)" },
      { source: "report.pdf", reason: "unsupported file type .pdf" },
      {
        source: "story.txt",
        reason: expect.stringMatching(/^malformed JSON in sidecar story\.meta\.json: /),
      },
    ]);
  });

  it("reports each file it reads, relative and sorted, leaving out dot entries, node_modules and sidecars", () => {
    expect(seen).toEqual([
      "README",
      "a-fine.md",
      "bad-yaml.md",
      "bad.json",
      "big.txt",
      "binary.md",
      "blank.txt",
      "dangling.md",
      "dup-1.md",
      "dup-2.md",
      "empty.md",
      "latin1.txt",
      "only-headline.txt",
      "pipe.md",
      "records.jsonl",
      "report.pdf",
      "story.txt",
    ]);
  });

  it("uses a 5 MB limit by default", async () => {
    const big = corpus("default-limit", {
      "big.txt": `Headline\n\n${"x".repeat(5 * 1024 * 1024)}`,
      "fine.md": STORY,
    });
    const out = await readCorpus(big);
    expect(out.skipped).toEqual([{ source: "big.txt", reason: "file too large (5 MB; the limit is 5 MB)" }]);
  });
});

describe("readCorpus errors", () => {
  it("throws a clear error naming a missing folder", async () => {
    const missing = path.join(tmp, "no-such-corpus");
    await expect(readCorpus(missing)).rejects.toThrow(`Corpus folder not found: ${missing}`);
  });

  it("throws when the path is a file", async () => {
    const file = path.join(corpus("file-not-dir", { "a.md": "x" }), "a.md");
    await expect(readCorpus(file)).rejects.toThrow(`Corpus path is not a folder: ${file}`);
  });

  it("returns nothing for an empty folder", async () => {
    await expect(readCorpus(corpus("empty-folder", {}))).resolves.toEqual({
      articles: [],
      skipped: [],
      warnings: [],
    });
  });

  it("throws, naming the skips, when a corpus holds files but not one article could be read", async () => {
    const dir = corpus("nothing-readable", { "report.pdf": "%PDF-1.4", "empty.md": "" });
    await expect(readCorpus(dir)).rejects.toThrow(
      `No article could be read from ${dir}: 2 file(s) or record(s) skipped:\n  empty.md: empty file\n  report.pdf: unsupported file type .pdf`,
    );
  });
});
