/** `ingest` of a corpus that holds files but gives no article exits non-zero with the reason, writing no index. */
import { execFile } from "node:child_process";
import { access, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsroom-qa-nothing-read-"));
  await mkdir(join(root, "corpus"));
  await writeFile(join(root, "corpus", "report.pdf"), "%PDF-1.4");
  await writeFile(join(root, "corpus", "empty.md"), "");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

it("exits 1 naming the skipped files, and publishes no index version", async () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "error" };
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      TSX,
      [join(ROOT, "src", "cli", "ingest.ts"), "--corpus", "corpus", "--index", "index"],
      { cwd: root, env, timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(
    "ingest failed: No article could be read from corpus: 2 file(s) or record(s) skipped:\n" +
      "  empty.md: empty file\n  report.pdf: unsupported file type .pdf\n",
  );
  await expect(access(join(root, "index", "CURRENT"))).rejects.toThrow();
});
