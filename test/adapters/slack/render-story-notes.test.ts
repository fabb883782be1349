/** Issue #16: a Slack source shows both dates of an updated story, its correction note and "also in: …". */
import type { types } from "@slack/bolt";
import { renderAnswer } from "../../../src/adapters/slack/render-answer";
import type { Answer } from "../../../src/core/types";

const answer: Answer = {
  status: "answered",
  question: "When will the ferry resume?",
  text: "Here is what the archive says:\nThe service will resume on Wednesday. [1]",
  citations: [
    {
      n: 1,
      articleId: "a1",
      title: "Night ferry halted",
      publisher: "Quillfield Post",
      published: "2024-03-01",
      updated: "2024-03-03",
      url: "https://quillfield-post.example/ferry",
      quote: "The service will resume on Wednesday.",
      correction: "Correction: An earlier version gave the wrong <day>.",
      alsoIn: [
        {
          title: "Engine crack",
          publisher: "Other Wire",
          url: "https://other.example/1",
          published: "2024-03-02",
        },
        { title: "Ferry idle", publisher: null, url: null, published: null },
      ],
    },
  ],
  asOf: "2024-03-03",
};

it("shows published and updated dates, the note in italics and the other copies", () => {
  const source = renderAnswer(answer).blocks[2] as types.SectionBlock;
  expect(source.text?.text).toBe(
    [
      "*[1]* <https://quillfield-post.example/ferry|Night ferry halted>",
      "Quillfield Post · published 2024-03-01, updated 2024-03-03",
      "_Correction: An earlier version gave the wrong &lt;day&gt;._",
      "also in: Other Wire (2024-03-02), Ferry idle",
      ">The service will resume on Wednesday.",
    ].join("\n"),
  );
});
