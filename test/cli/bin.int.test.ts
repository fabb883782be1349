/** The package's `newsroom-qa` bin, built as `npm run build` builds it, dispatching to each command. */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { buildProgram } from "../helpers/build-program";
import { createTestArchive, type TestArchive } from "../helpers/test-archive";

const run = promisify(execFile);
let bin: string;
let t: TestArchive;

beforeAll(async () => {
  [t, bin] = await Promise.all([
    createTestArchive(),
    buildProgram("bin").then((main) => join(dirname(main), "cli", "newsroom-qa.js")),
  ]);
}, 120_000);
afterAll(() => t.cleanup());

const cli = (args: string[], nodeFlags: string[] = []) =>
  run(process.execPath, [...nodeFlags, bin, ...args], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", QUESTION_LOG_RETENTION_DAYS: "0" },
    timeout: 30_000,
  });

type Failure = { code: number; stdout: string; stderr: string };
const failure = (args: string[]) =>
  cli(args).then(
    (ok) => ({ code: 0, ...ok }),
    (error: Failure) => error,
  );

/**
 * Libraries the `ask` path must not load: platform SDKs, the OpenAI client, HTML and feed parsers, and any
 * LangChain package or langsmith (the query searches the graph and embeds locally without them); nor wink-nlp's
 * tagger, unless the question needs its parts of speech (part-of-speech.ts).
 */
const NOT_FOR_ASK = [
  "discord.js",
  "@slack/bolt",
  "@langchain",
  "langsmith",
  "rss-parser",
  "@mozilla/readability",
  "linkedom",
  "wink-nlp",
  "wink-eng-lite-web-model",
];

describe("newsroom-qa bin", () => {
  it("prints usage and fails without a command", async () => {
    const error = await cli([]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(/Usage: newsroom-qa <command>/);
  });

  it("prints help on stdout, exit 0, with `newsroom-qa <command>` in the usage line, for every command", async () => {
    const top = await cli(["--help"]);
    expect(top.stdout).toMatch(/^Usage: newsroom-qa <command> \[options\]/);
    for (const command of ["ask", "ingest", "start", "feedback", "report", "discord-register"])
      expect(top.stdout).toContain(command);
    for (const command of ["ask", "ingest", "start", "feedback", "report", "discord-register"]) {
      const { stdout, stderr } = await cli([command, "--help"]);
      expect({ command, usage: stdout.split("\n")[0], stderr }).toEqual({
        command,
        usage: expect.stringMatching(new RegExp(`^Usage: newsroom-qa ${command} \\[options\\]`)),
        stderr: "",
      });
    }
  });

  it("refuses a bad date, an unknown mode or an unknown flag with exit 2, naming the flag", async () => {
    const cases: [string[], RegExp][] = [
      [["ask", "--from", "2022-13-45", "q"], /--from .*2022-13-45.*not a date/],
      [["ask", "--to", "2024-02-30", "q"], /--to .*2024-02-30.*not a date/],
      [["ask", "--from", "last week", "q"], /--from .*last week.*not a date/],
      [["ask", "--mode", "bogus", "q"], /--mode .*bogus.*hybrid, vector, bm25/],
      [["ask", "--bogus", "q"], /unknown option '--bogus'/],
      [["ingest", "--bogus"], /unknown option '--bogus'/],
      [["feedback", "--recent", "ten"], /--recent .*ten/],
      [["bogus"], /unknown command 'bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = await failure(args);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(result.stderr).toMatch(message);
    }
  });

  it("accepts the date forms the articles use", async () => {
    const { stdout } = await cli([
      "ask",
      "--index",
      t.indexDir,
      "--json",
      "--from",
      "2024",
      "--to",
      "2024-12-31",
      "How many visitors came to the lantern festival?",
    ]);
    expect(JSON.parse(stdout).status).toBe("answered");
  });

  /** The packages a `newsroom-qa ask` process loaded, read from require.cache when it exits. */
  const loadedBy = async (question: string): Promise<string[]> => {
    const probe = join(t.indexDir, "..", "loaded-packages.js");
    await writeFile(
      probe,
      `process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(Object.keys(require.cache)) + "\\n"));`,
    );
    const { stdout, stderr } = await cli(["ask", "--index", t.indexDir, "--json", question], ["-r", probe]);
    expect(JSON.parse(stdout).status).toBe("answered");
    return JSON.parse(/LOADED (.*)/.exec(stderr)?.[1] ?? "[]") as string[];
  };
  const packagesIn = (loaded: string[], names: string[]) =>
    names.map((name) => ({ name, loaded: loaded.filter((file) => file.includes(`/node_modules/${name}/`)) }));

  it("answers without loading platform SDKs, the OpenAI client, HTML and feed parsers, LangChain or the tagger", async () => {
    const loaded = await loadedBy("Who directs the lantern festival?");
    expect(loaded.some((file) => file.includes("/node_modules/hnswlib-node/"))).toBe(true);
    expect(packagesIn(loaded, NOT_FOR_ASK)).toEqual(NOT_FOR_ASK.map((name) => ({ name, loaded: [] })));
  });

  it("loads the part-of-speech tagger only for a question that needs it ('how many …'), and nothing else", async () => {
    const loaded = await loadedBy("How many visitors came to the lantern festival?");
    expect(loaded.some((file) => file.includes("/node_modules/wink-nlp/"))).toBe(true);
    const others = NOT_FOR_ASK.filter((name) => !name.startsWith("wink-"));
    expect(packagesIn(loaded, others)).toEqual(others.map((name) => ({ name, loaded: [] })));
  });

  it("answers through `newsroom-qa ask`", async () => {
    const { stdout } = await cli([
      "ask",
      "--index",
      t.indexDir,
      "--json",
      "How many visitors came to the lantern festival?",
    ]);
    const answer = JSON.parse(stdout);
    expect(answer.status).toBe("answered");
    expect(answer.citations[0].title).toBe("Lantern festival draws record crowd");
  });

  it("ingests through `newsroom-qa ingest`", async () => {
    const { stdout } = await cli(["ingest", "--corpus", t.corpusDir, "--index", t.indexDir]);
    expect(stdout).toMatch(/unchanged 5/);
  });

  it("summarises feedback through `newsroom-qa feedback`", async () => {
    const { stdout } = await cli(["feedback", "--file", `${t.indexDir}/../no-votes.jsonl`]);
    expect(stdout).toMatch(/No feedback yet/);
  });
});
