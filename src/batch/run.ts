/**
 * The batch engine: sources in, results out in input order, with at most a
 * fixed window of sources in flight, so memory stays bounded however large
 * the batch. With more than one job, sources are analyzed on a pool of worker
 * threads (tinypool); standard input is always read on the main thread.
 */
import os from 'node:os';
import { Tinypool } from 'tinypool';
import type { Result } from '../model/report.js';
import { STDIN_SOURCE, type InputSource } from './inputs.js';
import { errorRecord, processSource } from './process.js';

export interface BatchOptions {
  /** Worker threads; 1 analyzes on the main thread. */
  jobs: number;
}

/** How many sources per job may be in flight: enough to keep workers busy. */
const WINDOW_PER_JOB = 4;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

type Analyze = (input: InputSource) => Promise<Result>;

function workerPool(jobs: number): { analyze: Analyze; close: () => Promise<void> } {
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
  });
  return {
    analyze: (input) =>
      input.source === STDIN_SOURCE
        ? processSource(input)
        : (pool.run(input) as Promise<Result>).catch((err: unknown) =>
            // A worker that dies costs its input a record, never the batch.
            errorRecord(input.source, 'INTERNAL', `analysis failed: ${(err as Error)?.message ?? err}`),
          ),
    close: () => pool.destroy(),
  };
}

export async function* runBatch(
  sources: AsyncIterable<InputSource> | Iterable<InputSource>,
  options: BatchOptions,
): AsyncGenerator<Result> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const { analyze, close } =
    jobs === 1 ? { analyze: processSource, close: async () => {} } : workerPool(jobs);
  const window = jobs * WINDOW_PER_JOB;
  const inFlight: Promise<Result>[] = [];
  try {
    for await (const source of sources) {
      inFlight.push(analyze(source));
      if (inFlight.length >= window) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    // Settle what is still running before the pool goes away.
    await Promise.allSettled(inFlight);
    await close();
  }
}
