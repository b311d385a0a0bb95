import type { Command } from 'commander';
import type { ExitState } from './main.js';

// PLACEHOLDER: the `tokenize` command is being written (issue 2).
export function registerTokenize(program: Command, exit: ExitState): void {
  void program;
  void exit;
}
