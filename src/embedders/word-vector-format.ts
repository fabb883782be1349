/** The compact word-vector file's constants, shared by the in-memory table and the file reader. */

export const MAGIC = "NQW2";
export const HEADER = 24;
export const SEED = 0x811c9dc5; // FNV-1a's own offset basis
/** A second, independent hash of each word, stored to confirm a slot's word without storing strings. */
export const CHECK_SEED = 0x9747b28c;

export const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** Where each part starts, from the header: the words, then scales, checks, slots and values. */
export interface WordVectorLayout {
  dimensions: number;
  count: number;
  slotCount: number;
  wordLength: number;
  scales: number;
  checks: number;
  slots: number;
  values: number;
  /** The file's length. */
  end: number;
}

export function layoutOf(header: Buffer): WordVectorLayout {
  if (header.length < HEADER || header.toString("ascii", 0, 4) !== MAGIC)
    throw new Error("not a word-vector file");
  const dimensions = header.readUInt32LE(4);
  const count = header.readUInt32LE(8);
  const slotCount = header.readUInt32LE(12);
  const wordLength = header.readUInt32LE(16);
  const scales = HEADER + wordLength + pad4(HEADER + wordLength);
  const checks = scales + count * 4;
  const slots = checks + count * 4;
  const values = slots + slotCount * 4;
  return {
    dimensions,
    count,
    slotCount,
    wordLength,
    scales,
    checks,
    slots,
    values,
    end: values + count * dimensions,
  };
}
