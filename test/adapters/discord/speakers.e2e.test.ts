/** Discord over the shipped article: a speaker's quotations are shown with "— Name, role". */
import { join } from "node:path";
import { createTestArchive, type TestArchive } from "../../helpers/test-archive";
import { type Harness, isOriginalEdit, startHarness, stopCheckingPings } from "./harness";
import { askInteraction } from "./payloads";

// biome-ignore lint/suspicious/noExplicitAny: recorded bodies are JSON read field by field
type Json = any;

let archive: TestArchive;
let h: Harness;

afterAll(async () => {
  try {
    await stopCheckingPings(h);
  } finally {
    await archive.cleanup();
  }
});

describe("Discord shows who said a quotation", () => {
  it("answers /ask about a person with their quotations, each with — Name, role", async () => {
    archive = await createTestArchive({ corpus: join(__dirname, "..", "..", "..", "corpus") });
    h = await startHarness({ archive: archive.archive });
    const interaction = askInteraction(h.fake, "What did Chak Sopheap say about peaceful assemblies?");
    const edit = await h.fake.waitFor(isOriginalEdit(interaction.token), 10_000);
    const description = (edit.body as Json).embeds[0]?.description as string;
    expect(description).toContain("Here is what Chak Sopheap said");
    expect(description).toContain(
      "> Peaceful assemblies continue to be interfered with and restricted with an increasing use of force against peaceful protestors by authorities\n— Chak Sopheap, executive director, Cambodia Center for Human Rights",
    );
  });
});
