// Runs the CLI in-process as a terminal would, capturing its output; English unless env says.
import { main } from '../../src/cli/main.ts';

export async function runCli(args: string[], env: Record<string, string> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTty: false,
      readStdin: () => Promise.resolve(stdin),
    },
    { LANG: 'en_US.UTF-8', ...env },
  );
  return { code, stdout, stderr };
}
