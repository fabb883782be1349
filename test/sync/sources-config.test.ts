/** The sources config: validation messages, relative folders, command-line additions. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConfigError } from "../../src/errors";
import {
  parseSourcesConfig,
  readSourcesConfig,
  resolveSources,
  sourceFromUrl,
  sourceKey,
} from "../../src/sync/sources-config";

const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("parseSourcesConfig", () => {
  it("reads allowRedirectOrigins of a site or feed and refuses a non-http(s) one", () => {
    const entry = {
      type: "feed",
      url: "https://site.example/feed",
      allowRedirectOrigins: ["https://www.site.example"],
    };
    expect(parseSourcesConfig({ sources: [entry] }, "s.json")).toEqual([entry]);
    expect(
      problems(() =>
        parseSourcesConfig(
          {
            sources: [
              { type: "wordpress", url: "https://site.example", allowRedirectOrigins: ["file:///etc"] },
            ],
          },
          "s.json",
        ),
      ),
    ).toEqual([expect.stringMatching(/^s\.json: sources\.0\.allowRedirectOrigins\.0: Only http and https/)]);
  });

  it("reads folders, WordPress sites and feeds; folders resolve against the file's folder", () => {
    const sources = parseSourcesConfig(
      {
        sources: [
          { type: "folder", path: "corpus/", publisher: "Gazette" },
          { type: "wordpress", url: "https://site.example/", publisher: "Site", maxPages: 5 },
          { type: "feed", url: "https://site.example/feed/" },
        ],
      },
      "/srv/bot/sources.json",
    );
    expect(sources).toEqual([
      { type: "folder", path: "corpus", dir: resolve("/srv/bot/corpus"), publisher: "Gazette" },
      { type: "wordpress", url: "https://site.example", publisher: "Site", maxPages: 5 },
      { type: "feed", url: "https://site.example/feed/" },
    ]);
    expect(sources.map(sourceKey)).toEqual([
      "folder:corpus",
      "wordpress:https://site.example",
      "feed:https://site.example/feed/",
    ]);
  });

  it("lists every problem, each with the file and the entry", () => {
    expect(
      problems(() =>
        parseSourcesConfig(
          {
            sources: [
              { type: "feed", url: "file:///etc/passwd" },
              { type: "wordpress" },
              { type: "ftp", url: "ftp://x" },
              { type: "folder", path: "a", extra: 1 },
            ],
          },
          "sources.json",
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^sources\.json: sources\.0\.url: Only http and https URLs .*file:/),
      "sources.json: sources.1.url: Required",
      expect.stringMatching(/^sources\.json: sources\.2\.type: Invalid discriminator value/),
      expect.stringMatching(/^sources\.json: sources\.3: Unrecognized key.*extra/),
    ]);
  });

  it("refuses an empty list and duplicates", () => {
    expect(problems(() => parseSourcesConfig({ sources: [] }, "s.json"))).toEqual([
      "s.json: sources: lists no sources; give at least one folder, wordpress or feed entry",
    ]);
    expect(
      problems(() =>
        parseSourcesConfig(
          {
            sources: [
              { type: "wordpress", url: "https://a.example" },
              { type: "wordpress", url: "https://a.example/" },
            ],
          },
          "s.json",
        ),
      ),
    ).toEqual(["s.json: source wordpress:https://a.example is listed more than once"]);
  });
});

describe("readSourcesConfig", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sources-config-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("names a missing file and bad JSON", async () => {
    await expect(readSourcesConfig(join(dir, "nope.json"))).rejects.toThrow(
      /SOURCES_FILE: cannot read .*nope\.json \(ENOENT\)/,
    );
    await writeFile(join(dir, "bad.json"), "{ sources: ");
    await expect(readSourcesConfig(join(dir, "bad.json"))).rejects.toThrow(/bad\.json: not valid JSON/);
  });
});

describe("sourceFromUrl and resolveSources", () => {
  it("refuses non-http(s) URLs from the command line", () => {
    expect(() => sourceFromUrl("feed", "file:///etc/passwd")).toThrow(/Only http and https URLs/);
    expect(() => sourceFromUrl("wordpress", "ftp://site.example")).toThrow(/scheme ftp:/);
  });

  it("is the corpus folder on its own for a plain folder ingest, else the corpus folder plus the extra sources", async () => {
    expect(await resolveSources({ corpusDir: "corpus" })).toEqual([
      { type: "folder", path: "corpus", dir: resolve("corpus"), corpus: true },
    ]);
    const sources = await resolveSources({
      corpusDir: "corpus",
      extra: [
        sourceFromUrl("wordpress", "https://site.example/"),
        sourceFromUrl("feed", "https://site.example/feed"),
      ],
    });
    expect(sources?.map(sourceKey)).toEqual([
      "folder:corpus",
      "wordpress:https://site.example",
      "feed:https://site.example/feed",
    ]);
  });
});
