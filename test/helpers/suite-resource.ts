/**
 * A resource shared by a whole test file: built in `beforeAll`, cleaned up in `afterAll`. If the build fails,
 * the tests report that error, and `afterAll` has nothing to clean up instead of adding
 * "Cannot read properties of undefined (reading 'cleanup')" on top of it.
 */
export function useSuiteResource<T extends { cleanup(): Promise<void> }>(
  build: () => Promise<T>,
  timeoutMs?: number,
): () => T {
  let built: T | undefined;
  beforeAll(async () => {
    built = await build();
  }, timeoutMs);
  afterAll(async () => {
    await built?.cleanup();
  });
  return () => {
    if (!built) throw new Error("the suite's resource was not built: see the error of its beforeAll");
    return built;
  };
}
