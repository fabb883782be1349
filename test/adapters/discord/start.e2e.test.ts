/** The built program (`npm start` = build, then node dist/main.js) answers /ask through the fake Discord, and stops on SIGTERM. */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/fake-discord";
import { buildProgram } from "../../helpers/build-program";
import { expectNoPingsAnywhere, isCallback, isOriginalEdit } from "./harness";
import { askInteraction } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

const run = promisify(execFile);
const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "node_modules", ".bin");
const TOKEN = "spawned-bot-token.never.logged";

let fake: FakeDiscord;
let dir: string;
let child: ChildProcess | undefined;
let main: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "discord-start-"));
  const build = buildProgram("discord").then((path) => {
    main = path;
  });
  const ingest = run(
    join(BIN, "tsx"),
    ["src/cli/ingest.ts", "--corpus", "test/fixtures/corpus", "--index", join(dir, "index")],
    { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 60_000 },
  );
  await Promise.all([build, ingest]);
  fake = await startFakeDiscord();
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

it("starts, answers /ask from the index on disk, and exits cleanly on SIGTERM", async () => {
  let stderr = "";
  const started = new Promise<void>((resolve, reject) => {
    child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DISCORD_BOT_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        INDEX_DIR: join(dir, "index"),
        CORPUS_DIR: join(ROOT, "test", "fixtures", "corpus"),
        FEEDBACK_FILE: join(dir, "feedback.jsonl"),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes("newsroom-qa started")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`exited early (${code}):\n${stderr}`)));
  });
  await started;
  expect(fake.identifies[0]).toMatchObject({ token: TOKEN, intents: 4609 });

  const interaction = askInteraction(fake, "How many new teachers does the Harbor school budget add?");
  await fake.waitFor(isCallback(interaction.id), 10_000);
  const edit = await fake.waitFor(isOriginalEdit(interaction.token), 10_000);
  expect((edit.body as Json).embeds[0].description).toContain(
    "Harbor district approves budget with twelve new teachers",
  );
  expectNoPingsAnywhere(fake.requests);

  const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
  child?.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(stderr).toContain("shutting down");
  expect(stderr).not.toContain(TOKEN);
  expect(stderr).not.toContain(interaction.token);
}, 30_000);
