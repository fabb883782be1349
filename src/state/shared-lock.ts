/**
 * A lock in the StateStore: a key holding a random token (SET NX PX), renewed while the work runs and
 * deleted only by its holder. A holder that dies stops renewing, and the lock lapses after `ttlMs`.
 * With a shared store, two replicas never run the work at once.
 */
import { randomBytes } from "node:crypto";
import type { StateStore } from "../core/state-store";

export class SharedLockBusy extends Error {
  constructor(readonly key: string) {
    super(`the shared lock ${key} is held by another replica`);
  }
}

/** Runs `work` under the lock `key`, or throws SharedLockBusy at once when another holder has it. */
export async function withSharedLock<T>(
  state: StateStore,
  key: string,
  work: () => Promise<T>,
  ttlMs = 60_000,
): Promise<T> {
  const token = randomBytes(12).toString("hex");
  if (!(await state.claim(key, ttlMs, token))) throw new SharedLockBusy(key);
  const renew = setInterval(() => {
    state.refresh(key, token, ttlMs).catch(() => undefined);
  }, ttlMs / 3);
  renew.unref();
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await state.release(key, token).catch(() => undefined);
  }
}
