/**
 * Offsets of the decoded input to line and column as an editor shows them:
 * 1-based lines (LF, CRLF or a lone CR end a line), 1-based columns counted
 * in characters (code points) of the line.
 */
import type { Position } from './types.js';

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(private readonly input: string) {
    for (let i = 0; i < input.length; i++) {
      const ch = input[i];
      if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.starts[low];
    return { line: low + 1, column: [...this.input.slice(lineStart, offset)].length + 1 };
  }

  /** The text of every line, without its line break. */
  lines(): string[] {
    return this.starts.map((start, i) => {
      const end = i + 1 < this.starts.length ? this.starts[i + 1] : this.input.length;
      return this.input.slice(start, end).replace(/\r?\n$|\r$/u, '');
    });
  }
}
