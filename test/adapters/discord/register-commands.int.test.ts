/** The slash command definitions, and `npm run discord:register` against the fake REST API (bulk PUT, idempotent). */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildDiscordCommands } from "../../../src/adapters/discord/commands/all-commands";
import { registerDiscordCommands } from "../../../src/adapters/discord/register-commands";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/fake-discord";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..", "..");
const TOKEN = "register-test-token";

describe("buildDiscordCommands", () => {
  it("defines /ask with a required, length-capped question, an optional private flag and filter options", () => {
    const [ask] = buildDiscordCommands(300);
    expect(ask).toMatchObject({ name: "ask", type: 1, contexts: [0, 1] });
    expect(ask?.options).toEqual([
      expect.objectContaining({ name: "question", type: 3, required: true, max_length: 300 }),
      expect.objectContaining({ name: "private", type: 5, required: false }),
      expect.objectContaining({
        name: "from",
        type: 3,
        required: false,
        description: expect.stringContaining("YYYY-MM-DD"),
      }),
      expect.objectContaining({
        name: "to",
        type: 3,
        required: false,
        description: expect.stringContaining("YYYY-MM-DD"),
      }),
      expect.objectContaining({ name: "publisher", type: 3, required: false }),
    ]);
    expect(buildDiscordCommands(100_000)[0]?.options?.[0]).toMatchObject({ max_length: 6000 });
  });

  it("defines /reingest as admin-only by default and guild-only", () => {
    const reingest = buildDiscordCommands(300)[1];
    expect(reingest).toMatchObject({
      name: "reingest",
      default_member_permissions: "0",
      dm_permission: false,
      contexts: [0],
    });
  });

  it("defines /config as admin-only by default and guild-only, with the setup options", () => {
    const config = buildDiscordCommands(300)[2];
    expect(config).toMatchObject({
      name: "config",
      default_member_permissions: "0",
      dm_permission: false,
      contexts: [0],
    });
    expect(config?.options?.map((option) => [option.name, option.type, option.required])).toEqual([
      ["mode", 3, false],
      ["publishers", 3, false],
      ["sections", 3, false],
      ["from", 3, false],
      ["to", 3, false],
      ["editors-channel", 7, false],
      ["editors-role", 8, false],
      ["reset", 5, false],
      ["channel", 7, false],
    ]);
  });
});

describe("registerDiscordCommands", () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
  });

  const discord = (guildId?: string) => ({
    token: TOKEN,
    applicationId: fake.applicationId,
    apiUrl: fake.apiUrl,
    guildId,
    adminUsers: [],
  });

  it("PUTs the same global command list every time (bulk overwrite, so idempotent)", async () => {
    const first = await registerDiscordCommands({ discord: discord(), maxQuestionChars: 500 });
    await registerDiscordCommands({ discord: discord(), maxQuestionChars: 500 });
    expect(first).toMatchObject({ scope: "global", names: ["ask", "reingest", "config"] });
    const puts = fake.requests.filter((request) => request.method === "PUT");
    expect(puts).toHaveLength(2);
    expect(puts[0]?.path).toBe(`/api/v10/applications/${fake.applicationId}/commands`);
    expect(puts[0]?.authorization).toBe(`Bot ${TOKEN}`);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(puts[0]?.body).toEqual(buildDiscordCommands(500));
  });

  it("registers in one guild when a guild id is configured, without the global-only fields", async () => {
    const result = await registerDiscordCommands({ discord: discord(fake.guildId), maxQuestionChars: 500 });
    expect(result.scope).toBe("guild");
    const put = await fake.waitFor((request) => request.method === "PUT");
    expect(put.path).toBe(`/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    for (const command of put.body as Json[]) {
      expect(command).not.toHaveProperty("dm_permission");
      expect(command).not.toHaveProperty("contexts");
    }
    expect((put.body as Json[])[1]).toMatchObject({ name: "reingest", default_member_permissions: "0" });
  });

  it("runs as `npm run discord:register` from the environment, twice with the same body", async () => {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_BOT_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      MAX_QUESTION_CHARS: "250",
    };
    const cli = join(ROOT, "node_modules", ".bin", "tsx");
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run(cli, ["src/cli/discord-register.ts"], { cwd: ROOT, env, timeout: 20_000 });
      expect(stdout).toBe("Registered /ask, /reingest, /config globally.\n");
    }
    const puts = fake.requests.filter((request) => request.method === "PUT");
    expect(puts).toHaveLength(2);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect(puts[0]?.body).toMatchObject([
      { options: [{ max_length: 250 }, {}, { name: "from" }, { name: "to" }, { name: "publisher" }] },
      {},
      { name: "config" },
    ]);
  });

  it("exits 1 with a hint when Discord is not configured", async () => {
    const cli = join(ROOT, "node_modules", ".bin", "tsx");
    const failure = await run(cli, ["src/cli/discord-register.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 20_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining("Set DISCORD_BOT_TOKEN") });
  });
});
