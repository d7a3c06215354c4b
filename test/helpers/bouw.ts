// Vitest global setup: tests that start the real command line (`bin/maatwerkbot.mjs`) run the compiled
// build in dist/, so it is brought up to date with the sources first (a no-op when nothing changed).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function bouw(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../scripts/bouw.mjs', import.meta.url)), '--als-nodig'],
    {
      stdio: 'inherit',
    },
  );
}
