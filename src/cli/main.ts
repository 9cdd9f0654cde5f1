#!/usr/bin/env node
// Entry point of the `tirkeu` command.
import { text } from 'node:stream/consumers';
import { type Config, loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { isLanguage, type Language, languageFromLocale } from '../i18n/messages.ts';
import { CERTIFICATE_HELP, certificateCommand } from './commands/certificate.ts';
import { DEADLINE_HELP, deadlineCommand } from './commands/deadline.ts';
import { DECIDE_HELP, decideCommand } from './commands/decide.ts';
import { MIGRATE_HELP, migrateCommand } from './commands/migrate.ts';
import { PKI_HELP, pkiCommand } from './commands/pki.ts';
import { SCENARIO_HELP, scenarioCommand } from './commands/scenario.ts';
import { SEED_HELP, seedCommand } from './commands/seed.ts';
import { SERVICES_HELP, servicesCommand } from './commands/services.ts';
import { START_HELP, startCommand } from './commands/start.ts';
import { type Io, reportError } from './output.ts';

type Command = (args: string[], io: Io, config: Config) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  decide: { run: decideCommand, help: DECIDE_HELP },
  deadline: { run: deadlineCommand, help: DEADLINE_HELP },
  services: { run: servicesCommand, help: SERVICES_HELP },
  start: { run: startCommand, help: START_HELP },
  migrate: { run: migrateCommand, help: MIGRATE_HELP },
  seed: { run: seedCommand, help: SEED_HELP },
  scenario: { run: scenarioCommand, help: SCENARIO_HELP },
  pki: { run: pkiCommand, help: PKI_HELP },
  certificate: { run: certificateCommand, help: CERTIFICATE_HELP },
};

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
    const command = COMMANDS[name];
    if (!command) throw new AppError('unknown-command', { command: name });
    return await command.run(args, full, loadConfig(env));
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
