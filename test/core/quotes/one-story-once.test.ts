/** Which copy of a story an answer quotes (chooseCopy), without an index. */
import { chooseCopy } from "../../../src/core/quotes/one-story-once";
import type { ArticleMeta } from "../../../src/core/types";
import type { NoteKind } from "../../../src/text/correction-notes";

const copy = (
  id: string,
  publisher: string | null,
  published: string | null,
  note?: NoteKind,
): ArticleMeta => ({
  id,
  title: id,
  titleDerived: false,
  url: null,
  published,
  publisher,
  byline: null,
  section: null,
  language: "en",
  source: `${id}.md`,
  cluster: "story",
  ...(note ? { corrections: [{ kind: note, text: "Update: …", start: 0, end: 10 }] } : {}),
});

const ids = (story: ReturnType<typeof chooseCopy>) => ({
  cited: story.cited.id,
  first: story.first.id,
  others: story.others.map((c) => c.id),
});

describe("chooseCopy", () => {
  it("quotes the earliest publisher's latest version and lists the other publishers' copies", () => {
    const copies = [
      copy("wire", "Wire", "2024-03-02"),
      copy("post1", "Post", "2024-03-01"),
      copy("post2", "Post", "2024-03-04"),
    ];
    expect(ids(chooseCopy(copies))).toEqual({ cited: "post2", first: "post1", others: ["wire"] });
  });

  it("prefers the own publisher, case-insensitively, and then ignores other publishers' update notes", () => {
    const copies = [
      copy("post", "Post", "2024-03-01"),
      copy("wire", "Wire", "2024-03-02"),
      copy("upd", "Post2", "2024-03-05", "update"),
    ];
    expect(ids(chooseCopy(copies, " wire "))).toEqual({
      cited: "wire",
      first: "wire",
      others: ["post", "upd"],
    });
  });

  it("takes another publisher's later copy with an Update note as a version, but not one with an editor's note", () => {
    const updated = [copy("post", "Post", "2024-03-01"), copy("upd", "Wire", "2024-03-05", "update")];
    expect(ids(chooseCopy(updated))).toEqual({ cited: "upd", first: "post", others: [] });
    const noted = [copy("post", "Post", "2024-03-01"), copy("ed", "Wire", "2024-03-05", "editors_note")];
    expect(ids(chooseCopy(noted))).toEqual({ cited: "post", first: "post", others: ["ed"] });
  });

  it("does not take copies without a publisher for versions of each other", () => {
    const copies = [copy("a", null, "2024-03-01"), copy("b", null, "2024-03-03")];
    expect(ids(chooseCopy(copies))).toEqual({ cited: "a", first: "a", others: ["b"] });
  });
});
