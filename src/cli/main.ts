#!/usr/bin/env node
// Entry point of the `tirkeu` command. It loads only the command it runs (command-table.ts).
import { text } from 'node:stream/consumers';
import { AppError } from '../errors.ts';
import { isLanguage, LANGUAGES, type Language, languageFromLocale } from '../i18n/messages.ts';
import { COMMANDS } from './command-table.ts';
import { type Io, reportError } from './output.ts';

const USAGE = `Tirkeu — electronic residence registration.
Usage: tirkeu [--lang kk|ru|en] <command> [options]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

Environment: PORT, DATABASE_URL, TIRKEU_DATA_DIR, TIRKEU_PKI_DIR, TIRKEU_LANG, LOG_LEVEL (see README).
`;

/** Takes a leading or trailing --lang out of the arguments. */
function extractLanguage(args: string[], fallback: Language): { lang: Language; given: boolean; rest: string[] } {
  const rest: string[] = [];
  let lang = fallback;
  let given = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined && arg !== '--lang') rest.push(arg);
    else if (isLanguage(value)) {
      lang = value;
      given = true;
    } else throw new AppError('invalid-arguments', { detail: '--lang must be kk, ru or en' });
  }
  return { lang, given, rest };
}

/**
 * The one setting a command without settings reads, checked as config.ts checks it (the same
 * coded error and text), without loading config.ts and zod (issue 20, a lean CLI).
 */
function checkLanguageSetting(env: NodeJS.ProcessEnv): void {
  const value = env['TIRKEU_LANG'];
  if (value !== undefined && !isLanguage(value)) {
    const detail = `Invalid option: expected one of ${LANGUAGES.map((l) => `"${l}"`).join('|')}`;
    throw new AppError('invalid-config', { variable: 'TIRKEU_LANG', detail });
  }
}

export async function main(
  argv: string[],
  io: Omit<Io, 'lang' | 'langGiven' | 'readStdin'> & { readStdin?: () => Promise<string> },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const envLang = isLanguage(env['TIRKEU_LANG'])
    ? env['TIRKEU_LANG']
    : languageFromLocale(env['LC_ALL'] || env['LANG']);
  const readStdin = io.readStdin ?? (() => Promise.reject(new Error('no standard input')));
  let full: Io = { ...io, lang: envLang, langGiven: false, readStdin };
  try {
    const { lang, given, rest } = extractLanguage(argv, envLang);
    full = { ...io, lang, langGiven: given, readStdin };
    const [name, ...args] = rest;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      io.stdout(USAGE);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new AppError('unknown-command', { command: name });
    if (command.settings === 'none') {
      checkLanguageSetting(env);
      return await (
        await command.load()
      )(args, full);
    }
    const { loadConfig } = await import('../config.ts');
    const config = loadConfig(env);
    const run = await command.load();
    return await run(args, full, config);
  } catch (error) {
    return reportError(full, error);
  }
}

/** Runs the CLI for this process: arguments, standard streams, exit code. */
export async function runFromProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: process.stderr.isTTY === true,
    readStdin: () => text(process.stdin),
  });
}

if (import.meta.main) await runFromProcess();
