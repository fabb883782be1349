/**
 * The compact word-vector table read in place: each lookup reads the few bytes it needs (hash slots, a check,
 * a scale, one row) with positioned reads. A question has a handful of words, so answering one needs a few
 * dozen small reads instead of loading the whole 42 MB table (≈ 0.1–0.3 s); the values, and so the
 * embeddings, are the same bytes as WordVectors reads.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { fnv1a } from "../text/fnv1a";
import { CHECK_SEED, HEADER, layoutOf, SEED, type WordVectorLayout } from "./word-vector-format";

export class WordVectorFile {
  private readonly ranks = new Map<string, number>();
  private readonly buffer = Buffer.alloc(4);

  private constructor(
    private readonly fd: number,
    private readonly layout: WordVectorLayout,
  ) {}

  /** Opens a table, checking its header and length as parseWordVectors does. */
  static open(path: string): WordVectorFile {
    const fd = openSync(path, "r");
    try {
      const header = Buffer.alloc(HEADER);
      readSync(fd, header, 0, HEADER, 0);
      const layout = layoutOf(header);
      if (fstatSync(fd).size !== layout.end) throw new Error("truncated word-vector file");
      return new WordVectorFile(fd, layout);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  get dimensions(): number {
    return this.layout.dimensions;
  }

  private read(bytes: number, position: number): Buffer {
    const buffer = bytes === 4 ? this.buffer : Buffer.alloc(bytes);
    if (readSync(this.fd, buffer, 0, bytes, position) !== bytes)
      throw new Error("truncated word-vector file");
    return buffer;
  }

  /** Frequency rank (0 = most frequent) of a lower-case word, or -1 when it has no vector. */
  rank(word: string): number {
    let rank = this.ranks.get(word);
    if (rank !== undefined) return rank;
    const { slots, checks, slotCount } = this.layout;
    const mask = slotCount - 1;
    const check = fnv1a(word, CHECK_SEED);
    for (let slot = fnv1a(word, SEED) & mask; ; slot = (slot + 1) & mask) {
      rank = this.read(4, slots + slot * 4).readInt32LE(0);
      if (rank < 0 || this.read(4, checks + rank * 4).readUInt32LE(0) === check) break;
    }
    // Only words with a vector are remembered: the hundreds of made-up spellings a typo is compared with
    // (typo-words.ts) would fill the memo with misses.
    if (rank >= 0 && this.ranks.size < 100_000) this.ranks.set(word, rank);
    return rank;
  }

  /** Adds `weight` × the unit vector of the word at `rank` into `into` from `offset`. */
  addTo(into: Float32Array, offset: number, rank: number, weight: number): void {
    const d = this.layout.dimensions;
    const scale = this.read(4, this.layout.scales + rank * 4).readFloatLE(0) * weight;
    const row = this.read(d, this.layout.values + rank * d);
    for (let i = 0; i < d; i++) into[offset + i] = (into[offset + i] as number) + row.readInt8(i) * scale;
  }
}
