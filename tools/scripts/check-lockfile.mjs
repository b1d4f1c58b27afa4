#!/usr/bin/env node
// Checks that package-lock.json installs on every common OS and CPU, so `npm ci` works on macOS,
// Windows and ARM Linux too:
// - no direct dependency is limited to one OS/CPU (npm refuses those elsewhere: EBADPLATFORM);
// - every optional dependency a locked package declares is in the lockfile (a lockfile written
//   while node_modules existed drops other platforms' binaries, and `npm ci` then installs a
//   package without its binary on those platforms).
// Run by `npm test` first; `npm run lock:refresh` writes the lockfile from nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8'));
const packages = lock.packages ?? {};
const problems = [];

for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
  const entry = packages[`node_modules/${name}`];
  if (!entry) problems.push(`${name} is in package.json but not in package-lock.json (run npm run lock:refresh)`);
  else if (entry.os || entry.cpu) problems.push(`${name} is a direct dependency limited to os=${entry.os ?? '*'} cpu=${entry.cpu ?? '*'}; depend on the package that lists it as optional`);
}

/** npm's resolution: the nearest node_modules folder up the tree that holds the package. */
function resolves(from, dep) {
  let base = from;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${dep}`]) return true;
    if (base === '') return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}
for (const [key, entry] of Object.entries(packages)) {
  if (entry.extraneous) problems.push(`${key} is marked extraneous: npm install would drop it and rewrite the lockfile (run npm run lock:refresh)`);
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!resolves(key, dep)) problems.push(`${key || 'the root'} declares optional ${dep}@${range}, which the lockfile lacks (the registry may not have it: pin the parent with "overrides")`);
  }
}

if (problems.length) {
  console.error(`package-lock.json is not installable everywhere:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`package-lock.json: ${Object.keys(packages).length - 1} packages, every platform's optional binaries present, no platform-limited direct dependency.`);
