/** `npm run ingest` with --wordpress / --feed / --since, spawned as a real process against loopback fakes. */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleAtomEntries, samplePosts, sampleRssItems } from "../articles/remote/sample-content";
import { type FakeFeeds, startFakeFeeds } from "../fakes/fake-feeds";
import { type FakeWordPress, startFakeWordPress } from "../fakes/fake-wordpress";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

let root: string;
let wp: FakeWordPress;
let feeds: FakeFeeds;

function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_RETRIES: "0", LOG_LEVEL: "error" };
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(ROOT, "src", "cli", "ingest.ts"), ...args],
      { cwd: root, env, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsroom-qa-cli-"));
  await mkdir(join(root, "corpus"));
  await writeFile(
    join(root, "corpus", "note.md"),
    "---\ntitle: A note\n---\n\nA short synthetic note about the Quillfield tide tables.\n",
  );
  wp = await startFakeWordPress(samplePosts());
  feeds = await startFakeFeeds({ rssItems: sampleRssItems(), atomEntries: sampleAtomEntries() });
});
afterAll(async () => {
  await wp.close();
  await feeds.close();
  await rm(root, { recursive: true, force: true });
});

describe("ingest CLI with sources", () => {
  it("refuses file: and other non-http URLs before doing anything", async () => {
    const result = await ingest(["--feed", "file:///etc/passwd"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /Only http and https URLs can be fetched; refusing "file:\/\/\/etc\/passwd"/,
    );
    expect(feeds.requests).toHaveLength(0);
  });

  it("syncs a WordPress site and feeds next to the corpus folder, then only what changed --since", async () => {
    const base = ["--corpus", "corpus", "--index", "index"];
    const first = await ingest([
      ...base,
      "--wordpress",
      wp.url,
      "--feed",
      feeds.rssUrl,
      "--feed",
      feeds.atomUrl,
    ]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/12 articles/);
    expect(first.stdout).toMatch(/added 12, updated 0, removed 0/);

    const since = await ingest([
      ...base,
      "--wordpress",
      wp.url,
      "--since",
      "2999-01-01",
      "--feed",
      feeds.rssUrl,
      "--feed",
      feeds.atomUrl,
    ]);
    expect(since.code).toBe(0);
    // Content is asked for modified posts only; the published-id list (_fields) is a separate request.
    const contentRequests = wp.postRequests().filter((url) => !url.searchParams.has("_fields"));
    expect(contentRequests.at(-1)?.searchParams.get("modified_after")).toBe("2999-01-01T00:00:00.000Z");
    expect(since.stdout).toMatch(/12 articles/);
  });

  it("exits 2 and names the source when one cannot be read, keeping its articles", async () => {
    const garbage = feeds.script("/garbage.xml", [{ body: "not xml at all" }]);
    wp.mode = "down";
    const result = await ingest([
      "--corpus",
      "corpus",
      "--index",
      "index",
      "--wordpress",
      wp.url,
      "--feed",
      garbage,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /2 source\(s\) could not be read; their articles already in the index were kept/,
    );
    expect(result.stderr).toMatch(/wordpress:http:\/\/127\.0\.0\.1:\d+: .*HTTP 503/);
    expect(result.stdout).toMatch(/8 articles/);
  });
});
