/** readText: UTF-16 files with a byte-order mark are decoded, not called binary. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readCorpus } from "../../../src/articles/files/read-corpus";
import { readText } from "../../../src/articles/files/read-text";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "read-text-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const STORY = "---\ntitle: Café reopens\n---\nThe café on Quay Street reopened — with “new” hours.\n";

function write(name: string, bytes: Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

/** UTF-16 BE bytes of a string (Node has no "utf16be" Buffer encoding). */
const utf16be = (text: string): Buffer => Buffer.from(text, "utf16le").swap16();

describe("readText", () => {
  it("decodes UTF-16 LE and BE with a byte-order mark", async () => {
    const le = write("le.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]));
    const be = write("be.md", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(STORY)]));
    await expect(readText(le)).resolves.toEqual({ ok: true, text: STORY });
    await expect(readText(be)).resolves.toEqual({ ok: true, text: STORY });
  });

  it("names a broken UTF-16 file instead of calling it binary", async () => {
    const odd = write("odd.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41])]));
    await expect(readText(odd)).resolves.toEqual({
      ok: false,
      reason: "not valid UTF-16LE text despite its byte-order mark",
    });
  });

  it("still refuses binaries", async () => {
    const bin = write("bin.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await expect(readText(bin)).resolves.toEqual({ ok: false, reason: "binary file (contains NUL bytes)" });
  });

  it("lets a UTF-16 article through the whole corpus read", async () => {
    const dir = path.join(tmp, "corpus");
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, "story.md"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, "utf16le")]),
    );
    const result = await readCorpus(dir);
    expect(result.skipped).toEqual([]);
    expect(result.articles[0]?.meta.title).toBe("Café reopens");
  });
});
