/** One index version on disk: its types, and the save/load entry points the rest of the program uses. */
export { loadSnapshot } from "./load-snapshot";
export { readLiveArticles, readLiveManifest } from "./read-live-version";
export { saveSnapshot } from "./save-snapshot";
export { INDEX_FORMAT } from "./snapshot-files";
export type { IndexSnapshot, Manifest, StoredArticle } from "./snapshot-types";
