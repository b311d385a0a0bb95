/**
 * Lines of a byte stream, one at a time, with memory bounded by the longest
 * line (a 5 MB line is one 5 MB string, never the whole input). Lines are
 * split on LF bytes, which never occur inside a UTF-8 multi-byte sequence,
 * so a character cut between two chunks is put back together; a CR before
 * the LF is dropped. A last line without LF is still a line; the empty
 * "line" after a final LF is not.
 */
import type { Readable } from 'node:stream';

const LF = 0x0a;
const CR = 0x0d;

function toLine(parts: Buffer[], size: number): string {
  const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
  return bytes.toString('utf8', 0, end);
}

export async function* readLines(stream: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let from = 0;
    for (let at = bytes.indexOf(LF, from); at !== -1; at = bytes.indexOf(LF, from)) {
      parts.push(bytes.subarray(from, at));
      yield toLine(parts, size + at - from);
      parts = [];
      size = 0;
      from = at + 1;
    }
    if (from < bytes.length) {
      parts.push(bytes.subarray(from));
      size += bytes.length - from;
    }
  }
  if (size > 0) yield toLine(parts, size);
}
