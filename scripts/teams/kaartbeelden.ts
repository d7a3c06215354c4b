// `npm run teams:kaartbeelden`: PNGs of each state of the Teams casus card, at phone and desktop width,
// in Dutch and English, drawn as Teams draws them (see kaartbeeld.ts). Written to `kaartbeelden/`
// (not in git); a line per picture says what a person sees without scrolling.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Taal } from '../../src/taal/taal.ts';
import { EERSTE_SCHERM, type Scherm } from './hostconfig.ts';
import { CHROMIUM, chromiumAanwezig, startBrowser, Tekenaar } from './kaartbeeld.ts';
import { kaartstanden } from './kaartstanden.ts';

const MAP = process.argv[2] ?? 'kaartbeelden';

if (!chromiumAanwezig()) {
  process.stderr.write(`${CHROMIUM} ontbreekt: installeer Debian's chromium (apt-get install chromium).\n`);
  process.exit(2);
}
mkdirSync(MAP, { recursive: true });
const browser = await startBrowser();
try {
  for (const scherm of ['telefoon', 'bureau'] as Scherm[]) {
    const tekenaar = await Tekenaar.open(browser, scherm);
    for (const taal of ['nl', 'en'] as Taal[]) {
      for (const [staat, kaart] of Object.entries(kaartstanden(taal))) {
        const m = await tekenaar.teken(kaart);
        const pad = join(MAP, `${staat}-${scherm}-${taal}.png`);
        await tekenaar.beeld(pad);
        const boven = m.knoppen.filter((k) => k.bottom <= EERSTE_SCHERM).length;
        process.stdout.write(
          `${pad}: ${Math.round(m.hoogte)} px hoog, ${m.knoppen.length} knoppen, ${boven} op het eerste scherm\n`,
        );
      }
    }
    await tekenaar.sluit();
  }
} finally {
  await browser.close();
}
