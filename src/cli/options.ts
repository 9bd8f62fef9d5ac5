// Parsers for command-line option values; each error names the option.
import { InvalidArgumentError } from '@commander-js/extra-typings';
import type { MeterRequest } from '../measure/select.ts';

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number >= 1, got "${v}"`);
    return n;
  };
}

export function intList(name: string) {
  return (v: string): number[] => {
    const parts = v.split(',').map((s) => s.trim());
    const ns = parts.map(Number);
    if (parts.length === 0 || ns.some((n) => !Number.isInteger(n) || n < 1)) {
      throw new InvalidArgumentError(`${name} takes whole numbers >= 1 separated by commas, got "${v}"`);
    }
    return [...new Set(ns)].sort((a, b) => a - b);
  };
}

export function idList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function alphaValue(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 1) throw new InvalidArgumentError(`--alpha takes a number > 1, got "${v}"`);
  return n;
}

export function seedValue(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(`--seed takes an integer, got "${v}"`);
  return n;
}

export function intListFrom0(name: string) {
  return (v: string): number[] => {
    const ns = v.split(',').map((s) => Number(s.trim()));
    if (ns.some((n) => !Number.isInteger(n) || n < 0)) throw new InvalidArgumentError(`${name} takes whole numbers >= 0 separated by commas, got "${v}"`);
    return [...new Set(ns)].sort((a, b) => a - b);
  };
}

/** `python,javascript`: reference languages, each checked. */
export function languageList(v: string): ('python' | 'javascript')[] {
  const parts = idList(v);
  const bad = parts.filter((p) => p !== 'python' && p !== 'javascript');
  if (parts.length === 0 || bad.length > 0) throw new InvalidArgumentError(`--language takes python and/or javascript separated by commas, got "${v}"`);
  return parts as ('python' | 'javascript')[];
}

export function parseMeter(v: string): MeterRequest {
  if (v === 'auto' || v === 'instructions' || v === 'cycles' || v === 'perf' || v === 'time') return v;
  throw new InvalidArgumentError(`--meter takes auto, instructions, cycles, perf or time, got "${v}"`);
}
