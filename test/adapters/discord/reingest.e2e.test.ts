/** /reingest: refused for non-admins, progress then summary for admins, one at a time, new answers after. */
import { type Harness, isCallback, isOriginalEdit, startHarness, stopCheckingPings } from "./harness";
import { ADMIN, askInteraction, READER, reingestInteraction } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

let h: Harness;

afterEach(() => stopCheckingPings(h));

function gate(): { promise: Promise<void>; open(): void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const editsFor = (token: string) =>
  h.fake.requests.filter(isOriginalEdit(token)).map((request) => (request.body as Json).content as string);

describe("Discord /reingest", () => {
  it("refuses a non-admin politely and privately, logs it, and does not ingest", async () => {
    h = await startHarness();
    const interaction = reingestInteraction(h.fake, READER);
    const refusal = await h.fake.waitFor(isCallback(interaction.id));
    expect(refusal.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringMatching(/^Sorry, only the archive's admins can re-ingest/) },
    });
    expect(h.archive.reingests).toBe(0);
    const logged = h.logs.map((line) => JSON.parse(line)).find((entry) => /reingest refused/.test(entry.msg));
    expect(logged).toMatchObject({ level: 40, userId: READER.id, guildId: h.fake.guildId });
  });

  it("shows progress then the summary to an admin, and answers from the new articles afterwards", async () => {
    h = await startHarness();
    const before = askInteraction(h.fake, "What about the ferry timetable?");
    expect((await h.fake.waitFor(isOriginalEdit(before.token))).body).toMatchObject({
      content: expect.stringMatching(/holds nothing/),
    });

    const ingest = gate();
    h.archive.reingestGate = ingest.promise;
    const interaction = reingestInteraction(h.fake, ADMIN);
    expect((await h.fake.waitFor(isCallback(interaction.id))).body).toEqual({ type: 5, data: { flags: 64 } });
    await h.fake.waitFor((request) => isOriginalEdit(interaction.token)(request));
    expect(editsFor(interaction.token)[0]).toBe("Re-ingest running: reading articles (0/1)…");

    h.archive.articles = [
      ...h.archive.articles,
      {
        id: "gazette-2024-09-ferry",
        title: "Ferry timetable changes",
        publisher: "Harbour Gazette",
        published: "2024-09-01",
        url: "https://news.example/2024/09/ferry",
        text: "The new ferry timetable adds a late crossing to Pine Island. It starts on 1 October.",
      },
    ];
    ingest.open();
    await h.fake.waitFor(
      (request) =>
        isOriginalEdit(interaction.token)(request) && /finished/.test((request.body as Json).content),
    );
    const edits = editsFor(interaction.token);
    expect(edits.at(-1)).toMatch(/^Re-ingest finished in 0\.0 s: .*Now answering from index v1\./);
    expect(h.archive.reingests).toBe(1);

    const after = askInteraction(h.fake, "What about the ferry timetable?");
    const answer = await h.fake.waitFor(isOriginalEdit(after.token));
    expect((answer.body as Json).embeds[0].description).toContain("Ferry timetable changes");
    expect((answer.body as Json).embeds[0].footer.text).toBe("Based on articles up to 2024-09-01");
  });

  it("refuses a second re-ingest while one is running", async () => {
    h = await startHarness({ adminUsers: [ADMIN.id, READER.id] });
    const ingest = gate();
    h.archive.reingestGate = ingest.promise;
    const first = reingestInteraction(h.fake, ADMIN);
    await h.fake.waitFor(isOriginalEdit(first.token));
    const second = reingestInteraction(h.fake, READER);
    const busy = await h.fake.waitFor(isOriginalEdit(second.token));
    expect((busy.body as Json).content).toMatch(/^A re-ingest is already running/);
    ingest.open();
    await h.fake.waitFor(
      (request) => isOriginalEdit(first.token)(request) && /finished/.test((request.body as Json).content),
    );
    expect(h.archive.reingests).toBe(1);
  });
});
