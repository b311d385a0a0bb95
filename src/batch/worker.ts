/** A worker thread of the batch pool: reads, decodes and analyzes one source. */
import type { Result } from '../model/report.js';
import type { InputSource } from './inputs.js';
import { processSource } from './process.js';

export default function analyzeSource(input: InputSource): Promise<Result> {
  return processSource(input);
}
