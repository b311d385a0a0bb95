/**
 * SIGINT and SIGTERM as a clean stop: the first one aborts the batch (no new
 * input is started, the output is closed on a line boundary, a temporary
 * --out file is removed) and the command exits 130 or 143, as a shell would
 * report a process killed by that signal. A second signal while stopping
 * exits at once, still removing temporary files (synchronously, at exit).
 */
import { abortAllSync } from './atomicWrite.js';

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type TrappedSignal = keyof typeof SIGNAL_EXIT_CODES;

export interface InterruptTrap {
  readonly signal: AbortSignal;
  /** 130 or 143 once a signal came, else null. */
  exitCode(): number | null;
  /** Stop listening (restores the default behaviour of the signals). */
  release(): void;
}

export function trapInterrupts(onStop: (signal: TrappedSignal) => void = () => {}): InterruptTrap {
  const controller = new AbortController();
  let code: number | null = null;
  const handlers = new Map<TrappedSignal, () => void>();
  for (const name of Object.keys(SIGNAL_EXIT_CODES) as TrappedSignal[]) {
    const handler = () => {
      if (code !== null) {
        abortAllSync();
        process.exit(code);
      }
      code = SIGNAL_EXIT_CODES[name];
      onStop(name);
      controller.abort(new Error(`stopped by ${name}`));
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    signal: controller.signal,
    exitCode: () => code,
    release: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}
