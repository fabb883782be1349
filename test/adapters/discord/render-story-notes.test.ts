/** Issue #16: a Discord source shows both dates of an updated story, its correction note and "also in: …". */
import { renderAnswer } from "../../../src/adapters/discord/render-answer";
import type { Answer } from "../../../src/core/types";

const answer: Answer = {
  status: "answered",
  question: "When will the ferry resume?",
  text: "The service will resume on Wednesday. [1]",
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
      correction: "Correction: An earlier version gave the wrong day.",
      alsoIn: [
        {
          title: "Engine crack",
          publisher: "Other Wire",
          url: "https://other.example/1",
          published: "2024-03-02",
        },
      ],
    },
  ],
  asOf: "2024-03-03",
};

it("shows published and updated dates, the note in italics and the other copies", () => {
  const description = renderAnswer(answer)[0]?.embeds[0]?.description ?? "";
  expect(description.split("\n").slice(3)).toEqual([
    "**[1]** [Night ferry halted](https://quillfield-post.example/ferry)",
    "Quillfield Post · published 2024-03-01, updated 2024-03-03",
    "*Correction: An earlier version gave the wrong day.*",
    "also in: Other Wire (2024-03-02)",
    "> The service will resume on Wednesday.",
  ]);
});
