#!/usr/bin/env node
// The command line, as compiled JavaScript in dist/ (built by `npm install`; `npm run build` redoes it).
import { existsSync } from 'node:fs';

const hoofd = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(hoofd)) {
  console.error('Maatwerkbot is nog niet gebouwd: voer `npm run build` uit in de map van het pakket.');
  process.exit(2);
}
const { main } = await import(hoofd.href);
process.exitCode = await main(process.argv.slice(2));
