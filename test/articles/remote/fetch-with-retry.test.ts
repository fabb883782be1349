/** fetchWithRetry against loopback servers: schemes, retries with Retry-After, timeouts, size caps, redirects. */
import {
  DEFAULT_FETCH_POLICY,
  fetchWithRetry,
  parseRetryAfter,
  toHttpUrl,
} from "../../../src/articles/remote/fetch-with-retry";
import { type FakeFeeds, startFakeFeeds } from "../../fakes/fake-feeds";

let server: FakeFeeds;
beforeEach(async () => {
  server = await startFakeFeeds();
});
afterEach(() => server.close());

/** A policy whose waits are recorded instead of slept. */
function fastPolicy(overrides = {}) {
  const waits: number[] = [];
  return {
    waits,
    policy: {
      backoffMs: 100,
      timeoutMs: 2000,
      sleep: async (ms: number) => {
        waits.push(ms);
      },
      ...overrides,
    },
  };
}

describe("toHttpUrl", () => {
  it.each(["file:///etc/passwd", "ftp://example.invalid/feed", "data:text/plain,hi", "javascript:alert(1)"])(
    "refuses %s with a clear error",
    (url) => {
      expect(() => toHttpUrl(url)).toThrow(/Only http and https URLs can be fetched/);
    },
  );

  it("refuses what is not a URL at all", () => {
    expect(() => toHttpUrl("site.example/feed")).toThrow(/Not a valid URL/);
  });

  it("accepts http and https", () => {
    expect(toHttpUrl(" https://site.example/feed ").href).toBe("https://site.example/feed");
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-06-01T12:00:00Z");
  it.each([
    ["3", 3000],
    ["0", 0],
    ["Sat, 01 Jun 2024 12:00:07 GMT", 7000],
    ["Sat, 01 Jun 2024 11:00:00 GMT", 0],
    ["soon", undefined],
    [null, undefined],
  ])("reads %j as %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("fetchWithRetry", () => {
  it("refuses a file: URL without any request", async () => {
    await expect(fetchWithRetry("file:///etc/passwd")).rejects.toThrow(/refusing "file:\/\/\/etc\/passwd"/);
    expect(server.requests).toHaveLength(0);
  });

  it("retries a 500 with backoff, then a 429 after its Retry-After, then succeeds", async () => {
    const url = server.script("/flaky", [
      { status: 500 },
      { status: 429, headers: { "retry-after": "2" } },
      { status: 200, body: "<ok/>" },
    ]);
    const { waits, policy } = fastPolicy();
    const response = await fetchWithRetry(url, policy);
    expect(response.text).toBe("<ok/>");
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([100, 2000]);
  });

  it("reads Retry-After given as an HTTP date against the injected clock", async () => {
    const now = Date.parse("2024-06-01T12:00:00Z");
    const url = server.script("/dated", [
      { status: 503, headers: { "retry-after": "Sat, 01 Jun 2024 12:00:04 GMT" } },
      { status: 200, body: "fine" },
    ]);
    const { waits, policy } = fastPolicy({ now: () => now });
    await expect(fetchWithRetry(url, policy)).resolves.toMatchObject({ text: "fine" });
    expect(waits).toEqual([4000]);
  });

  it("gives up when Retry-After asks for longer than the cap", async () => {
    const url = server.script("/busy", [{ status: 429, headers: { "retry-after": "3600" } }]);
    const { waits, policy } = fastPolicy({ maxWaitMs: 60_000 });
    await expect(fetchWithRetry(url, policy)).rejects.toThrow(/retry after 3600 s, more than the 60 s cap/);
    expect(waits).toEqual([]);
  });

  it("doubles the backoff up to the cap and reports the attempts when retries run out", async () => {
    const url = server.script("/down", [{ status: 502 }]);
    const { waits, policy } = fastPolicy({ retries: 4, maxWaitMs: 500 });
    await expect(fetchWithRetry(url, policy)).rejects.toThrow(/HTTP 502 Bad Gateway after 5 attempts/);
    expect(waits).toEqual([100, 200, 400, 500]);
  });

  it("retries a request that times out", async () => {
    const url = server.script("/slow", [{ delayMs: 1500, body: "late" }, { body: "quick" }]);
    const { waits, policy } = fastPolicy({ timeoutMs: 150 });
    await expect(fetchWithRetry(url, policy)).resolves.toMatchObject({ text: "quick" });
    expect(waits).toEqual([100]);
  });

  it("retries network errors and names them", async () => {
    const closed = server.url;
    await server.close();
    const { waits, policy } = fastPolicy({ retries: 2 });
    await expect(fetchWithRetry(`${closed}/gone`, policy)).rejects.toThrow(
      /network error \(ECONNREFUSED\) after 3 attempts/,
    );
    expect(waits).toEqual([100, 200]);
    server = await startFakeFeeds();
  });

  it("does not retry a 404", async () => {
    const { waits, policy } = fastPolicy();
    await expect(fetchWithRetry(`${server.url}/missing`, policy)).rejects.toThrow(/HTTP 404 Not Found/);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("stops reading a body past the size limit, even without a Content-Length", async () => {
    const url = server.script("/huge", [{ chunks: 40 }]);
    const { policy } = fastPolicy({ maxBytes: 256 * 1024 });
    await expect(fetchWithRetry(url, policy)).rejects.toThrow(/over the 262144-byte limit/);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const url = server.script("/declared", [
      { body: "x".repeat(2000), headers: { "content-length": "2000" } },
    ]);
    const { policy } = fastPolicy({ maxBytes: 1000 });
    await expect(fetchWithRetry(url, policy)).rejects.toThrow(/2000 bytes is over the 1000-byte limit/);
  });

  it("has sane defaults", () => {
    expect(DEFAULT_FETCH_POLICY).toMatchObject({ timeoutMs: 15_000, retries: 3, maxBytes: 16 * 1024 * 1024 });
  });

  it("retries a 408 like a 5xx", async () => {
    const url = server.script("/timeout408", [{ status: 408 }, { status: 200, body: "done" }]);
    const { waits, policy } = fastPolicy();
    await expect(fetchWithRetry(url, policy)).resolves.toMatchObject({ text: "done" });
    expect(waits).toEqual([100]);
  });

  it.each([401, 403, 410, 451])("does not retry a %i", async (status) => {
    const url = server.script(`/final${status}`, [{ status }]);
    const { waits, policy } = fastPolicy();
    await expect(fetchWithRetry(url, policy)).rejects.toThrow(new RegExp(`HTTP ${status}`));
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("does not retry a TLS error and names it", async () => {
    const { waits, policy } = fastPolicy();
    const https = server.url.replace("http:", "https:");
    await expect(fetchWithRetry(`${https}/rss.xml`, policy)).rejects.toThrow(
      /TLS error \(ERR_SSL_WRONG_VERSION_NUMBER/,
    );
    expect(waits).toEqual([]);
  });
});

describe("fetchWithRetry and redirects", () => {
  it("follows a redirect within the origin and reports the final URL", async () => {
    server.script("/old-feed", [{ status: 301, headers: { location: "/rss.xml" } }]);
    const response = await fetchWithRetry(`${server.url}/old-feed`, fastPolicy().policy);
    expect(response.url).toBe(server.rssUrl);
    expect(response.text).toMatch(/<rss/);
  });

  it("says 'redirect loop at URL' and does not retry it", async () => {
    const a = server.script("/a", [{ status: 302, headers: { location: "/b" } }]);
    server.script("/b", [{ status: 307, headers: { location: a } }]);
    const { waits, policy } = fastPolicy();
    await expect(fetchWithRetry(a, policy)).rejects.toThrow(
      `redirect loop at ${a} (reached again from ${server.url}/b)`,
    );
    expect(server.requests.map((r) => r.url.pathname)).toEqual(["/a", "/b"]);
    expect(waits).toEqual([]);
  });

  it("stops after maxRedirects hops and says where", async () => {
    for (let i = 0; i < 10; i++)
      server.script(`/hop${i}`, [{ status: 308, headers: { location: `/hop${i + 1}` } }]);
    const { waits, policy } = fastPolicy({ maxRedirects: 3 });
    await expect(fetchWithRetry(`${server.url}/hop0`, policy)).rejects.toThrow(
      `more than 3 redirects, the last at ${server.url}/hop3 → ${server.url}/hop4`,
    );
    expect(server.requests).toHaveLength(4);
    expect(waits).toEqual([]);
  });

  it("refuses a redirect to another origin (another port counts), without requesting it", async () => {
    const other = await startFakeFeeds();
    try {
      const url = server.script("/moved", [{ status: 301, headers: { location: other.rssUrl } }]);
      const { waits, policy } = fastPolicy();
      await expect(fetchWithRetry(url, policy)).rejects.toThrow(
        `redirect to another origin refused: ${url} → ${other.rssUrl} (add "${other.url}" to the source's allowRedirectOrigins to follow it)`,
      );
      expect(other.requests).toHaveLength(0);
      expect(waits).toEqual([]);
      // Allowed by name, the same redirect is followed.
      const allowed = await fetchWithRetry(url, { ...policy, allowRedirectOrigins: [other.url] });
      expect(allowed.url).toBe(other.rssUrl);
      expect(other.requests).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it("refuses a redirect to a non-http(s) URL", async () => {
    const url = server.script("/to-file", [{ status: 302, headers: { location: "file:///etc/passwd" } }]);
    await expect(fetchWithRetry(url, fastPolicy().policy)).rejects.toThrow(
      /redirect to a non-http\(s\) URL refused/,
    );
  });
});
