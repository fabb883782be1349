/** Slack over the shipped article: "Who said …?" is answered with the speaker, shown as "— Name, role". */
import { join } from "node:path";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { type SlackHarness, startSlackHarness } from "./slack-harness";

describe("Slack shows who said a quotation", () => {
  let t: TestArchive;
  let h: SlackHarness;
  beforeAll(async () => {
    t = await createTestArchive({ corpus: join(__dirname, "..", "..", "..", "corpus") });
    h = await startSlackHarness({ archive: t.archive });
  });
  afterAll(async () => {
    await h.stop();
    await t.cleanup();
  });

  it("names the speaker under the quote with the short role: — Am Sam Ath, operations director …", async () => {
    const ts = await h.mention("Who said the government always refuses reports by rights groups?");
    const post = await h.fake.waitForCall("chat.postMessage", undefined, 1, 10_000);
    expect(post.body.thread_ts).toBe(ts);
    const sections = (post.body.blocks as { type: string; text?: { text: string } }[])
      .filter((block) => block.type === "section")
      .map((block) => block.text?.text ?? "");
    const source = sections.find((text) => text.includes(">The government always refuses reports"));
    expect(source).toContain("\n— Am Sam Ath, operations director of the human rights group Licadho");
    expect(String(post.body.text)).toMatch(/^That was Am Sam Ath:/);
  });
});
