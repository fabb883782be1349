/**
 * A lock in the StateStore: a key holding a random token (SET NX PX), renewed while the work runs and
 * deleted only by its holder. A holder that dies stops renewing, and the lock lapses after `ttlMs`.
 * With a shared store, two replicas never run the work at once; when the store cannot be asked, the work does
 * not run (SharedLockUnavailable): a lock that falls back to one replica's memory would lock nothing.
 */
import { randomBytes } from "node:crypto";
import type { StateStore } from "../core/state-store";

export class SharedLockBusy extends Error {
  constructor(readonly key: string) {
    super(`the shared lock ${key} is held by another replica`);
  }
}

export class SharedLockUnavailable extends Error {
  constructor(
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`the shared lock ${key} cannot be taken: the shared store does not answer`, options);
  }
}

/**
 * Runs `work` under the lock `key`; throws SharedLockBusy at once when another holder has it, and
 * SharedLockUnavailable when the store fails to answer the claim. Pass the shared store itself, not one that
 * falls back to local memory.
 */
export async function withSharedLock<T>(
  state: StateStore,
  key: string,
  work: () => Promise<T>,
  ttlMs = 60_000,
): Promise<T> {
  const token = randomBytes(12).toString("hex");
  const claimed = await state.claim(key, ttlMs, token).catch((error: unknown) => {
    throw new SharedLockUnavailable(key, { cause: error });
  });
  if (!claimed) throw new SharedLockBusy(key);
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
