/**
 * `/newsroom-config` (issue 17) against the fake Slack with the real Bolt app: an admin sees the setting and
 * saves one through the modal (views.open, then view_submission), a non-admin is refused, invalid input is
 * shown in the modal, the setting survives a restart (a new store reads the file), and a channel's filters
 * change what a real archive cites.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CANNED } from "../../../src/adapters/chat/canned-texts";
import { FileChannelSettings } from "../../../src/channels/file-channel-settings";
import type { FakeSlack, RecordedCall } from "../../fakes/fake-slack";
import viewSubmission from "../../fixtures/slack/view-submission.json";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { ADMIN, CHANNEL, REPORTER, type SlackHarness, startSlackHarness, visibleText } from "./slack-harness";

interface ModalBlock {
  type: string;
  block_id?: string;
  element?: { type: string; action_id: string; initial_value?: string; initial_option?: { value: string } };
}
interface OpenedView {
  callback_id: string;
  private_metadata: string;
  blocks: ModalBlock[];
}

/** What a person typed or picked, by block id; a modal's other inputs are submitted empty. */
type Inputs = Partial<Record<string, string>>;

/** Submits the modal views.open received, the way Slack would: state.values per input block. */
function submit(fake: FakeSlack, opened: RecordedCall, inputs: Inputs, user = ADMIN) {
  const view = opened.body.view as OpenedView;
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== "input" || !block.block_id || !block.element) continue;
    const typed = inputs[block.block_id];
    const { type, action_id } = block.element;
    values[block.block_id] = {
      [action_id]:
        type === "static_select"
          ? {
              type,
              selected_option: { text: { type: "plain_text", text: typed }, value: typed ?? "mention" },
            }
          : type === "conversations_select"
            ? { type, selected_conversation: typed ?? null }
            : { type, value: typed ?? null },
    };
  }
  const payload = structuredClone(viewSubmission);
  payload.user.id = user;
  Object.assign(payload.view, {
    callback_id: view.callback_id,
    private_metadata: view.private_metadata,
    blocks: view.blocks,
    state: { values },
  });
  return fake.pushEnvelope("interactive", payload) as Promise<
    { response_action?: string; errors?: Record<string, string> } | undefined
  >;
}

describe("Slack /newsroom-config", () => {
  let dir: string;
  let store: FileChannelSettings;
  let h: SlackHarness;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "slack-config-"));
    store = new FileChannelSettings({ file: join(dir, "channel-settings.json") });
    h = await startSlackHarness({ channelSettings: store });
  });
  afterEach(async () => {
    await h.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("shows an admin the current setting, saves the modal, and shows the new one", async () => {
    const first = await h.command("/newsroom-config", "", { user_id: ADMIN });
    expect(first.text).toContain("The setup of this channel:");
    expect(first.text).toContain("Mode: mention");
    const opened = await h.fake.waitForCall("views.open");
    expect(opened.body.trigger_id).toBe("1.1.fake-trigger");

    const ack = await submit(h.fake, opened, {
      mode: "auto",
      publishers: "Valley Wire, The Harbour Herald",
      sections: "Local",
      from: "2024",
      to: "2024-06",
      editors_channel: "C2EDITORS",
      editors_group: "S0EDITORS",
    });
    expect(ack?.response_action).toBeUndefined();
    expect(await store.get("slack", CHANNEL)).toEqual({
      mode: "auto",
      filters: {
        publishers: ["Valley Wire", "The Harbour Herald"],
        sections: ["Local"],
        from: "2024",
        to: "2024-06",
      },
      editors: { channel: "C2EDITORS", group: "S0EDITORS" },
    });
    const confirmed = await h.fake.waitForCall("chat.postEphemeral", (c) => c.body.user === ADMIN);
    expect(confirmed.body.text).toContain("Saved. The setup of this channel is now:");
    expect(confirmed.body.text).toContain("Editors' channel: <#C2EDITORS>");
    // Showing the group must never ping it.
    expect(confirmed.body.text).not.toContain("subteam");

    const again = await h.command("/newsroom-config", "", { user_id: ADMIN });
    expect(again.text).toContain("Mode: auto");
    expect(again.text).toContain("Publishers: Valley Wire, The Harbour Herald");
    expect(again.text).toContain("Dates: 2024 to 2024-06");
    const reopened = await h.fake.waitForCall("views.open", undefined, 2);
    const blocks = (reopened.body.view as OpenedView).blocks;
    const byId = (id: string) => blocks.find((b) => b.block_id === id)?.element;
    expect(byId("mode")?.initial_option?.value).toBe("auto");
    expect(byId("publishers")?.initial_value).toBe("Valley Wire, The Harbour Herald");
    expect(byId("from")?.initial_value).toBe("2024");
  });

  it("refuses a non-admin, opens no modal, and refuses a forged submission", async () => {
    const ack = await h.command("/newsroom-config", "", { user_id: REPORTER });
    expect(ack.text).toBe(CANNED.configRefused);
    const opened = await (async () => {
      await h.command("/newsroom-config", "", { user_id: ADMIN });
      return h.fake.waitForCall("views.open");
    })();
    // The one views.open is the admin's (commands are handled in order on one connection).
    expect(h.fake.callsTo("views.open")).toHaveLength(1);
    const forged = await submit(h.fake, opened, { mode: "auto" }, REPORTER);
    expect(forged).toEqual({ response_action: "errors", errors: { mode: CANNED.configRefused } });
    expect(await store.get("slack", CHANNEL)).toEqual({ mode: "mention" });
  });

  it("shows each invalid field in the modal and saves nothing", async () => {
    await h.command("/newsroom-config", "", { user_id: ADMIN });
    const opened = await h.fake.waitForCall("views.open");
    const ack = await submit(h.fake, opened, { mode: "auto", from: "2024-13", editors_group: "@editors" });
    expect(ack?.response_action).toBe("errors");
    expect(ack?.errors?.from).toMatch(/not a date: use YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(ack?.errors?.editors_group).toMatch(/user-group id/);
    expect(Object.keys(ack?.errors ?? {}).sort()).toEqual(["editors_group", "from"]);
    expect(await store.get("slack", CHANNEL)).toEqual({ mode: "mention" });

    const reversed = await submit(h.fake, opened, { from: "2024-06", to: "2024-01" });
    expect(reversed?.errors?.from).toMatch(/from is after to/);
  });

  it("keeps a saved setting across a restart: a new store reads it, and the new bot uses it", async () => {
    await h.command("/newsroom-config", "", { user_id: ADMIN });
    const opened = await h.fake.waitForCall("views.open");
    await submit(h.fake, opened, { mode: "mention", publishers: "Nobody's Paper" });
    await h.stop();

    const reread = new FileChannelSettings({ file: join(dir, "channel-settings.json") });
    await reread.load();
    expect(await reread.get("slack", CHANNEL)).toEqual({
      mode: "mention",
      filters: { publishers: ["Nobody's Paper"] },
    });
    h = await startSlackHarness({ channelSettings: reread });
    const shown = await h.command("/newsroom-config", "", { user_id: ADMIN });
    expect(shown.text).toContain("Publishers: Nobody's Paper");
    await h.mention("when did the council approve the budget?");
    await h.fake.waitForCall("chat.postMessage");
    expect(h.archive.asked.at(-1)?.options?.filters).toEqual({ publishers: ["Nobody's Paper"] });
  });
});

describe("Slack: a channel's filters bound what a real archive cites", () => {
  let t: TestArchive;
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "channel-corpus-"));
    const article = (publisher: string, section: string, published: string, text: string) =>
      `---\ntitle: "Ferry fares rise (${publisher})"\nurl: https://${publisher.replace(/\W/g, "").toLowerCase()}.example/ferry\npublished: ${published}\npublisher: ${publisher}\nsection: ${section}\n---\n\n${text}\n`;
    await writeFile(
      join(root, "business.md"),
      article(
        "Harbour Ledger",
        "Business",
        "2023-04-02",
        "Ferry fares rise by eight per cent in April, the operator said on Sunday. Season tickets rise less.",
      ),
    );
    await writeFile(
      join(root, "local.md"),
      article(
        "Island Post",
        "Local",
        "2024-02-10",
        "Ferry fares rise again next month, islanders heard at a packed meeting on Saturday. A return ticket will cost twelve pounds.",
      ),
    );
    t = await createTestArchive({ corpus: root });
  }, 60_000);
  afterAll(async () => {
    await t.cleanup();
    await rm(root, { recursive: true, force: true });
  });

  let h: SlackHarness;
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "slack-config-"));
  });
  afterEach(async () => {
    await h.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const cited = (post: RecordedCall) => visibleText(post.body);

  it("cites only the channel's section and narrows with the asker's own dates, never widening", async () => {
    const store = new FileChannelSettings({ file: join(dir, "channel-settings.json") });
    h = await startSlackHarness({ archive: t.archive, channelSettings: store });
    const open = await h.mention("How much do ferry fares rise?");
    const unfiltered = await h.fake.waitForCall(
      "chat.postMessage",
      (c) => c.body.thread_ts === open,
      1,
      10_000,
    );
    expect(cited(unfiltered)).toContain("Harbour Ledger");

    await store.set("slack", CHANNEL, { mode: "mention", filters: { sections: ["local"] } });
    const ts = await h.mention("How much do ferry fares rise?");
    const local = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === ts, 1, 10_000);
    expect(cited(local)).toContain("Island Post");
    expect(cited(local)).not.toContain("Harbour Ledger");
    expect(cited(local)).toContain("*Filters:* section “local”");

    // The asker's from: cannot reach outside the channel's window.
    await store.set("slack", CHANNEL, { mode: "mention", filters: { from: "2024" } });
    const wide = await h.mention("from:2020 How much do ferry fares rise?");
    const bounded = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === wide, 1, 10_000);
    expect(cited(bounded)).toContain("Island Post");
    expect(cited(bounded)).not.toContain("Harbour Ledger");
    expect(cited(bounded)).toContain("*Filters:* from 2024");

    // A window wholly outside the channel's gets a clear reply and searches nothing.
    const outside = await h.mention("to:2023 How much do ferry fares rise?");
    const told = await h.fake.waitForCall("chat.postMessage", (c) => c.body.thread_ts === outside, 1, 10_000);
    expect(String(told.body.text)).toBe(
      "This channel searches only from 2024. Your dates fall outside that, so no article can match. Nothing was searched.",
    );
  });
});
