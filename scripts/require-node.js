// Stops `npm test` and `npm start` on a Node.js older than 24: Node 20 would find no TypeScript
// tests and exit 0, a silent pass. npm scripts normally get the project's own Node 24 from
// node_modules/.bin (devDependency "node"); this catches a PATH that bypasses it.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Tirkeu needs Node.js 24 or newer, found ${process.version}. Run "npm ci" and use npm scripts, or install Node 24.`,
  );
  process.exit(1);
}
