// npm links the bins of dependencies into node_modules/.bin, not the project's own. Linking
// `tirkeu` there lets tools that look for node_modules/.bin/tirkeu find it (npx already does).
import { existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'tirkeu');
const target = relative(binDir, join(root, 'bin', 'tirkeu.js'));
/** @param {string} path */
function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

if (existsSync(join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  if (existsSync(link) || isLink(link)) unlinkSync(link);
  symlinkSync(target, link);
}
