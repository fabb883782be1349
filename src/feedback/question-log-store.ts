/**
 * The question log as a JSONL file. User ids are replaced by sha256(salt, platform, id), with a random salt
 * made once per install and kept beside the log (`<file>.salt`, mode 600), unless raw ids are configured.
 * Question text goes through the same secret scrubbing as log lines. Retention 0 records nothing.
 */
import { createHash, randomBytes } from "node:crypto";
import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { scrubSecrets } from "../errors";
import { parseJsonLines, readIfPresent } from "./json-lines";
import type { QuestionLog, QuestionLogEntry, QuestionRecord } from "./question-log";

export interface QuestionLogOptions {
  file: string;
  /** Entries older than this many days are dropped by prune(); 0 turns the log off. */
  retentionDays: number;
  /** Keep raw user ids (QUESTION_LOG_RAW_USERS=true); default: hashed. */
  rawUsers: boolean;
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createJsonlQuestionLog(options: QuestionLogOptions): QuestionLog {
  const { file } = options;
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  let salt: Promise<string> | undefined;
  // Serialise every write so appends never interleave inside a line and a prune never loses an append.
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job);
    queue = next.catch(() => undefined);
    return next;
  };

  const hashUser = async (platform: string, user: string): Promise<string> => {
    salt ??= readOrMakeSalt(`${file}.salt`);
    const digest = createHash("sha256")
      .update(`${await salt}\n${platform}\n${user}`)
      .digest("hex");
    return `sha256:${digest}`;
  };

  const readAll = async (): Promise<QuestionLogEntry[]> => parseQuestionLog(await readIfPresent(file));

  return {
    async record(record: QuestionRecord) {
      if (options.retentionDays === 0) return;
      const entry: QuestionLogEntry = {
        at: now().toISOString(),
        platform: record.platform,
        user: options.rawUsers ? record.user : await hashUser(record.platform, record.user),
        question: scrubSecrets(record.question),
        status: record.status,
        cited: record.cited.map(({ id, title }) => ({ id, title })),
        ...(record.event ? { event: record.event } : {}),
      };
      await serial(async () => {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, `${JSON.stringify(entry)}\n`, "utf8");
      });
    },
    readAll,
    prune: () =>
      serial(async () => {
        const entries = await readAll();
        const cutoff = now().getTime() - options.retentionDays * DAY_MS;
        const kept = entries.filter((entry) => Date.parse(entry.at) >= cutoff);
        const dropped = entries.length - kept.length;
        if (dropped === 0) return 0;
        // Write aside and rename: a crash leaves the old log or the new one, never half of one.
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, kept.map((entry) => `${JSON.stringify(entry)}\n`).join(""), "utf8");
        await rename(temp, file);
        return dropped;
      }),
  };
}

/** Entries of a log file's text; a torn or hand-edited line (not JSON, no time) is skipped. */
export function parseQuestionLog(raw: string): QuestionLogEntry[] {
  return (parseJsonLines(raw) as QuestionLogEntry[])
    .filter(
      (entry) =>
        typeof entry?.at === "string" &&
        !Number.isNaN(Date.parse(entry.at)) &&
        typeof entry.question === "string",
    )
    .map((entry) => ({ ...entry, cited: Array.isArray(entry.cited) ? entry.cited : [] }));
}

/** The install's salt: read, or made once (`wx`, so two processes starting together agree on one). */
async function readOrMakeSalt(path: string): Promise<string> {
  try {
    return (await readFile(path, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, `${randomBytes(32).toString("hex")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return (await readFile(path, "utf8")).trim();
}
