// issue 17: `tirkeu services [--json]` — the public services catalogue (services.md §1), with
// which of them Tirkeu provides end to end.
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { serviceCatalogue } from '../../services/service-catalogue.ts';
import { parseFlags } from '../args.ts';
import type { Io } from '../output.ts';

export const SERVICES_HELP = `tirkeu services [--json]
  Lists the public services S1–S10 (shared/spec/services.md): name, legal source, channels, and
  whether Tirkeu provides it end to end. --json prints [{"id", "name": {kk, ru, en}, "source",
  "channels", "implemented"}].`;

export async function servicesCommand(args: string[], io: Io, _config: Config): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean', default: false } });
  if (positionals.length > 0) {
    throw new AppError('invalid-arguments', { detail: 'services takes no arguments' });
  }
  const catalogue = serviceCatalogue();
  if (values.json) {
    io.stdout(`${JSON.stringify(catalogue, null, 2)}\n`);
    return 0;
  }
  const lines = catalogue.map((entry) => {
    const state = translate(io.lang, entry.implemented ? 'services.implemented' : 'services.catalogue-only');
    const channels = entry.channels.map((c) => translate(io.lang, `services.channel.${c}`)).join(', ');
    return `${entry.id.padEnd(4)}${entry.name[io.lang]}\n    ${state} · ${channels} · ${entry.source}`;
  });
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
