import { linkKey, normalizeUrl } from "../../src/text/link-keys";

describe("normalizeUrl", () => {
  it("normalises urls", () => {
    expect(normalizeUrl("HTTPS://Example.COM:443/a/b/?utm_campaign=x&b=2&a=1#top")).toBe(
      "https://example.com/a/b?a=1&b=2",
    );
  });
});

describe("linkKey", () => {
  it("is one key for one page, whatever the scheme, www., tracking, slash or escapes", () => {
    const key = linkKey("https://en.wikinews.org/wiki/Hong_Kong%27s_election");
    for (const link of [
      "http://en.wikinews.org/wiki/Hong_Kong's_election/",
      "https://EN.wikinews.org/wiki/Hong_Kong%27s_election?utm_source=slack#results",
    ])
      expect(linkKey(link)).toBe(key);
    expect(linkKey("https://www.example.com/a")).toBe(linkKey("https://example.com/a"));
    expect(linkKey("https://example.com/a")).not.toBe(linkKey("https://example.com/b"));
    // A malformed escape stays as written.
    expect(linkKey("https://example.com/100%")).toBe("example.com/100%");
  });
});
