/**
 * A worker thread of the batch pool: does a chunk of jobs (read, decode,
 * analyze) in order. Chunks, not single jobs, because each round trip to a
 * worker costs more than analyzing a short article.
 */
import type { Result } from '../model/report.js';
import { runJob, type BatchJob } from './job.js';

export default async function workerRunJobs(jobs: BatchJob[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const job of jobs) results.push(await runJob(job));
  return results;
}
