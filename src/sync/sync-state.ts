/** The small state file in the index folder that makes WordPress syncs incremental. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../index/store/index-layout";

export interface SyncState {
  /**
   * The index version the sync that wrote this file switched to. When the live version differs, another
   * kind of ingest ran in between (or the state write was lost), so the cursors are not trusted.
   */
  indexVersion: string | null;
  /** Per source key: the newest `modified_gmt` already in the index (ISO instant). */
  cursors: Record<string, string>;
}

export const SYNC_STATE_FILE = "sources-state.json";

const EMPTY: SyncState = { indexVersion: null, cursors: {} };

/** The saved state, or an empty one when there is none or it cannot be read (the next sync is then full). */
export async function readSyncState(indexDir: string): Promise<SyncState> {
  try {
    const data = JSON.parse(await readFile(join(indexDir, SYNC_STATE_FILE), "utf8")) as Partial<SyncState>;
    const cursors = Object.fromEntries(
      Object.entries(data.cursors ?? {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
    return { indexVersion: typeof data.indexVersion === "string" ? data.indexVersion : null, cursors };
  } catch {
    return { ...EMPTY, cursors: {} };
  }
}

/** Writes the state whole or not at all; call it only after the index switch succeeded. */
export async function writeSyncState(indexDir: string, state: SyncState): Promise<void> {
  await writeFileAtomic(join(indexDir, SYNC_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}
