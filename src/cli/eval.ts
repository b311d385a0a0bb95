import type { Command } from 'commander';
import type { ExitState } from './main.js';

// PLACEHOLDER: the `eval` command is being written (issue 2).
export function registerEval(program: Command, exit: ExitState): void {
  void program;
  void exit;
}
