#!/usr/bin/env node
// Runs the TypeScript CLI on Node >= 24 (type stripping). When the node on PATH is older, the
// project's own Node 24 (devDependency "node", in node_modules/.bin) runs it instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'main.ts');
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  // A literal specifier (the same file as `entry`), so the module's types reach this script.
  const cli = await import('../src/cli/main.ts');
  await cli.runFromProcess();
} else {
  const projectNode = join(root, 'node_modules', '.bin', 'node');
  if (!existsSync(projectNode)) {
    process.stderr.write('tirkeu: needs Node.js 24 or newer; run "npm ci" to install the project\'s own.\n');
    process.exit(1);
  }
  const result = spawnSync(projectNode, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
