/** The one validation of channel settings, shared by the seed file and both platforms' commands. */
import { checkChannelSettings, splitNames } from "../../../src/core/channels/channel-settings-schema";

describe("checkChannelSettings", () => {
  it("accepts a full setting and drops empty parts", () => {
    expect(
      checkChannelSettings("slack", {
        mode: "auto",
        filters: { publishers: ["Valley Wire"], sections: [], from: "2024-02-29" },
        editors: { channel: "C0EDITORS", group: undefined },
      }),
    ).toEqual({
      ok: true,
      settings: {
        mode: "auto",
        filters: { publishers: ["Valley Wire"], from: "2024-02-29" },
        editors: { channel: "C0EDITORS" },
      },
    });
    expect(checkChannelSettings("discord", {})).toEqual({ ok: true, settings: { mode: "mention" } });
  });

  it("names every bad field, with ids checked in the platform's shape", () => {
    const result = checkChannelSettings("discord", {
      mode: "auto",
      filters: { from: "2023-02-29", to: "2022" },
      editors: { channel: "C0EDITORS", group: "S0EDITORS" },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field).sort()).toEqual([
      "editors.channel",
      "editors.group",
      "filters.from",
    ]);
    expect(checkChannelSettings("slack", { filters: { from: "2024-05", to: "2024-01" } })).toMatchObject({
      ok: false,
      problems: [{ field: "filters.from", message: "from is after to, so no article could match" }],
    });
  });
});

describe("splitNames", () => {
  it("splits on commas and lines, and reads none, - and empty as no list", () => {
    expect(splitNames(" Valley Wire,  Harbour\nGazette ,")).toEqual(["Valley Wire", "Harbour", "Gazette"]);
    expect(splitNames("none")).toBeUndefined();
    expect(splitNames(" - ")).toBeUndefined();
    expect(splitNames("")).toBeUndefined();
  });
});
