/** A loopback WordPress REST API: /wp-json/wp/v2/posts with paging, X-WP-TotalPages, modified_after and _embed. */
import { type LocalServer, startLocalServer } from "./fake-feeds";

export interface FakePost {
  id: number;
  slug: string;
  title: string;
  /** HTML, as content.rendered. */
  content: string;
  /** Site-local publication time, as `date`. */
  date: string;
  /** UTC, without a zone designator, as `modified_gmt`. */
  modified: string;
  author: string;
  categories: string[];
  status: PostStatus;
}

/** WordPress post statuses; the public REST API lists only "publish". */
export type PostStatus = "publish" | "draft" | "pending" | "private" | "future" | "trash";

export interface FakeWordPress extends LocalServer {
  posts: FakePost[];
  /** Requests to the posts endpoint, in order. */
  postRequests(): URL[];
  /** How many posts each answered posts request returned, in order. */
  served: number[];
  /** Edits a post in the "CMS": its modified time moves past every other. */
  edit(id: number, changes: Partial<Pick<FakePost, "title" | "content">>): void;
  /** Unpublishes a post: the API stops listing it. */
  unpublish(id: number): void;
  /** Sets a post's status (trash, draft, private…), as the CMS does: its modified time moves on. */
  setStatus(id: number, status: PostStatus): void;
  /** Deletes a post for good (emptied from the trash): it is gone from `posts`. */
  remove(id: number): void;
  /** "ok", "down" (503 for everything) or "garbage" (200 with a body that is not JSON). */
  mode: "ok" | "down" | "garbage";
  /** Pages that answer 200 with a body that is not JSON. */
  brokenPages: number[];
  /** When set (an origin such as `http://127.0.0.1:1234`), every request answers 301 to the same path there. */
  redirectTo: string | null;
}

let clock = Date.parse("2024-05-01T08:00:00Z");
/** A modified_gmt later than any handed out before. */
const nextModified = (): string => {
  clock += 60 * 60 * 1000;
  return new Date(clock).toISOString().slice(0, 19);
};

export function fakePost(
  id: number,
  title: string,
  content: string,
  extra: Partial<FakePost> = {},
): FakePost {
  return {
    id,
    slug: `post-${id}`,
    title,
    content,
    date: `2024-04-${String(id).padStart(2, "0")}T09:30:00`,
    modified: nextModified(),
    author: "Ada Testwriter",
    categories: ["Local"],
    status: "publish",
    ...extra,
  };
}

function toJson(post: FakePost, site: string) {
  return {
    id: post.id,
    date: post.date,
    date_gmt: post.date,
    guid: { rendered: `${site}/?p=${post.id}` },
    modified: post.modified,
    modified_gmt: post.modified,
    slug: post.slug,
    status: post.status,
    type: "post",
    link: `${site}/2024/${post.slug}/`,
    title: { rendered: post.title },
    content: { rendered: post.content, protected: false },
    excerpt: { rendered: "", protected: false },
    author: 7,
    categories: post.categories.map((_, i) => i + 1),
    _embedded: {
      author: [{ id: 7, name: post.author }],
      "wp:term": [
        post.categories.map((name, i) => ({ id: i + 1, name, taxonomy: "category" })),
        [{ id: 99, name: "ignored-tag", taxonomy: "post_tag" }],
      ],
    },
  };
}

/** Serves `posts` `pageSize` at a time (a real site serves up to per_page=100; small pages test paging). */
export async function startFakeWordPress(posts: FakePost[], pageSize = 3): Promise<FakeWordPress> {
  // The handler reads the fake's live fields, so tests can switch `mode` or edit `posts` at any time.
  let fake: FakeWordPress | undefined;
  const server = await startLocalServer((_request, response, url) => {
    if (fake?.redirectTo) {
      response.writeHead(301, { location: `${fake.redirectTo}${url.pathname}${url.search}` }).end();
      return;
    }
    if (!fake || url.pathname !== "/wp-json/wp/v2/posts") {
      response.writeHead(404, { "content-type": "application/json" }).end('{"code":"rest_no_route"}');
      return;
    }
    if (fake.mode === "down") {
      response.writeHead(503).end("maintenance");
      return;
    }
    if (fake.mode === "garbage") {
      response.writeHead(200, { "content-type": "application/json" }).end("<html>oops</html>{[");
      return;
    }
    const after = url.searchParams.get("modified_after");
    const listed = fake.posts
      .filter((post) => post.status === "publish")
      .filter((post) => !after || Date.parse(`${post.modified}Z`) > Date.parse(after))
      .sort((a, b) => a.modified.localeCompare(b.modified) || a.id - b.id);
    const totalPages = Math.ceil(listed.length / pageSize);
    const page = Number(url.searchParams.get("page") ?? "1");
    if (page > Math.max(1, totalPages)) {
      response
        .writeHead(400, { "content-type": "application/json" })
        .end('{"code":"rest_post_invalid_page_number"}');
      return;
    }
    if (fake.brokenPages.includes(page)) {
      response.writeHead(200, { "content-type": "application/json", "x-wp-totalpages": String(totalPages) });
      response.end('[{"id": 4, "title": ');
      return;
    }
    // `_fields` narrows each post to the fields named, as WordPress does.
    const fields = url.searchParams.get("_fields")?.split(",");
    const body = listed
      .slice((page - 1) * pageSize, page * pageSize)
      .map((post) => toJson(post, server.url))
      .map((json) =>
        fields ? Object.fromEntries(Object.entries(json).filter(([key]) => fields.includes(key))) : json,
      );
    response.writeHead(200, {
      "content-type": "application/json; charset=UTF-8",
      "x-wp-total": String(listed.length),
      "x-wp-totalpages": String(totalPages),
    });
    fake.served.push(body.length);
    response.end(JSON.stringify(body));
  });
  const find = (id: number): FakePost => {
    const post = fake?.posts.find((p) => p.id === id);
    if (!post) throw new Error(`no post ${id}`);
    return post;
  };
  fake = {
    ...server,
    posts,
    mode: "ok",
    brokenPages: [],
    redirectTo: null,
    served: [],
    postRequests: () =>
      server.requests.map((r) => r.url).filter((u) => u.pathname === "/wp-json/wp/v2/posts"),
    edit(id, changes) {
      Object.assign(find(id), changes, { modified: nextModified() });
    },
    unpublish(id) {
      Object.assign(find(id), { status: "draft", modified: nextModified() });
    },
    setStatus(id, status) {
      Object.assign(find(id), { status, modified: nextModified() });
    },
    remove(id) {
      const list = fake?.posts ?? [];
      list.splice(list.indexOf(find(id)), 1);
    },
  };
  return fake;
}
