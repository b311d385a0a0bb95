/**
 * Output that is never seen half-written: everything goes to a temporary
 * file beside the target, which is renamed over it only once complete.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Make the output final (rename into place); idempotent. */
  commit(): Promise<void>;
  /** Drop the output (remove the temporary file). */
  abort(): Promise<void>;
}

function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(chunk)) resolve();
    else {
      stream.once('drain', resolve);
      stream.once('error', reject);
    }
  });
}

export function stdoutSink(): Sink {
  return { write: (chunk) => writeTo(process.stdout, chunk), commit: async () => {}, abort: async () => {} };
}

export function atomicFileSink(target: string): Sink {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.vnreport-tmp-${process.pid}-${Date.now()}-${path.basename(target)}`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure = err;
  });
  const closed = () =>
    new Promise<void>((resolve, reject) => {
      stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
  let done = false;
  return {
    write: async (chunk) => {
      if (failure) throw failure;
      await writeTo(stream, chunk);
    },
    commit: async () => {
      if (done) return;
      done = true;
      await closed();
      if (failure) throw failure;
      await rename(temp, target);
    },
    abort: async () => {
      if (done) return;
      done = true;
      await closed().catch(() => {});
      await unlink(temp).catch(() => {});
    },
  };
}
