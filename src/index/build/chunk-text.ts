/** Splits an article's normalised text into overlapping chunks with exact character offsets. */
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";

/** The one place chunk size and overlap are set (characters). */
export const CHUNKING = { size: 700, overlap: 120 } as const;

export interface TextChunk {
  start: number;
  end: number;
  text: string;
}

const splitter = new RecursiveCharacterTextSplitter({
  chunkSize: CHUNKING.size,
  chunkOverlap: CHUNKING.overlap,
  separators: ["\n\n", "\n", ". ", " ", ""],
  keepSeparator: true,
});

/**
 * Chunks through LangChain's RecursiveCharacterTextSplitter, then locates each chunk in the text so that
 * `text.slice(start, end) === chunk.text` always holds (a quote can be traced back to its place).
 */
export async function chunkText(text: string): Promise<TextChunk[]> {
  const pieces = await splitter.splitText(text);
  const chunks: TextChunk[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    let start = text.indexOf(piece, cursor);
    if (start < 0) start = text.indexOf(piece); // overlap can step back before the cursor
    if (start < 0) {
      throw new Error(
        `chunker produced text that is not in the article (${JSON.stringify(piece.slice(0, 40))}…)`,
      );
    }
    chunks.push({ start, end: start + piece.length, text: piece });
    cursor = start + 1;
  }
  return chunks;
}

/** Chunks the articles will make, estimated from their length (chunk size less overlap). */
export function estimateChunks(articles: { text: string }[]): number {
  let chars = 0;
  for (const article of articles) chars += article.text.length;
  return Math.ceil(chars / (CHUNKING.size - CHUNKING.overlap)) + articles.length;
}
