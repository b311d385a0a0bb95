/**
 * A progress line on stderr while a batch runs: files done, MB read, MB/s,
 * and, once the inputs are counted, a bar and the ETA. Shown only when stderr
 * is a terminal and --quiet is not given; otherwise every call is a no-op, so
 * logs and pipes never see control characters.
 *
 * Inputs are streamed, so the total is not known when the batch starts: a
 * second, cheap pass walks the same inputs with fast-glob's stream, counting
 * entries without keeping them, and the ETA appears when it finishes.
 * cli-progress does the drawing: throttled redraws, messages printed above
 * the bar, the line restored at the end.
 */
import cliProgress from 'cli-progress';
import fg from 'fast-glob';
import type { Readable } from 'node:stream';
import { GLOB_OPTIONS, isWalkedInput, planInput } from './inputs.js';

export interface Progress {
  /** One input done, of this many bytes. */
  tick(bytes: number): void;
  /** A message for the user (one line), printed above the bar. */
  log(message: string): void;
  /** Final redraw; the bar stays on screen with the totals. */
  stop(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  /** Inputs to count for the ETA; none means the total stays unknown. */
  inputs?: string[];
  stream?: NodeJS.WriteStream;
}

export interface ProgressState {
  files: number;
  bytes: number;
  /** Inputs in the batch, once counted. */
  total: number | null;
  /** The counting pass is still running (false: no total will come). */
  counting?: boolean;
  elapsedMs: number;
}

const MB = 1e6;

/** Drop a run of one character at the end (a loop: a regex `x+$` is quadratic on long runs). */
function trimEnd(text: string, ch: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ch) end--;
  return text.slice(0, end);
}
const BAR_WIDTH = 24;

/** Whether to draw: a terminal on stderr and no --quiet. */
export function progressWanted(quiet: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): boolean {
  return !quiet && stream.isTTY === true && process.env.TERM !== 'dumb';
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function bar(fraction: number): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_WIDTH);
  return `${'█'.repeat(full)}${'░'.repeat(BAR_WIDTH - full)}`;
}

/** The progress line for a state: pure, so it can be tested without a terminal. */
export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.bytes / MB / seconds : 0;
  const volume = `${(state.bytes / MB).toFixed(1)} MB · ${rate.toFixed(1)} MB/s`;
  if (state.total === null) {
    const files = `${state.files.toLocaleString('en-US')} files · ${volume}`;
    return state.counting === false ? files : `${files} · counting inputs…`;
  }
  const total = Math.max(state.total, state.files);
  const remaining = total - state.files;
  const eta = state.files > 0 ? formatDuration((remaining * seconds) / state.files) : '?';
  const files = `${state.files.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files`;
  return `${bar(total > 0 ? state.files / total : 1)} ${files} · ${volume} · ETA ${eta}`;
}

function globCount(pattern: string, streams: Set<Readable>): Promise<number> {
  return new Promise((resolve) => {
    let count = 0;
    const walk = fg.stream(pattern, { ...GLOB_OPTIONS, suppressErrors: true }) as Readable;
    streams.add(walk);
    walk.on('data', (entry: string) => {
      if (isWalkedInput(entry)) count++;
    });
    walk.on('end', () => resolve(count));
    walk.on('close', () => resolve(count));
    walk.on('error', () => resolve(count));
  });
}

/** How many sources an input expands to: the batch's own plan, counted without keeping the entries. */
async function countOne(input: string, streams: Set<Readable>): Promise<number> {
  const plan = await planInput(input);
  if (plan.kind === 'itself') return 1;
  const count = await globCount(plan.pattern, streams);
  // A pattern that matches nothing still yields one (error) record.
  return plan.isPattern ? Math.max(1, count) : count;
}

/** Count the inputs; stoppable, since the batch may end first. */
export function countInputs(inputs: string[]): { total: Promise<number>; cancel: () => void } {
  const streams = new Set<Readable>();
  let cancelled = false;
  const total = (async () => {
    let sum = 0;
    for (const input of inputs) {
      if (cancelled) break;
      sum += await countOne(input, streams);
    }
    return sum;
  })();
  return {
    total,
    cancel: () => {
      cancelled = true;
      for (const s of streams) s.destroy();
    },
  };
}

/** No display: messages still reach stderr, as plain lines. */
const SILENT: Progress = {
  tick: () => {},
  log: (message) => process.stderr.write(`${trimEnd(message, '\n')}\n`),
  stop: () => {},
};

export function startProgress(options: ProgressOptions): Progress {
  if (!options.enabled) return SILENT;
  const started = Date.now();
  const state: ProgressState = { files: 0, bytes: 0, total: null, counting: options.inputs !== undefined, elapsedMs: 0 };
  const display = new cliProgress.MultiBar({
    stream: options.stream ?? process.stderr,
    fps: 5,
    format: () => formatProgress({ ...state, elapsedMs: Date.now() - started }),
    hideCursor: false,
    gracefulExit: false,
  });
  const line = display.create(1, 0);
  const counting = options.inputs ? countInputs(options.inputs) : null;
  counting?.total.then(
    (total) => {
      state.total = total;
      state.counting = false;
    },
    () => {
      state.counting = false;
    },
  );
  let stopped = false;
  return {
    tick: (bytes) => {
      state.files++;
      state.bytes += bytes;
      line.increment();
    },
    log: (message) => display.log(`${trimEnd(message, '\n')}\n`),
    stop: () => {
      if (stopped) return;
      stopped = true;
      counting?.cancel();
      display.stop();
    },
  };
}
