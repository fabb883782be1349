/** The embedded StateStore the chat adapters use when wire.ts hands them none: this process's memory. */
import { createMemoryStateStore } from "../../core/memory-state-store";
import type { StateStore } from "../../core/state-store";
import { ANSWER_MEMORY } from "./answer-memory";

export function createLocalState(): StateStore {
  return createMemoryStateStore({ max: { answer: ANSWER_MEMORY.max } });
}
