/**
 * The batch engine: jobs in, results out in input order, with at most a fixed
 * window of jobs in flight, so memory stays bounded however large the batch.
 * With more than one job, work runs on a pool of worker threads (tinypool);
 * standard input and already-answered jobs stay on the main thread.
 *
 * An AbortSignal stops the batch promptly: no new job is started, nothing
 * more is yielded, and the pool is torn down without waiting for the jobs in
 * flight (their results would be thrown away anyway).
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import { Tinypool } from 'tinypool';
import type { Result } from '../model/report.js';
import { STDIN_SOURCE, type InputSource } from './inputs.js';
import { fileJob, jobSource, runJob, type BatchJob } from './job.js';
import { errorRecord } from './process.js';

export interface BatchOptions {
  /** Worker threads; 1 analyzes on the main thread. */
  jobs: number;
  /** Stop early (SIGINT, SIGTERM, a failed output). */
  signal?: AbortSignal;
  /** Find each input's size in bytes (for progress); costs one stat per file. */
  measureBytes?: boolean;
}

/** One result and the size of the input it came from (0 when unknown). */
export interface BatchOutcome {
  result: Result;
  bytes: number;
}

/** How many jobs per worker may be in flight: enough to keep workers busy. */
const WINDOW_PER_JOB = 4;

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

interface Engine {
  run(job: BatchJob): Promise<Result>;
  close(): Promise<void>;
}

function inThreadEngine(): Engine {
  return { run: runJob, close: async () => {} };
}

function mustStayOnMainThread(job: BatchJob): boolean {
  return job.kind === 'done' || (job.kind === 'file' && job.input.source === STDIN_SOURCE);
}

/**
 * A worker's heap limits, in MB. The old generation's is not a budget for
 * one document (a few MB of text needs far less) but a signal to V8: with
 * the default limit (a share of the machine's memory, 4 GB here) workers
 * collect so lazily that RSS grows with the batch (2 workers, the archive
 * given twice: 534 MB), while with an explicit limit they collect as the
 * main thread does. A document that truly needs more fails alone, with an
 * error record, and its worker is replaced.
 *
 * An explicit old-generation limit alone makes V8 size the young generation
 * small, though, and every article's garbage then reaches the old generation:
 * a mark-compact every ~80 ms per worker, and 2 workers slower than 1 thread.
 * A young generation of 96 MB (semi-spaces of 32 MB) lets that garbage die
 * young. Measured on 10,000 archive articles, 2 workers: 11.4 s wall and
 * 20.5 s CPU without it, 8.8 s and 15.8 s with it; on the archive given
 * twice (70,880 articles) peak RSS 270 MB (no old limit: 534 MB).
 */
const WORKER_OLD_GENERATION_MB = 1024;
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * Jobs sent to a worker at once. A round trip to a worker (message passing,
 * tinypool's bookkeeping, cloning the results) costs more than analyzing a
 * short article, so jobs travel in chunks.
 */
const CHUNK_SIZE = 16;

interface Waiting {
  job: BatchJob;
  resolve: (result: Result) => void;
}

function workerEngine(jobs: number): Engine {
  const pool = new Tinypool({
    filename: new URL('./jobWorker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const failed = (job: BatchJob, err: unknown): Result =>
    // A worker that dies costs its input a record, never the batch.
    errorRecord(jobSource(job), 'INTERNAL', `analysis failed: ${(err as Error)?.message ?? err}`);
  const runChunk = (chunk: Waiting[]): void => {
    (pool.run(chunk.map((w) => w.job)) as Promise<Result[]>).then(
      (results) => chunk.forEach((w, i) => w.resolve(results[i])),
      (err: unknown) => {
        // Run a failed chunk's jobs one by one, so that only the bad input fails.
        if (chunk.length === 1) chunk[0].resolve(failed(chunk[0].job, err));
        else for (const w of chunk) runChunk([w]);
      },
    );
  };
  let buffer: Waiting[] = [];
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    const chunk = buffer;
    buffer = [];
    if (chunk.length > 0) runChunk(chunk);
  };
  return {
    run: (job) =>
      mustStayOnMainThread(job)
        ? runJob(job)
        : new Promise<Result>((resolve) => {
            buffer.push({ job, resolve });
            if (buffer.length >= CHUNK_SIZE) flush();
            else if (!flushScheduled) {
              flushScheduled = true;
              setImmediate(flush);
            }
          }),
    close: () => pool.destroy(),
  };
}

async function sizeOf(job: BatchJob, measure: boolean): Promise<number> {
  if (job.kind === 'text') return Buffer.byteLength(job.text, 'utf8');
  if (!measure || job.kind !== 'file' || job.input.source === STDIN_SOURCE || job.input.missing) return 0;
  return stat(job.input.source).then(
    (info) => (info.isFile() ? info.size : 0),
    () => 0,
  );
}

const ABORTED = Symbol('aborted');

/**
 * The first of the promises to settle, or ABORTED when the signal fires
 * first. The abort listener is removed as soon as the race is decided: racing
 * against one long-lived promise instead would keep every settled race (and
 * the result it carried) reachable from that promise until the batch ends.
 */
function raceAbort<T>(contenders: Promise<T>[], signal: AbortSignal | undefined): Promise<T | typeof ABORTED> {
  if (!signal) return Promise.race(contenders);
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.race(contenders).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

export async function* runJobs(
  jobs: AsyncIterable<BatchJob> | Iterable<BatchJob>,
  options: BatchOptions,
): AsyncGenerator<BatchOutcome> {
  const threads = Math.max(1, Math.floor(options.jobs));
  const engine = threads === 1 ? inThreadEngine() : workerEngine(threads);
  // Workers take chunks: keep two chunks per worker in flight.
  const window = threads === 1 ? WINDOW_PER_JOB : threads * CHUNK_SIZE * 2;
  const source = (Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]()) as
    | AsyncIterator<BatchJob>
    | Iterator<BatchJob>;
  const inFlight: Promise<BatchOutcome>[] = [];
  const start = (job: BatchJob): Promise<BatchOutcome> =>
    Promise.all([engine.run(job), sizeOf(job, options.measureBytes ?? false)]).then(([result, bytes]) => ({
      result,
      bytes,
    }));
  let pending: Promise<IteratorResult<BatchJob>> | null = null;
  let exhausted = false;
  try {
    for (;;) {
      if (!exhausted && !pending && inFlight.length < window) pending = Promise.resolve(source.next());
      // The oldest job first: a result is written as soon as it and all before it are done.
      const contenders: Promise<Step>[] = [];
      if (inFlight.length > 0) contenders.push(inFlight[0].then((outcome) => ({ outcome })));
      if (pending) contenders.push(pending.then((next) => ({ next })));
      if (contenders.length === 0) return;
      const step = await raceAbort(contenders, options.signal);
      if (step === ABORTED) return;
      if ('outcome' in step) {
        inFlight.shift();
        yield step.outcome;
        if (options.signal?.aborted) return;
      } else {
        pending = null;
        if (step.next.done) exhausted = true;
        else inFlight.push(start(step.next.value));
      }
    }
  } finally {
    if (!exhausted) void Promise.resolve(source.return?.()).catch(() => {});
    // Settle what is still running before the pool goes away, unless stopping.
    if (!options.signal?.aborted) await Promise.allSettled(inFlight);
    await engine.close();
  }
}

type Step = { outcome: BatchOutcome } | { next: IteratorResult<BatchJob> };

/** Files (or standard input) in, results out in input order. */
export async function* runBatch(
  sources: AsyncIterable<InputSource> | Iterable<InputSource>,
  options: BatchOptions,
): AsyncGenerator<Result> {
  for await (const { result } of runJobs(mapJobs(sources), options)) yield result;
}

export async function* mapJobs(
  sources: AsyncIterable<InputSource> | Iterable<InputSource>,
): AsyncGenerator<BatchJob> {
  for await (const input of sources) yield fileJob(input);
}
