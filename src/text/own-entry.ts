/**
 * A table's own entry for a key, never one it inherits: a word table written as an object literal also answers
 * "constructor" or "toString" (Object's), which put `function Object() { [native code] }` into a searched query.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
