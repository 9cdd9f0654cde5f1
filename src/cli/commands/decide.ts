import { AppError } from '../../errors.ts';
import { createMemoryRegistries } from '../../registries/memory/index.ts';
import { parseScenarioText } from '../../registries/scenario/read.ts';
import { decideApplication } from '../../services/decide-application.ts';
import { decisionJson, decisionText } from '../../services/decision-output.ts';
import { parseFlags } from '../args.ts';
import { answerError, readInput } from '../json-input.ts';
import type { Io } from '../output.ts';

// Issue 20 (a lean CLI): a scenario file holds all the command needs; no setting is read, so the
// configuration check (config.ts, zod) is not loaded (command-table.ts `settings: 'none'`).
export async function decideCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseFlags(args, {});
  if (positionals.length !== 1) {
    throw new AppError('invalid-arguments', { detail: 'give one scenario file, or - for standard input' });
  }
  try {
    const scenario = parseScenarioText(await readInput(positionals[0]!, io));
    const decision = await decideApplication(createMemoryRegistries(scenario.data), {
      date: scenario.date,
      ruleset: scenario.ruleset,
      config: scenario.config,
      application: scenario.application,
    });
    io.stdout(
      io.langGiven ? `${decisionText(decision, io.lang)}\n` : `${JSON.stringify(decisionJson(decision), null, 2)}\n`,
    );
    return 0;
  } catch (error) {
    // scenario.md: an invalid scenario is reported on standard output, as JSON.
    return answerError(io, error);
  }
}
