/** A refused token or a failing Discord makes start() reject promptly, naming the request, and leaves no client running. */
import { createDiscordPlatform } from "../../../src/adapters/discord/create-discord-platform";
import { silentLogger } from "../../../src/logger";
import { createFakeArchive } from "../../fakes/fake-archive";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/fake-discord";

const TOKEN = "MTIz.secret-bot-token";

function platformFor(fake: FakeDiscord, apiUrl = fake.apiUrl) {
  return createDiscordPlatform({
    discord: { token: TOKEN, applicationId: fake.applicationId, apiUrl, guildId: undefined, adminUsers: [] },
    deps: {
      archive: createFakeArchive([]),
      feedback: { record: async () => {}, readAll: async () => [] },
      logger: silentLogger,
      maxQuestionChars: 500,
      rateLimit: { perUser: 1, perGuild: 1, windowSeconds: 60 },
    },
  });
}

describe("Discord start-up failures", () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(() => fake.close());

  it("names the request when Discord refuses the token", async () => {
    fake.failNext((request) => request.path === "/api/v10/gateway/bot", 401);
    const platform = platformFor(fake);
    const error = await platform.start().catch((e: Error) => e);
    expect(error).toMatchObject({
      code: "platform_start_failed",
      message: `Discord: GET ${fake.apiUrl}/v10/gateway/bot answered 401 Unauthorized: DISCORD_BOT_TOKEN was refused`,
    });
    expect(String((error as Error).message)).not.toContain(TOKEN);
    expect(platform.client.isReady()).toBe(false);
    expect(fake.identifies).toHaveLength(0);
    await platform.stop();
  });

  it("names the platform, the URL and the status when Discord answers 404", async () => {
    fake.failNext((request) => request.path === "/api/v10/gateway/bot", 404);
    const platform = platformFor(fake);
    const error = (await platform.start().catch((e: Error) => e)) as Error;
    expect(error.message).toBe(`Discord: GET ${fake.apiUrl}/v10/gateway/bot answered 404 Not Found`);
    expect(platform.client.isReady()).toBe(false);
    await platform.stop();
  });

  it("names the URL and the reason when nothing answers", async () => {
    const closed = await startFakeDiscord();
    const apiUrl = closed.apiUrl;
    await closed.close();
    const platform = platformFor(fake, apiUrl);
    const error = (await platform.start().catch((e: Error) => e)) as Error;
    expect(error.message).toBe(`Discord: GET ${apiUrl}/v10/gateway/bot failed: ECONNREFUSED`);
    await platform.stop();
  });
});
