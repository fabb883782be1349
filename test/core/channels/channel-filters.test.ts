/** A channel's filters bound a question's: the asker's own narrow further and never widen. */
import { withinChannel } from "../../../src/core/channels/channel-filters";

describe("withinChannel", () => {
  it("passes the asker's filters through where the channel has none", () => {
    expect(withinChannel(undefined, { from: "2020" })).toEqual({ ok: true, filters: { from: "2020" } });
    expect(withinChannel({}, undefined)).toEqual({ ok: true, filters: undefined });
  });

  it("keeps the later from and the earlier to, whatever their precision", () => {
    const channel = { from: "2023", to: "2024-06" };
    expect(withinChannel(channel, { from: "2020", to: "2025" })).toEqual({
      ok: true,
      filters: { from: "2023", to: "2024-06" },
    });
    expect(withinChannel(channel, { from: "2023-03-01", to: "2024-02" })).toEqual({
      ok: true,
      filters: { from: "2023-03-01", to: "2024-02" },
    });
    // 2024 ends after 2024-06: the channel's bound stays.
    expect(withinChannel(channel, { to: "2024" })).toEqual({
      ok: true,
      filters: { from: "2023", to: "2024-06" },
    });
  });

  it("tells the asker when their window lies outside the channel's", () => {
    const result = withinChannel({ from: "2024" }, { to: "2023-12" });
    expect(result).toEqual({
      ok: false,
      message: "This channel searches only from 2024. Your dates fall outside that, so no article can match.",
    });
  });

  it("keeps the asker's publishers that the channel allows, case-insensitively, and the channel's sections", () => {
    const channel = { publishers: ["Valley Wire", "Harbour Gazette"], sections: ["Local"] };
    expect(withinChannel(channel, undefined)).toEqual({
      ok: true,
      filters: { publishers: ["Valley Wire", "Harbour Gazette"], sections: ["Local"] },
    });
    expect(withinChannel(channel, { publishers: ["valley  wire"] })).toEqual({
      ok: true,
      filters: { publishers: ["valley  wire"], sections: ["Local"] },
    });
    expect(withinChannel(channel, { publishers: ["Other Paper"] })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Your publisher is not one of them"),
    });
  });
});
