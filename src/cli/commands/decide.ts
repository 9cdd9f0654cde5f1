import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { createMemoryRegistries } from '../../registries/memory/index.ts';
import { parseScenarioText } from '../../registries/scenario/read.ts';
import { decideApplication } from '../../services/decide-application.ts';
import { decisionJson, decisionText } from '../../services/decision-output.ts';
import { parseFlags } from '../args.ts';
import { answerError, readInput } from '../json-input.ts';
import type { Io } from '../output.ts';

export const DECIDE_HELP = `tirkeu decide FILE|- [--lang kk|ru|en]
  Decides the application in a scenario file (shared/spec/scenario.md; "-" reads standard input)
  and prints the decision as JSON; with --lang, as text in that language, every check with its
  clause. Exit code 0: a decision was made (refusals included); 2: the scenario is invalid, and
  standard output holds {"error": {"code", "message", "path"}}.`;

export async function decideCommand(args: string[], io: Io, _config: Config): Promise<number> {
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
