/** Order statistics for latency samples. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const median = (values: number[]): number => percentile(values, 50);

/** Runs `fn` over `inputs` after `warmup` untimed calls; returns per-call milliseconds. */
export async function timeEach<T>(inputs: T[], fn: (input: T) => unknown, warmup = 10): Promise<number[]> {
  for (const input of inputs.slice(0, warmup)) await fn(input);
  const ms: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    await fn(input);
    ms.push(performance.now() - t);
  }
  return ms;
}
