import { IngestBusyError, SharedStateUnavailableError } from "../../../src/errors";
import {
  ADMIN,
  ARTICLES,
  CHANNEL,
  REPORTER,
  type SlackHarness,
  startSlackHarness,
  visibleText,
} from "./slack-harness";

const FERRY_ARTICLE = {
  id: "ferry-timetable",
  title: "New ferry timetable",
  publisher: "The Harbour Herald",
  published: "2024-07-01",
  url: "https://news.example/2024/07/ferry",
  text: "A new ferry timetable starts on 1 July with boats every twenty minutes. Night sailings return.",
};

describe("/newsroom-reingest (Socket Mode)", () => {
  let h: SlackHarness;
  let release: () => void;
  beforeEach(async () => {
    h = await startSlackHarness();
    h.archive.reingestGate = new Promise<void>((resolve) => {
      release = resolve;
    });
  });
  afterEach(async () => {
    release();
    await h.stop();
  });

  it("lets an admin re-ingest: progress while it runs, then the summary, and answers change after", async () => {
    await h.mention("what is the ferry timetable?");
    const before = await h.fake.waitForCall("chat.postMessage");
    expect(visibleText(before.body)).not.toContain("ferry-timetable");
    expect(before.body.text).toContain("nothing on that");

    const ack = await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    expect(ack).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringContaining("Re-ingest started"),
    });
    const status = await h.fake.waitForCall("chat.postMessage", (call) =>
      String(call.body.text).includes("Re-ingest"),
    );
    expect(status.body.channel).toBe(CHANNEL);
    const progress = await h.fake.waitForCall("chat.update");
    expect(progress.body.text).toContain("reading articles");

    h.archive.articles = [...structuredClone(ARTICLES), FERRY_ARTICLE]; // what the new index holds
    release();
    const summary = await h.fake.waitForCall("chat.update", (call) =>
      String(call.body.text).includes("finished"),
    );
    expect(summary.body.text).toMatch(/1 added, 0 updated, 0 removed, 0 skipped/);
    expect(h.archive.reingests).toBe(1);

    await h.mention("what is the ferry timetable?");
    const after = await h.fake.waitForCall("chat.postMessage", (call) =>
      visibleText(call.body).includes("news.example/2024/07/ferry"),
    );
    expect(visibleText(after.body)).toContain(
      ">A new ferry timetable starts on 1 July with boats every twenty minutes",
    );
  });

  it("refuses anyone not in SLACK_ADMIN_USERS, politely, and logs the attempt", async () => {
    const ack = await h.command("/newsroom-reingest", "", { user_id: REPORTER });
    expect(ack.text).toContain("only the archive's admins");
    expect(h.archive.reingests).toBe(0);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    const warning = h.logs.find((line) => line.level === 40 && line.msg.includes("re-ingest refused"));
    expect(warning).toMatchObject({ user: REPORTER });
  });

  it("refuses a second re-ingest while one is running", async () => {
    await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    await h.fake.waitForCall("chat.update");
    const second = await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    expect(second.text).toContain("already running");
    release();
    await h.fake.waitForCall("chat.update", (call) => String(call.body.text).includes("finished"));
    expect(h.archive.reingests).toBe(1);
  });

  it("reports an ingest lock held elsewhere, shared state away, and a failed ingest, without details", async () => {
    release();
    const busy = Object.assign(h.archive, {
      reingest: async () => {
        throw new IngestBusyError("pid 4242 since 10:00");
      },
    });
    await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    await h.fake.waitForCall("chat.update", (call) => String(call.body.text).includes("already running"));

    busy.reingest = async () => {
      throw new SharedStateUnavailableError();
    };
    await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    await h.fake.waitForCall("chat.update", (call) =>
      String(call.body.text).startsWith("Shared state unavailable, try again"),
    );

    busy.reingest = async () => {
      throw new Error("EACCES: permission denied, open '/srv/index/lock'");
    };
    await h.command("/newsroom-reingest", "", { user_id: ADMIN });
    const failed = await h.fake.waitForCall("chat.update", (call) =>
      String(call.body.text).includes("failed"),
    );
    expect(failed.body.text).not.toContain("EACCES");
  });
});
