#!/usr/bin/env node
// The command line, as compiled JavaScript in dist/ (built by `npm install`; `npm run build` redoes it).
import { existsSync } from 'node:fs';

const hoofd = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(hoofd)) {
  // Without dist/ there is no catalogue to read: the terminal's language (as src/taal/taal.ts reads it)
  // picks one of the two sentences here.
  const locale = [process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG]
    .map((w) => w?.trim())
    .find(Boolean);
  console.error(
    /^en(?:[_.@-]|$)/i.test(locale ?? '')
      ? 'Maatwerkbot has not been built yet: run `npm run build` in the package directory.'
      : 'Maatwerkbot is nog niet gebouwd: voer `npm run build` uit in de map van het pakket.',
  );
  process.exit(2);
}
const { main } = await import(hoofd.href);
process.exitCode = await main(process.argv.slice(2));
