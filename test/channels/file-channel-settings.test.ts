/** The file-backed channel settings: seed and saved files, precedence, validation, atomic saves. */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileChannelSettings } from "../../src/channels/file-channel-settings";
import { ConfigError } from "../../src/errors";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "channel-settings-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const seedFile = () => join(dir, "seed.json");
const savedFile = () => join(dir, "channel-settings.json");

describe("FileChannelSettings", () => {
  it("gives the default for an unknown channel and when no file exists yet", async () => {
    const store = new FileChannelSettings({ file: savedFile() });
    await store.load();
    expect(await store.get("slack", "C1")).toEqual({ mode: "mention" });
  });

  it("reads the seed; a chat save wins for its channel, whole; other channels keep the seed", async () => {
    await writeFile(
      seedFile(),
      JSON.stringify({
        slack: {
          C1: { mode: "auto", filters: { publishers: ["Valley Wire"], from: "2024" } },
          C2: { filters: { sections: ["Local"] }, editors: { channel: "C9EDITORS" } },
        },
        discord: { "123456789012345678": { mode: "auto" } },
      }),
    );
    const store = new FileChannelSettings({ file: savedFile(), seedFile: seedFile() });
    await store.load();
    expect(await store.get("slack", "C2")).toEqual({
      mode: "mention",
      filters: { sections: ["Local"] },
      editors: { channel: "C9EDITORS" },
    });
    await store.set("slack", "C1", { mode: "mention", filters: { sections: ["Sport"] } });
    expect(await store.get("slack", "C1")).toEqual({ mode: "mention", filters: { sections: ["Sport"] } });
    expect(await store.get("discord", "123456789012345678")).toEqual({ mode: "auto" });
    // The seed file is never written; the save holds only what chat set.
    expect(JSON.parse(await readFile(savedFile(), "utf8"))).toEqual({
      slack: { C1: { mode: "mention", filters: { sections: ["Sport"] } } },
    });

    const restarted = new FileChannelSettings({ file: savedFile(), seedFile: seedFile() });
    await restarted.load();
    expect(await restarted.get("slack", "C1")).toEqual({ mode: "mention", filters: { sections: ["Sport"] } });
  });

  it("refuses a bad seed at load with a ConfigError naming the file and every bad field", async () => {
    await writeFile(
      seedFile(),
      JSON.stringify({
        slack: { C1: { mode: "loud", filters: { from: "2024-13" }, editors: { group: "editors" } } },
        discord: { "1": { filters: { colour: "red" } } },
      }),
    );
    const store = new FileChannelSettings({ file: savedFile(), seedFile: seedFile() });
    const error = await store.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^CHANNEL_SETTINGS_FILE \(.*seed\.json\): slack\.C1\.mode: must be mention or auto$/,
        ),
        expect.stringMatching(/slack\.C1\.filters\.from: not a date: use YYYY, YYYY-MM or YYYY-MM-DD/),
        expect.stringMatching(/slack\.C1\.editors\.group: must be a user-group id \(S…\)/),
        expect.stringMatching(/discord\.1\.filters: Unrecognized key\(s\) in object: 'colour'/),
      ]),
    );
  });

  it("refuses a seed that is not JSON, or missing, naming the file", async () => {
    await writeFile(seedFile(), "{ slack: ");
    await expect(new FileChannelSettings({ file: savedFile(), seedFile: seedFile() }).load()).rejects.toThrow(
      /CHANNEL_SETTINGS_FILE \(.*seed\.json\): not valid JSON/,
    );
    await expect(
      new FileChannelSettings({ file: savedFile(), seedFile: join(dir, "missing.json") }).load(),
    ).rejects.toThrow(/CHANNEL_SETTINGS_FILE \(.*missing\.json\): cannot be read/);
  });

  it("leaves the old file whole when a save fails before the rename, and leaves no temp file", async () => {
    const store = new FileChannelSettings({ file: savedFile() });
    await store.set("slack", "C1", { mode: "auto" });
    const before = await readFile(savedFile(), "utf8");

    const crashing = new FileChannelSettings({
      file: savedFile(),
      writeSteps: {
        rename: async () => {
          throw new Error("power cut");
        },
      },
    });
    await expect(crashing.set("slack", "C1", { mode: "mention", filters: { from: "2020" } })).rejects.toThrow(
      "power cut",
    );
    expect(await readFile(savedFile(), "utf8")).toBe(before);
    expect(await readdir(dir)).toEqual(["channel-settings.json"]);
    // Not believed saved either: the store still answers what is on disk.
    expect(await crashing.get("slack", "C1")).toEqual({ mode: "auto" });
  });

  it("sees a save made by another process (a replica on the same data folder)", async () => {
    const one = new FileChannelSettings({ file: savedFile() });
    const two = new FileChannelSettings({ file: savedFile() });
    expect(await two.get("discord", "123456789012345678")).toEqual({ mode: "mention" });
    await one.set("discord", "123456789012345678", { mode: "auto" });
    expect(await two.get("discord", "123456789012345678")).toEqual({ mode: "auto" });
  });

  it("serialises concurrent saves so none is lost", async () => {
    const store = new FileChannelSettings({ file: savedFile() });
    await Promise.all(
      ["C1", "C2", "C3", "C4"].map((channel) => store.set("slack", channel, { mode: "auto" })),
    );
    const saved = JSON.parse(await readFile(savedFile(), "utf8"));
    expect(Object.keys(saved.slack)).toEqual(["C1", "C2", "C3", "C4"]);
  });
});
