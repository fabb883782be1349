/** A Slack that fails at start-up: start() rejects naming the platform, the URL and the answer, never the token. */
import { createSlackPlatform } from "../../../src/adapters/slack/create-slack-platform";
import { createJsonlFeedbackStore } from "../../../src/feedback/feedback-store";
import { silentLogger } from "../../../src/logger";
import { createFakeArchive } from "../../fakes/fake-archive";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack";

const BOT_TOKEN = "xoxb-secret-start";

function platformFor(apiUrl: string, appToken?: string) {
  return createSlackPlatform({
    slack: {
      botToken: BOT_TOKEN,
      appToken,
      signingSecret: appToken ? undefined : "signing",
      apiUrl,
      port: 0,
      adminUsers: [],
    },
    deps: {
      archive: createFakeArchive([]),
      feedback: createJsonlFeedbackStore("/nonexistent/never-written.jsonl"),
      logger: silentLogger,
      maxQuestionChars: 500,
      rateLimit: { perUser: 1, perGuild: 1, windowSeconds: 60 },
    },
  });
}

describe("Slack start-up failures", () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack();
  });
  afterEach(() => fake.close());

  it("names the URL and the HTTP status when auth.test answers 501", async () => {
    fake.failNextWithStatus("auth.test", 501, 10);
    const platform = platformFor(fake.apiUrl);
    const error = (await platform.start().catch((e: Error) => e)) as Error;
    expect(error).toMatchObject({ code: "platform_start_failed" });
    expect(error.message).toBe(`Slack: POST ${fake.apiUrl}auth.test answered 501 Not Implemented`);
    expect(error.message).not.toContain(BOT_TOKEN);
    await platform.stop();
  });

  it("names Slack's error when the token is refused", async () => {
    fake.failNext("auth.test", "invalid_auth");
    const platform = platformFor(fake.apiUrl, "xapp-secret-start");
    const error = (await platform.start().catch((e: Error) => e)) as Error;
    expect(error.message).toBe(`Slack: POST ${fake.apiUrl}auth.test answered ok=false, error invalid_auth`);
    expect(fake.callsTo("apps.connections.open")).toHaveLength(0);
    await platform.stop();
  });
});
