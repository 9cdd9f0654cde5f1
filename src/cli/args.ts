// Strict command-line parsing on node:util parseArgs: an unknown or malformed flag is a coded
// error, never ignored.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { AppError } from '../errors.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    // Node's message may run over several lines; the first says what is wrong.
    throw new AppError('invalid-arguments', { detail: (error as Error).message.split('\n')[0]!.trim() });
  }
}

export function integerFlag(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new AppError('invalid-arguments', { detail: `--${name} is required` });
  }
  const normalized = value.replaceAll('_', '');
  const n = /^[0-9]+$/.test(normalized) ? Number(normalized) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new AppError('invalid-arguments', {
      detail: `--${name} must be a whole number from ${min} to ${max}`,
    });
  }
  return n;
}

export function choiceFlag<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new AppError('invalid-arguments', { detail: `--${name} must be one of ${choices.join(', ')}` });
  }
  return value as T;
}
