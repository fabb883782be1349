/**
 * Time questions written blind (before any was run) over the changing-facts fixture: an office holder replaced
 * twice, a bridge postponed then opened, an inflation rate over four years. Each is asked at a day and checked
 * for what issue 15 asks: the newest article first for the current state (and nothing after the day asked),
 * only in-window articles for a date window, and a timeline in date order.
 */
import { join } from "node:path";
import { describeBlindTimeSet } from "../helpers/blind-time-set";
import type { TimeCheck } from "../helpers/judge-time-answer";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");

/** [asked at, question, what a right answer does]. */
const BLIND: [string, string, TimeCheck][] = [
  ["2024-12-01", "Who is the finance minister of Valdoria now?", { newest: "2024-01-22" }],
  ["2023-01-15", "Who currently runs Valdoria's finance ministry?", { newest: "2022-09-12" }],
  ["2021-06-01", "Who is Valdoria's finance minister at the moment?", { newest: "2021-03-04" }],
  ["2024-02-01", "Is Peter Lund still finance minister?", { newest: "2024-01-22" }],
  ["2022-10-01", "Is Marta Olsen still Valdoria's finance minister?", { newest: "2022-09-12" }],
  ["2024-08-01", "Has the Nordhavn harbour bridge opened yet?", { newest: "2024-06-15" }],
  ["2023-12-01", "When will the harbour bridge in Nordhavn open?", { newest: "2023-05-02" }],
  ["2024-12-01", "What is Valdoria's inflation rate now?", { newest: "2024-05-14" }],
  ["2022-12-01", "What is the latest figure for inflation in Valdoria?", { newest: "2022-05-12" }],
  ["2021-08-01", "What is the most recent inflation figure for Valdoria?", { newest: "2021-06-10" }],
  ["2024-12-01", "Who replaced Peter Lund as finance minister?", { newest: "2024-01-22" }],
  ["2022-10-01", "Why did Marta Olsen resign?", { newest: "2022-09-12" }],
  ["2022-01-01", "Who is the current finance minister of Valdoria?", { newest: "2021-03-04" }],
  ["2023-06-01", "Has the harbour bridge opened yet?", { newest: "2023-05-02" }],
  ["2024-12-01", "What happened to the harbour bridge in 2023?", { window: ["2023-01-01", "2023-12-31"] }],
  ["2024-12-01", "Who became finance minister in 2024?", { window: ["2024-01-01", "2024-12-31"] }],
  [
    "2024-12-01",
    "What was the inflation rate in Valdoria in April 2021?",
    { window: ["2021-04-01", "2021-04-30"] },
  ],
  [
    "2024-12-01",
    "What did Valdoria's statistics office report about inflation between 2021 and 2022?",
    { window: ["2021-01-01", "2022-12-31"] },
  ],
  [
    "2025-03-01",
    "What happened with Valdoria's harbour bridge last year?",
    { window: ["2024-01-01", "2024-12-31"] },
  ],
  [
    "2024-12-01",
    "Who was finance minister of Valdoria before 2022?",
    { window: ["2021-01-01", "2021-12-31"] },
  ],
  [
    "2024-12-01",
    "What has happened to inflation in Valdoria since 2023?",
    { timeline: ["2023-08-10", "2024-05-14"] },
  ],
  [
    "2024-12-01",
    "Give me the history of the Nordhavn harbour bridge",
    { timeline: ["2023-05-02", "2024-06-15"] },
  ],
  [
    "2024-12-01",
    "Timeline of Valdoria's finance ministers",
    { timeline: ["2021-03-04", "2022-09-12", "2024-01-22"] },
  ],
  [
    "2022-12-01",
    "How has Valdoria's inflation developed?",
    { timeline: ["2021-04-14", "2021-06-10", "2021-11-12", "2022-05-12"] },
  ],
];

/**
 * All 24 right since the nineteenth round. First run: 20 of 24 right; "inflation rate now" was fixed after it
 * (the newest relevant story now always gives a quote), "Who currently runs Valdoria's finance ministry?",
 * refused until "runs" was read as asking for a post's holder (role-words.ts), "Who replaced Peter Lund", which
 * cited Lund's own appointment until a successor's story was read as the newer one, and "the latest figure for
 * inflation", which led with the one story whose words hold "figure" (the 2021 revision) until "figure" after
 * "latest" was read as the asker's word for the kind of fact (update-words.ts).
 */
const OPEN: string[] = [];

describeBlindTimeSet(
  "time questions written blind over changing facts",
  CORPUS,
  BLIND.map(([askedAt, question, check]) => ({ id: `asked at ${askedAt}`, askedAt, question, check })),
  OPEN,
);
