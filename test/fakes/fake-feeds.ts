/** Loopback fakes for feeds and flaky servers: an RSS 2.0 feed, an Atom feed, and scripted responses per path. */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  url: URL;
  headers: IncomingHttpHeaders;
}

export interface LocalServer {
  /** `http://127.0.0.1:<port>`, the port picked by the OS. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1, port 0, recording every request before `handle` answers it. */
export async function startLocalServer(
  handle: (request: IncomingMessage, response: ServerResponse, url: URL) => void,
): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push({ url, headers: request.headers });
    handle(request, response, url);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (to trip a client timeout). */
  delayMs?: number;
  /** Stream this many 64 KB chunks without a Content-Length (to trip a size cap). */
  chunks?: number;
}

export interface FeedEntry {
  title: string;
  link: string;
  published: string;
  author: string;
  category?: string;
  /** Full HTML: content:encoded in RSS, <content type="html"> in Atom. */
  content?: string;
  /** Summary HTML: <description> in RSS, <summary> in Atom. */
  summary?: string;
}

export interface FakeFeeds extends LocalServer {
  rssUrl: string;
  atomUrl: string;
  /** Edit these to change what the feeds serve. */
  rssItems: FeedEntry[];
  atomEntries: FeedEntry[];
  /** Serves `responses` in order at `path` (the last one repeats); returns the full URL. */
  script(path: string, responses: ScriptedResponse[]): string;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function toRss(title: string, items: FeedEntry[]): string {
  const body = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      <pubDate>${new Date(item.published).toUTCString()}</pubDate>
      <dc:creator>${escapeXml(item.author)}</dc:creator>
      ${item.category ? `<category>${escapeXml(item.category)}</category>` : ""}
      ${item.summary ? `<description>${escapeXml(item.summary)}</description>` : ""}
      ${item.content ? `<content:encoded><![CDATA[${item.content}]]></content:encoded>` : ""}
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>https://gazette.invalid/</link>
    <description>Synthetic test feed</description>
${body}
  </channel>
</rss>`;
}

export function toAtom(title: string, entries: FeedEntry[]): string {
  const body = entries
    .map(
      (entry) => `  <entry>
    <title type="html">${escapeXml(entry.title)}</title>
    <link rel="alternate" href="${escapeXml(entry.link)}"/>
    <id>${escapeXml(entry.link)}</id>
    <published>${entry.published}</published>
    <updated>${entry.published}</updated>
    <author><name>${escapeXml(entry.author)}</name></author>
    ${entry.summary ? `<summary type="html">${escapeXml(entry.summary)}</summary>` : ""}
    ${entry.content ? `<content type="html">${escapeXml(entry.content)}</content>` : ""}
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <id>urn:test:atom</id>
  <updated>2024-06-01T00:00:00Z</updated>
${body}
</feed>`;
}

function answer(response: ServerResponse, scripted: ScriptedResponse, timers: Set<NodeJS.Timeout>): void {
  const send = () => {
    if (response.destroyed) return;
    if (scripted.chunks) {
      response.writeHead(scripted.status ?? 200, { "content-type": "text/plain", ...scripted.headers });
      const chunk = "x".repeat(64 * 1024);
      for (let i = 0; i < scripted.chunks; i++) response.write(chunk);
      response.end();
      return;
    }
    response.writeHead(scripted.status ?? 200, { "content-type": "application/xml", ...scripted.headers });
    response.end(scripted.body ?? "");
  };
  if (!scripted.delayMs) {
    send();
    return;
  }
  const timer = setTimeout(() => {
    timers.delete(timer);
    send();
  }, scripted.delayMs);
  timers.add(timer);
}

/** Serves /rss.xml and /atom.xml from the editable entry lists, and any scripted paths. */
export async function startFakeFeeds(
  options: { rssItems?: FeedEntry[]; atomEntries?: FeedEntry[] } = {},
): Promise<FakeFeeds> {
  const scripts = new Map<string, ScriptedResponse[]>();
  const timers = new Set<NodeJS.Timeout>();
  const feeds = {
    rssItems: options.rssItems ?? [],
    atomEntries: options.atomEntries ?? [],
  };
  const server = await startLocalServer((_request, response, url) => {
    if (url.pathname === "/rss.xml") {
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      response.end(toRss("Quillfield Courier", feeds.rssItems));
    } else if (url.pathname === "/atom.xml") {
      response.writeHead(200, { "content-type": "application/atom+xml; charset=utf-8" });
      response.end(toAtom("Lowmead Ledger", feeds.atomEntries));
    } else {
      const queue = scripts.get(url.pathname);
      if (!queue || queue.length === 0) {
        response.writeHead(404).end("not found");
        return;
      }
      const next = (queue.length > 1 ? queue.shift() : queue[0]) as ScriptedResponse;
      answer(response, next, timers);
    }
  });
  return Object.assign(feeds, server, {
    rssUrl: `${server.url}/rss.xml`,
    atomUrl: `${server.url}/atom.xml`,
    script(path: string, responses: ScriptedResponse[]) {
      scripts.set(path, [...responses]);
      return `${server.url}${path}`;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await server.close();
    },
  });
}
