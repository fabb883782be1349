import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack";
import appMention from "../../fixtures/slack/app-mention.json";
import { buildProgram, exited } from "../../helpers/build-program";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";

const ROOT = join(__dirname, "..", "..", "..");
let main: string;

/** Resolves when `child` exits, with its code. */
describe("the built program (node dist/main.js) in Socket Mode", () => {
  let t: TestArchive;
  let fake: FakeSlack;
  let child: ChildProcess | undefined;
  let stderr = "";
  beforeAll(async () => {
    [t, main] = await Promise.all([createTestArchive(), buildProgram("slack")]);
    fake = await startFakeSlack();
  }, 90_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      await exited(child);
    }
    await fake?.close();
    await t?.cleanup();
  });

  it("starts from environment variables, answers a mention, and stops cleanly on SIGTERM", async () => {
    child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        SLACK_BOT_TOKEN: "xoxb-spawned",
        SLACK_APP_TOKEN: "xapp-spawned",
        SLACK_API_URL: fake.apiUrl,
        INDEX_DIR: t.indexDir,
        CORPUS_DIR: t.corpusDir,
        FEEDBACK_FILE: join(t.indexDir, "..", "feedback.jsonl"),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const early = exited(child).then((code) => {
      throw new Error(`the bot exited early (code ${code}): ${stderr}`);
    });
    await Promise.race([fake.connected(), early]);
    await fake.waitFor(() => stderr.includes("newsroom-qa started"), "the start-up line", 10_000);
    expect(stderr).toContain("slack (socket mode)");

    // Asked now: a question is answered as of its message's time, and the fixture's own ts is from 2023.
    const ts = `${Math.floor(Date.now() / 1000)}.000100`;
    const event = {
      ...appMention.event,
      ts,
      event_ts: ts,
      text: "<@UBOT> How long will the Millbrook bridge be closed?",
    };
    await fake.pushEnvelope("events_api", { ...appMention, event_id: "Ev0SPAWNED01", event });
    const post = await fake.waitForCall("chat.postMessage", undefined, 1, 10_000);
    expect(post.body).toMatchObject({ channel: "C1NEWSROOM", thread_ts: ts });
    expect(`${post.body.text}\n${JSON.stringify(post.body.blocks)}\n${stderr}`).toContain(
      "https://gazette.example/2024/03/millbrook-bridge-repairs",
    );
    expect(post.authorization).toBe("Bearer xoxb-spawned");

    early.catch(() => undefined);
    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
    expect(stderr).not.toContain("xoxb-spawned");
    expect(stderr).not.toContain("xapp-spawned");
  }, 30_000);
});
