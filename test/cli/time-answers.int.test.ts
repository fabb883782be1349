/** The CLI's text answers over dated articles: dated quotes, newest first, timelines, filters echoed. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/run-source-cli";

const CORPUS = join(__dirname, "..", "fixtures", "changing-facts", "corpus");
const QUESTION = "Who is Valdoria's current finance minister?";
let dir: string;
let index: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "nqa-time-"));
  index = join(dir, "index");
  await cli("ingest", ["--corpus", CORPUS, "--index", index]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const quoteLines = (stdout: string) =>
  stdout.split("\n").filter((line) => /\[\d+\]/.test(line) && !line.startsWith("["));

it("shows every quote's date, the newest article first", async () => {
  const { stdout } = await cli("ask", ["--index", index, "--as-of", "2024-12-01", QUESTION]);
  const lines = quoteLines(stdout);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/\[\d+\] \(\d{4}-\d{2}-\d{2}\)$/);
  expect(lines[0]).toMatch(/\[1\] \(2024-01-22\)$/);
}, 60_000);

it("cites the older holder first with --as-of before the change", async () => {
  const { stdout } = await cli("ask", ["--index", index, "--as-of", "2023-06-01", QUESTION]);
  expect(quoteLines(stdout)[0]).toMatch(/\[1\] \(2022-09-12\)$/);
  expect(stdout).not.toContain("2024-01-22");
}, 60_000);

it("prints a timeline as dated lines in date order", async () => {
  const { stdout } = await cli("ask", [
    "--index",
    index,
    "--as-of",
    "2024-12-01",
    "timeline of Valdoria's finance ministers",
  ]);
  const lines = stdout.split("\n");
  expect(lines[0]).toBe("Timeline from the archive, oldest first:");
  const dates = lines.slice(1, 4).map((line) => line.slice(0, 10));
  expect(dates).toEqual(["2021-03-04", "2022-09-12", "2024-01-22"]);
  const { stdout: json } = await cli("ask", [
    "--index",
    index,
    "--json",
    "timeline of Valdoria's finance ministers",
  ]);
  expect(JSON.parse(json)).toMatchObject({ kind: "timeline", status: "answered" });
}, 60_000);

it("echoes the --from/--to/--publisher filters and applies them", async () => {
  const args = [
    "--index",
    index,
    "--as-of",
    "2024-12-01",
    "--from",
    "2022",
    "--to",
    "2022-12",
    "--publisher",
    "Valdoria Daily",
  ];
  const { stdout } = await cli("ask", [...args, "What was Valdoria's inflation rate?"]);
  expect(stdout).toContain("Filters: from 2022 · to 2022-12 · publisher “Valdoria Daily”");
  for (const line of quoteLines(stdout)) expect(line).toMatch(/\(2022-\d{2}-\d{2}\)$/);
  const { stdout: json } = await cli("ask", [...args, "--json", "What was Valdoria's inflation rate?"]);
  expect(JSON.parse(json).filters).toEqual({ from: "2022", to: "2022-12", publishers: ["Valdoria Daily"] });
  const { stdout: other } = await cli("ask", [
    "--index",
    index,
    "--publisher",
    "Other Paper",
    "--json",
    QUESTION,
  ]);
  expect(JSON.parse(other).status).toBe("not_found");
}, 60_000);
