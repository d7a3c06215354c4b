// Draws Adaptive Cards as Teams shows them: the `adaptivecards` package's own renderer in Debian's
// chromium (through playwright-core, no downloaded browser), with a Teams-like host config, at phone and
// desktop width. For the pictures reviewers look at and for the test that measures what a person sees.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { BREEDTE, type Scherm, TEAMS_CSS, teamsHostConfig } from './hostconfig.ts';

export const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const RENDERER = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const PAGINA = fileURLToPath(new URL('./kaartbeeld-pagina.js', import.meta.url));

export interface Meting {
  /** Every visible button, with its place on the page in CSS pixels. */
  knoppen: { tekst: string; top: number; bottom: number }[];
  /** The text a person reads on the card. */
  tekst: string;
  hoogte: number;
  /** What the renderer could not read in the card. */
  fouten: string[];
}

export const chromiumAanwezig = () => existsSync(CHROMIUM);

export function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-background-networking'],
  });
}

export class Tekenaar {
  private constructor(
    private readonly pagina: Page,
    readonly scherm: Scherm,
  ) {}

  static async open(browser: Browser, scherm: Scherm): Promise<Tekenaar> {
    const pagina = await browser.newPage({
      viewport: { width: BREEDTE[scherm], height: 640 },
      deviceScaleFactor: 1,
    });
    await pagina.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${TEAMS_CSS}</style></head><body><div id="kaart"></div></body></html>`,
    );
    await pagina.addScriptTag({ path: RENDERER });
    await pagina.addScriptTag({ path: PAGINA });
    return new Tekenaar(pagina, scherm);
  }

  /** Draws the card and measures it. */
  teken(kaart: unknown): Promise<Meting> {
    return this.pagina.evaluate(
      ([json, hc]) =>
        (globalThis as unknown as { toonKaart: (j: unknown, h: unknown) => Meting }).toonKaart(json, hc),
      [kaart, teamsHostConfig(this.scherm)] as const,
    );
  }

  /** Clicks a fold line or button by its text; false when nothing visible carries that text. */
  async klik(tekst: string): Promise<boolean> {
    return this.pagina.evaluate(
      (t) => (globalThis as unknown as { klik: (t: string) => boolean }).klik(t),
      tekst,
    );
  }

  meet(): Promise<Meting> {
    return this.pagina.evaluate(() => ({
      ...(globalThis as unknown as { meet: () => Meting }).meet(),
      fouten: [],
    }));
  }

  /** A PNG of the whole card, as tall as it is. */
  async beeld(pad: string): Promise<void> {
    await this.pagina.locator('#kaart').screenshot({ path: pad });
  }

  sluit(): Promise<void> {
    return this.pagina.close();
  }
}
