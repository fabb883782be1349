/** Corpus-root confinement: symbolic links leading outside the corpus folder are never read, and are named. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { LoadResult } from "../../../src/articles/article";
import { OUTSIDE_ROOT } from "../../../src/articles/files/inside-root";
import { loadFolder } from "../../../src/articles/files/load-folder";
import { readCorpus } from "../../../src/articles/files/read-corpus";

let tmp: string;
let corpus: string;
const SECRET = "The payroll password is hunter2.";

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "corpus-root-"));
  const outside = path.join(tmp, "outside");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.md"), `${SECRET}\n`);
  writeFileSync(path.join(outside, "story.meta.json"), '{"title": "Stolen title"}');
  writeFileSync(path.join(outside, "passwd.txt"), "root:x:0:0:root:/root:/bin/bash\n");
  corpus = path.join(tmp, "corpus");
  mkdirSync(path.join(corpus, "extra"), { recursive: true });
  mkdirSync(path.join(corpus, "desk"));
  writeFileSync(path.join(corpus, "desk", "bridge.md"), "---\ntitle: Bridge\n---\nThe bridge reopened.\n");
  writeFileSync(path.join(corpus, "story.txt"), "Site\n\nHeadline\n\nThe ferry is late.\n");
  // Out of the root: a file, a folder, a file through a relative link, and a sidecar.
  symlinkSync(path.join(outside, "passwd.txt"), path.join(corpus, "extra", "passwd.txt"));
  symlinkSync(outside, path.join(corpus, "linked-folder"));
  symlinkSync("../../outside/secret.md", path.join(corpus, "extra", "relative.md"));
  symlinkSync(path.join(outside, "story.meta.json"), path.join(corpus, "story.meta.json"));
  // Inside the root: followed (a link cannot reach anything the walk would not read anyway).
  symlinkSync(path.join("..", "desk", "bridge.md"), path.join(corpus, "extra", "bridge-again.md"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const texts = (result: LoadResult): string => result.articles.map((a) => a.text).join("\n");

describe("symbolic links out of the corpus folder", () => {
  it("are not read, and each is named in the skips with the reason", async () => {
    const result = await readCorpus(corpus);
    expect(texts(result)).not.toMatch(/hunter2|root:x:0:0/);
    expect(result.articles.map((a) => a.meta.title)).not.toContain("Stolen title");
    expect(result.skipped).toEqual([
      { source: "extra/passwd.txt", reason: OUTSIDE_ROOT },
      { source: "extra/relative.md", reason: OUTSIDE_ROOT },
      { source: "linked-folder", reason: OUTSIDE_ROOT },
      { source: "story.txt", reason: `sidecar story.meta.json: ${OUTSIDE_ROOT}` },
    ]);
  });

  it("are followed when they resolve inside the root, and the root itself may be a link", async () => {
    const viaLink = path.join(tmp, "corpus-link");
    symlinkSync(corpus, viaLink);
    const result = await readCorpus(viaLink);
    expect(result.articles.map((a) => a.meta.source)).toEqual(["desk/bridge.md", "extra/bridge-again.md"]);
  });

  it("are refused the same way in a sources-config folder", async () => {
    const load = await loadFolder({ type: "folder", path: "corpus", dir: corpus });
    expect(load.failure).toBeUndefined();
    expect(load.articles.map((a) => a.text).join("\n")).not.toMatch(/hunter2|root:x:0:0/);
    expect(load.skipped).toContainEqual({ source: "folder:corpus/linked-folder", reason: OUTSIDE_ROOT });
    expect(load.skipped).toContainEqual({ source: "folder:corpus/extra/passwd.txt", reason: OUTSIDE_ROOT });
  });
});
