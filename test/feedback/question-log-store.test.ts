import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { questionRecord } from "../../src/adapters/chat/log-question";
import type { QuestionRecord } from "../../src/feedback/question-log";
import { createJsonlQuestionLog } from "../../src/feedback/question-log-store";

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "question-log-"));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const record = (overrides: Partial<QuestionRecord> = {}): QuestionRecord => ({
  platform: "slack",
  user: "U1REPORTER",
  question: "when did the harbour bridge close?",
  status: "answered",
  cited: [{ id: "harbour-bridge", title: "Harbour bridge closes for repairs" }],
  ...overrides,
});

describe("the JSONL question log", () => {
  it("writes one JSON line per question with a salted sha256 of the user id, never the raw id", async () => {
    const file = join(directory, "questions.jsonl");
    const log = createJsonlQuestionLog({ file, retentionDays: 90, rawUsers: false });
    await log.record(record());
    await log.record(record({ user: "U2OTHER", status: "not_found", cited: [] }));
    const raw = await readFile(file, "utf8");
    expect(raw).not.toContain("U1REPORTER");
    expect(raw).not.toContain("U2OTHER");
    const [first, second] = raw
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first).toEqual({
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      platform: "slack",
      user: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      question: "when did the harbour bridge close?",
      status: "answered",
      cited: [{ id: "harbour-bridge", title: "Harbour bridge closes for repairs" }],
    });
    expect(second.user).not.toBe(first.user);
    // The salt is kept beside the log, readable by its owner only, and reused: same user, same hash.
    const salt = await stat(`${file}.salt`);
    expect(salt.mode & 0o777).toBe(0o600);
    const again = createJsonlQuestionLog({ file, retentionDays: 90, rawUsers: false });
    await again.record(record());
    const entries = await again.readAll();
    expect(entries[2]?.user).toBe(first.user);
  });

  it("hashes differently per install: the same id with another salt gives another hash", async () => {
    const a = createJsonlQuestionLog({
      file: join(directory, "a", "q.jsonl"),
      retentionDays: 90,
      rawUsers: false,
    });
    const b = createJsonlQuestionLog({
      file: join(directory, "b", "q.jsonl"),
      retentionDays: 90,
      rawUsers: false,
    });
    await a.record(record());
    await b.record(record());
    expect((await a.readAll())[0]?.user).not.toBe((await b.readAll())[0]?.user);
  });

  it("keeps raw ids only when configured", async () => {
    const file = join(directory, "questions.jsonl");
    const log = createJsonlQuestionLog({ file, retentionDays: 90, rawUsers: true });
    await log.record(record());
    expect((await log.readAll())[0]?.user).toBe("U1REPORTER");
  });

  it("scrubs token shapes out of questions", async () => {
    const file = join(directory, "questions.jsonl");
    const log = createJsonlQuestionLog({ file, retentionDays: 90, rawUsers: false });
    await log.record(record({ question: "why does xoxb-123-456-abcdef fail with sk-abcdefghijklmnop?" }));
    const raw = await readFile(file, "utf8");
    expect(raw).not.toContain("xoxb-123");
    expect(raw).not.toContain("sk-abcdefgh");
    expect(raw).toContain("[redacted]");
  });

  it("prunes entries past the retention and keeps the rest, skipping damaged lines", async () => {
    const file = join(directory, "questions.jsonl");
    let now = new Date("2026-01-01T12:00:00Z");
    const log = createJsonlQuestionLog({ file, retentionDays: 30, rawUsers: false, now: () => now });
    await log.record(record({ question: "old question?" }));
    now = new Date("2026-01-25T12:00:00Z");
    await log.record(record({ question: "recent question?" }));
    await writeFile(file, `${await readFile(file, "utf8")}{torn line\n`);
    now = new Date("2026-02-05T12:00:00Z");
    expect(await log.prune()).toBe(1);
    expect((await log.readAll()).map((entry) => entry.question)).toEqual(["recent question?"]);
    expect(await log.prune()).toBe(0);
  });

  it("records nothing when the retention is 0", async () => {
    const file = join(directory, "questions.jsonl");
    const log = createJsonlQuestionLog({ file, retentionDays: 0, rawUsers: false });
    await log.record(record());
    expect(await log.readAll()).toEqual([]);
  });
});

describe("questionRecord", () => {
  const base = { platform: "discord" as const, user: "42", question: "q?" };
  it("takes the status and each cited article once from an answer", () => {
    const citation = (n: number, articleId: string, title: string) => ({
      n,
      articleId,
      title,
      publisher: null,
      published: null,
      url: null,
      quote: "x",
    });
    const result = {
      ok: true as const,
      answer: {
        status: "answered" as const,
        question: "q?",
        text: "x [1] y [1] z [2]",
        citations: [citation(1, "a", "A"), citation(1, "a", "A"), citation(2, "b", "B")],
        asOf: null,
      },
    };
    expect(questionRecord({ ...base, result })).toEqual({
      ...base,
      status: "answered",
      cited: [
        { id: "a", title: "A" },
        { id: "b", title: "B" },
      ],
    });
  });
  it("marks a rejected question or a failed ask as a problem", () => {
    const problem = { ok: false as const, problem: { code: "too_long" as const, message: "long" } };
    expect(questionRecord({ ...base, result: problem }).status).toBe("problem");
    expect(questionRecord({ ...base, result: "error" }).status).toBe("problem");
  });
  it("keeps small talk out of the refused questions", () => {
    const answer = { status: "not_found" as const, question: "hi", text: "…", citations: [], asOf: null };
    expect(questionRecord({ ...base, result: { ok: true, answer } }).status).toBe("not_found");
    const smallTalk = { ok: true as const, answer: { ...answer, kind: "small_talk" as const } };
    expect(questionRecord({ ...base, result: smallTalk }).status).toBe("problem");
  });
});
