// Run by `npm ci` (the "prepare" script): fills Node's compile cache with the CLI's modules, so
// that even the first `tirkeu decide` after an install starts warm (issue 20, a lean CLI: a run
// with no cache strips the TypeScript of every module it loads, most of its start-up time). The
// cache is the one bin/tirkeu.js uses: NODE_COMPILE_CACHE when set, else
// node_modules/.cache/tirkeu-compile. Best effort: a failure here never fails the install.
import module from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24 && process.env.NODE_DISABLE_COMPILE_CACHE === undefined) {
  try {
    module.enableCompileCache(process.env.NODE_COMPILE_CACHE ?? join(root, 'node_modules', '.cache', 'tirkeu-compile'));
    // What `tirkeu decide` loads before it reads its file: the entry, the command and its rules.
    await import(join(root, 'src', 'cli', 'main.ts'));
    await import(join(root, 'src', 'cli', 'commands', 'decide.ts'));
    module.flushCompileCache();
  } catch (error) {
    console.warn(
      `tirkeu: the compile cache was not primed (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
