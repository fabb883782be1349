/** Where the data tests find ../shared (the folder beside the clone that CI has and a fresh clone lacks). */
import { join } from "node:path";

export const SHARED_DIR = join(__dirname, "..", "..", "shared");

export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);
