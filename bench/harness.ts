/** A tiny benchmark harness: each bench module exports `benchmarks`, and `run.ts` prints and records them. */

/** One measured figure, with the target it is held to where there is one. */
export interface BenchResult {
  metric: string;
  value: number;
  unit: string;
  /** The target, as text ("≤ 2 ms"), and whether the value meets it. */
  target?: string;
  ok?: boolean;
}

/** A named group of measurements. */
export interface Benchmark {
  name: string;
  run(): Promise<BenchResult[]>;
}

/** Median wall time, in milliseconds, of `runs` calls of `fn` after `warmup` calls. */
export function medianMs(fn: () => unknown, runs = 21, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A result held to an upper bound. */
export function atMost(metric: string, value: number, unit: string, limit: number): BenchResult {
  return { metric, value, unit, target: `≤ ${limit} ${unit}`, ok: value <= limit };
}

/** A result held to a lower bound. */
export function atLeast(metric: string, value: number, unit: string, limit: number): BenchResult {
  return { metric, value, unit, target: `≥ ${limit} ${unit}`, ok: value >= limit };
}
