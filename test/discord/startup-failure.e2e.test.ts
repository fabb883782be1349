/** A refused token makes start() reject promptly and leaves no client running. */
import { createDiscordPlatform } from "../../src/adapters/discord/create-discord-platform";
import { silentLogger } from "../../src/logger";
import { createFakeArchive } from "../fakes/fake-archive";
import { startFakeDiscord } from "../fakes/fake-discord";

it("rejects start() when Discord refuses the token", async () => {
  const fake = await startFakeDiscord();
  try {
    fake.failNext((request) => request.path === "/api/v10/gateway/bot", 401);
    const platform = createDiscordPlatform({
      discord: {
        token: "bad",
        applicationId: fake.applicationId,
        apiUrl: fake.apiUrl,
        guildId: undefined,
        adminUsers: [],
      },
      deps: {
        archive: createFakeArchive([]),
        feedback: { record: async () => {}, readAll: async () => [] },
        logger: silentLogger,
        maxQuestionChars: 500,
        rateLimit: { perUser: 1, perGuild: 1, windowSeconds: 60 },
      },
    });
    await expect(platform.start()).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(platform.client.isReady()).toBe(false);
    expect(fake.identifies).toHaveLength(0);
    await platform.stop();
  } finally {
    await fake.close();
  }
});
