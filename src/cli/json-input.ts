// The JSON-in, JSON-out commands (`decide`, `deadline`): how they read FILE or "-" and how they
// answer bad input — on standard output as {"error": {"code", "message", "path"}}, exit 2
// (scenario.md; deadlines.md D6), with the coded line on standard error when --lang is given.
import { readFileSync } from 'node:fs';
import { AppError, toAppError } from '../errors.ts';
import { translate } from '../i18n/messages.ts';
import { exitCodeFor, type Io } from './output.ts';

export async function readInput(source: string, io: Io): Promise<string> {
  try {
    return source === '-' ? await io.readStdin() : readFileSync(source, 'utf8');
  } catch (cause) {
    throw new AppError('file-unreadable', { file: source === '-' ? 'stdin' : source }, { cause });
  }
}

/** JSON.parse with the coded error of a file that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid-json', { detail: (error as Error).message }, { path: '' });
  }
}

/** Writes the error as JSON on standard output and returns the exit code. */
export function answerError(io: Io, error: unknown): number {
  const appError = toAppError(error);
  io.stdout(`${JSON.stringify({ error: { ...appError.toJSON(), path: appError.path ?? '' } }, null, 2)}\n`);
  if (io.langGiven) io.stderr(`tirkeu: ${appError.code}: ${translate(io.lang, appError.code, appError.params)}\n`);
  return exitCodeFor(appError);
}
