/** The ingest lock: a lock left by a killed ingest is taken over by exactly one of several racing ingests. */
import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireIngestLock } from "../../../src/index/store/index-layout";

const ROOT = join(__dirname, "..", "..", "..");
const CHILD = join(__dirname, "lock-race-child.ts");

function lines(child: ChildProcess): AsyncGenerator<string> {
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  let buffer = "";
  child.stdout?.on("data", (data: Buffer) => {
    buffer += data.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    queue.push(...parts);
    wake?.();
  });
  return (async function* () {
    for (;;) {
      while (queue.length > 0) yield queue.shift() as string;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  })();
}

async function nextLine(reader: AsyncGenerator<string>): Promise<string> {
  return (await reader.next()).value as string;
}

function startChild(indexDir: string): { child: ChildProcess; reader: AsyncGenerator<string> } {
  const child = spawn(process.execPath, ["-r", "tsx/cjs", CHILD, indexDir], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  return { child, reader: lines(child) };
}

/** A lock held by a process that was then killed: whatever form the lock takes on disk. */
async function staleLockTemplate(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "nqa-stale-lock-"));
  const { child, reader } = startChild(dir);
  expect(await nextLine(reader)).toBe("ready");
  child.stdin?.write("go\n");
  expect(await nextLine(reader)).toBe("won");
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  return dir;
}

async function plantStaleLock(template: string, indexDir: string): Promise<void> {
  await rm(indexDir, { recursive: true, force: true });
  await cp(template, indexDir, { recursive: true });
}

describe("ingest lock takeover", () => {
  jest.setTimeout(120_000);
  let template: string;
  let work: string;
  beforeAll(async () => {
    template = await staleLockTemplate();
    work = await mkdtemp(join(tmpdir(), "nqa-lock-race-"));
  });
  afterAll(async () => {
    await rm(template, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it("leaves a lock on disk when its holder is killed", async () => {
    expect((await readdir(template)).some((name) => name.includes("lock"))).toBe(true);
  });

  it("gives a stale lock to exactly one of several concurrent takers, every trial", async () => {
    const indexDir = join(work, "index");
    for (let trial = 0; trial < 60; trial++) {
      await plantStaleLock(template, indexDir);
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => acquireIngestLock(indexDir)));
      const winners = results.filter((r) => r.status === "fulfilled");
      for (const r of results)
        if (r.status === "rejected") expect((r.reason as { code?: string }).code).toBe("ingest_busy");
      for (const w of winners) await (w as PromiseFulfilledResult<() => Promise<void>>).value();
      expect({ trial, winners: winners.length }).toEqual({ trial, winners: 1 });
    }
  });

  it("gives a stale lock to exactly one of several racing processes, every trial", async () => {
    const indexDir = join(work, "index");
    for (let trial = 0; trial < 4; trial++) {
      await plantStaleLock(template, indexDir);
      const children = Array.from({ length: 3 }, () => startChild(indexDir));
      for (const c of children) expect(await nextLine(c.reader)).toBe("ready");
      for (const c of children) c.child.stdin?.write("go\n");
      const outcomes = await Promise.all(children.map((c) => nextLine(c.reader)));
      const exited = children.map((c) => new Promise((resolve) => c.child.once("exit", resolve)));
      for (const c of children) c.child.stdin?.end();
      await Promise.all(exited);
      expect({ trial, outcomes: [...outcomes].sort() }).toEqual({
        trial,
        outcomes: ["busy ingest_busy", "busy ingest_busy", "won"],
      });
    }
  });

  it("lets the next ingest in once the winner has released the lock", async () => {
    const indexDir = join(work, "index");
    await plantStaleLock(template, indexDir);
    const release = await acquireIngestLock(indexDir);
    await expect(acquireIngestLock(indexDir)).rejects.toMatchObject({ code: "ingest_busy" });
    await release();
    const again = await acquireIngestLock(indexDir);
    await again();
  });
});
