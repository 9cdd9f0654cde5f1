#!/usr/bin/env node
// Runs the TypeScript CLI on Node >= 24 (type stripping). When the node on PATH is older, the
// project's own Node 24 (devDependency "node", in node_modules/.bin) runs it instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  // Issue 20 (a lean CLI): Node's compile cache keeps the TypeScript stripped on earlier runs, so a
  // command starts without loading the type stripper. It lives in node_modules/.cache (keyed by
  // file contents; NODE_COMPILE_CACHE moves it, NODE_DISABLE_COMPILE_CACHE=1 turns it off), where
  // `npm ci` primes it (scripts/prime-compile-cache.js) and no reboot clears it.
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE ?? join(root, 'node_modules', '.cache', 'tirkeu-compile'));
  // A literal specifier, so the module's types reach this script.
  const cli = await import('../src/cli/main.ts');
  await cli.runFromProcess();
} else {
  const projectNode = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(projectNode)) {
    process.stderr.write('tirkeu: needs Node.js 24 or newer; run "npm ci" to install the project\'s own.\n');
    process.exit(1);
  }
  const result = spawnSync(projectNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
