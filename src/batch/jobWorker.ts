/** A worker thread of the batch pool: does one job (read, decode, analyze). */
import type { Result } from '../model/report.js';
import { runJob, type BatchJob } from './job.js';

export default function workerRunJob(job: BatchJob): Promise<Result> {
  return runJob(job);
}
