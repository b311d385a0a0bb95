import type { Command } from 'commander';
import type { ExitState } from './main.js';

// PLACEHOLDER: being written.
export function registerExtract(program: Command, exit: ExitState): void {
  void program;
  void exit;
}
