/**
 * Issue #16: a WordPress post that is trashed, set to draft, pending, private or scheduled, or deleted, is
 * gone from answers after the next (incremental) sync; published again, it comes back. Real index, real
 * sync against the fake WordPress REST API, which like WordPress lists only published posts.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/config";
import { silentLogger } from "../../../src/logger";
import { createArchive, runIngest } from "../../../src/wire";
import { type FakeWordPress, type PostStatus, startFakeWordPress } from "../../fakes/fake-wordpress";
import { samplePosts } from "./sample-content";

const TELESCOPES = "Can card holders borrow telescopes from the Quillfield library?";
const fetch = { retries: 1, backoffMs: 1, sleep: async () => {} };

let wp: FakeWordPress;
let root: string;
beforeEach(async () => {
  wp = await startFakeWordPress(samplePosts());
  root = await mkdtemp(join(tmpdir(), "newsroom-qa-wp-status-"));
  await writeFile(
    join(root, "sources.json"),
    JSON.stringify({ sources: [{ type: "wordpress", url: wp.url, publisher: "Quillfield Post" }] }),
  );
});
afterEach(async () => {
  await wp.close();
  await rm(root, { recursive: true, force: true });
});

describe.each<PostStatus | "deleted">(["trash", "draft", "pending", "private", "future", "deleted"])(
  "a post set to %s",
  (status) => {
    it("disappears at the next sync and comes back when published again", async () => {
      const config = loadConfig({
        CORPUS_DIR: join(root, "unused"),
        INDEX_DIR: join(root, "index"),
        FEEDBACK_FILE: join(root, "feedback.jsonl"),
        SOURCES_FILE: join(root, "sources.json"),
      });
      const sync = () => runIngest(config, silentLogger, { fetch });
      const archive = createArchive(config, silentLogger);
      const titles = async () => {
        const result = await archive.ask(TELESCOPES);
        return result.ok ? result.answer.citations.map((c) => c.title) : [];
      };
      expect(await sync()).toMatchObject({ articles: 7 });
      expect(await titles()).toContain("Library lends telescopes");

      const post = wp.posts.find((p) => p.id === 3);
      if (status === "deleted") wp.remove(3);
      else wp.setStatus(3, status);
      const after = await sync();
      expect(wp.postRequests().at(-4)?.searchParams.has("modified_after")).toBe(true);
      expect(after).toMatchObject({ removed: 1, articles: 6 });
      expect(await titles()).not.toContain("Library lends telescopes");

      if (status === "deleted" && post) wp.posts.push(post);
      wp.setStatus(3, "publish");
      expect(await sync()).toMatchObject({ added: 1, articles: 7 });
      expect(await titles()).toContain("Library lends telescopes");
    }, 60_000);
  },
);
