// The package's own folder, found from this file whether it runs as TypeScript source (src/) or as
// the compiled build (dist/src/): files shipped beside the code (migrations, the example tables file)
// are read from there, never relative to the running module.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function zoekPakketMap(start: string): string {
  let map = start;
  for (;;) {
    const kandidaat = path.join(map, 'package.json');
    if (existsSync(kandidaat) && JSON.parse(readFileSync(kandidaat, 'utf8')).name === 'maatwerkbot')
      return map;
    const boven = path.dirname(map);
    if (boven === map) throw new Error(`Geen maatwerkbot-pakket gevonden boven ${start}`);
    map = boven;
  }
}

export const PAKKET_MAP = zoekPakketMap(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. `pakketPad('prisma', 'migrations')`. */
export const pakketPad = (...delen: string[]): string => path.join(PAKKET_MAP, ...delen);
