import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS = path.join(ROOT, 'fixtures', 'seeds');
export const GOLD = path.join(ROOT, 'fixtures', 'gold');

export function seedFiles(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(SEEDS, f));
}

export function readSeed(file: string): string {
  return readFileSync(file, 'utf8');
}
