import { embedHashed, embedText, LOCAL_EMBEDDER, LocalEmbeddings } from "../../src/embedders/local-embedder";
import { terms, tokenize } from "../../src/text/tokenize";

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
};

describe("tokenize", () => {
  it("splits Khmer into words with Intl.Segmenter", () => {
    expect(tokenize("ព្រះរាជាណាចក្រកម្ពុជា")).toEqual(["ព្រះរាជាណាចក្រ", "កម្ពុជា"]);
    expect(tokenize("ទីក្រុងភ្នំពេញ")).toEqual(["ទីក្រុង", "ភ្នំពេញ"]);
  });

  it("splits Thai and Japanese into more than one word", () => {
    expect(tokenize("ภาษาไทยง่ายนิดเดียว").length).toBeGreaterThan(2);
    expect(tokenize("東京都に住んでいます").length).toBeGreaterThan(2);
  });

  it("lower-cases Latin text and stems English words to shared terms", () => {
    expect(tokenize("The Bridge CLOSED")).toEqual(["the", "bridge", "closed"]);
    expect(terms("closed closes closing")).toEqual(["close", "close", "close"]);
  });
});

describe("embedText", () => {
  it("is deterministic and L2-normalised", () => {
    const a = embedText("The county will repair the Millbrook bridge in April.");
    const b = embedText("The county will repair the Millbrook bridge in April.");
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a).toHaveLength(LOCAL_EMBEDDER.dimensions);
    expect(dot(a, a)).toBeCloseTo(1, 5);
  });

  it("puts related texts closer than unrelated ones", () => {
    const query = embedText("bridge repair closure");
    const related = embedText("The footbridge closes for repairs to its deck.");
    const unrelated = embedText("Apple growers lost blossom to a late frost.");
    expect(dot(query, related)).toBeGreaterThan(dot(query, unrelated) + 0.2);
  });

  it("relates texts that share meaning but no word (the word-vector part)", () => {
    const query = embedText("wildfire forced evacuations");
    const related = embedText("The blaze made thousands of residents flee their homes.");
    const unrelated = embedText("The central bank raised interest rates by half a point.");
    expect(dot(query, related)).toBeGreaterThan(dot(query, unrelated) + 0.1);
    // The hashed part alone cannot: no term in common, so only bucket collisions (here negative).
    const hashed = embedHashed("wildfire forced evacuations");
    expect(
      dot(hashed, embedHashed("The blaze made thousands of residents flee their homes.")),
    ).toBeLessThanOrEqual(
      dot(hashed, embedHashed("The central bank raised interest rates by half a point.")),
    );
  });

  it("gives Khmer words their own features", () => {
    const a = embedText("រាជរដ្ឋាភិបាលកម្ពុជាបានប្រកាសថវិកាជាតិ");
    const b = embedText("កម្ពុជា");
    const c = embedText("ទីក្រុងភ្នំពេញ");
    expect(dot(a, b)).toBeGreaterThan(0.2);
    expect(dot(a, c)).toBeLessThan(dot(a, b));
  });

  it("an empty text embeds to the zero vector without NaN", () => {
    expect(Array.from(embedText("")).every((v) => v === 0)).toBe(true);
  });

  it("works as a LangChain Embeddings", async () => {
    const embeddings = new LocalEmbeddings();
    const [doc] = await embeddings.embedDocuments(["hello world"]);
    expect(doc).toEqual(await embeddings.embedQuery("hello world"));
  });
});
