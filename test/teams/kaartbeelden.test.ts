// The Teams casus card as Teams draws it: each state rendered by the `adaptivecards` renderer in chromium
// with a Teams-like host config (scripts/teams/), at phone (360 px) and desktop width, in both languages.
// Asserts what a person sees: at most six buttons, the buttons on the first phone screen, their own
// reason after answering, the outcome on a closed card, and the folded casus opening.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EERSTE_SCHERM, MAX_ACTIES, type Scherm } from '../../scripts/teams/hostconfig.ts';
import { CHROMIUM, chromiumAanwezig, startBrowser, Tekenaar } from '../../scripts/teams/kaartbeeld.ts';
import { kaartstanden, REDEN, WAAROM } from '../../scripts/teams/kaartstanden.ts';
import { KEUZES, label } from '../../src/domain/woorden.ts';
import type { Taal } from '../../src/taal/taal.ts';
import { tekst } from '../../src/taal/tekst.ts';

const aanwezig = chromiumAanwezig();
const verplicht = process.env.CI === 'true';

describe.runIf(verplicht && !aanwezig)('Teams cards as drawn (CI)', () => {
  it(`needs ${CHROMIUM}`, () => {
    throw new Error(`CI=true and ${CHROMIUM} is missing: install Debian's chromium to draw the Teams cards`);
  });
});

describe.skipIf(!aanwezig)(
  aanwezig ? 'Teams cards as drawn' : `Teams cards as drawn (skipped: ${CHROMIUM} is absent)`,
  () => {
    let browser: Browser;
    const tekenaars: Partial<Record<Scherm, Tekenaar>> = {};
    beforeAll(async () => {
      browser = await startBrowser();
      tekenaars.telefoon = await Tekenaar.open(browser, 'telefoon');
      tekenaars.bureau = await Tekenaar.open(browser, 'bureau');
    });
    afterAll(async () => {
      await browser?.close();
    });

    describe.each(['nl', 'en'] as Taal[])('%s', (taal) => {
      const k = kaartstanden(taal);
      const t = (s: Parameters<typeof tekst>[1], w?: Record<string, string>) => tekst(taal, s, w);

      it.each(['telefoon', 'bureau'] as Scherm[])(
        'no state shows more than six buttons, and every card reads without errors (%s)',
        async (scherm) => {
          for (const [staat, kaart] of Object.entries(k)) {
            const m = await tekenaars[scherm]!.teken(kaart);
            expect(m.fouten, staat).toEqual([]);
            expect(m.knoppen.length, staat).toBeLessThanOrEqual(MAX_ACTIES);
          }
        },
      );

      it('a member: the five answers, all on the first phone screen', async () => {
        const m = await tekenaars.telefoon!.teken(k.lid);
        expect(m.knoppen).toHaveLength(KEUZES.length);
        for (const b of m.knoppen) expect(b.bottom, b.tekst).toBeLessThan(EERSTE_SCHERM);
        expect(m.tekst).toContain(t('kaart.antwoord.reden'));
      });

      it('a member who answered: their answer and reason in view, the buttons still on the first screen', async () => {
        const m = await tekenaars.telefoon!.teken(k.geantwoord);
        expect(m.tekst).toContain(REDEN);
        expect(m.tekst).toContain(label('akkoord', taal));
        expect(m.knoppen).toHaveLength(KEUZES.length);
        for (const b of m.knoppen) expect(b.top, b.tekst).toBeLessThan(EERSTE_SCHERM);
      });

      it('an outsider: the state, no form and no button', async () => {
        const m = await tekenaars.telefoon!.teken(k.buitenstaander);
        expect(m.knoppen).toEqual([]);
        expect(m.tekst).not.toContain(t('kaart.antwoord.reden'));
        expect(m.tekst).toContain(t('kaart.situatie.meer'));
      });

      it('the shared card: the state and one refresh button, near the top', async () => {
        const m = await tekenaars.telefoon!.teken(k.gedeeld);
        expect(m.knoppen.map((b) => b.tekst)).toEqual([t('kaart.knop.vernieuwen')]);
        expect(m.knoppen[0]!.bottom).toBeLessThan(EERSTE_SCHERM);
      });

      it("the chair: the chair actions on the first screen, and the chair's card holds six buttons", async () => {
        const m = await tekenaars.telefoon!.teken(k.voorzitter);
        expect(m.knoppen.map((b) => b.tekst)).toEqual([t('kaart.knop.voorzittersacties')]);
        expect(m.knoppen[0]!.bottom).toBeLessThan(EERSTE_SCHERM);
        const acties = await tekenaars.telefoon!.teken(k.voorzitterskaart);
        expect(acties.knoppen).toHaveLength(6);
        for (const b of acties.knoppen) expect(b.bottom, b.tekst).toBeLessThan(EERSTE_SCHERM);
      });

      it('a closed card: the outcome and the first line of the why, above the fold', async () => {
        const m = await tekenaars.telefoon!.teken(k.besloten);
        expect(m.tekst).toContain(label('toegekend', taal));
        expect(m.tekst).toContain(WAAROM);
        expect(m.knoppen).toEqual([]);
      });

      it('the casus folds after a few lines and opens with one tap', async () => {
        const tekenaar = tekenaars.telefoon!;
        const dicht = await tekenaar.teken(k.buitenstaander);
        const oplossing = 'De kostendelersnorm een jaar buiten toepassing laten.';
        expect(dicht.tekst).not.toContain(oplossing);
        expect(await tekenaar.klik(t('kaart.situatie.meer'))).toBe(true);
        const open = await tekenaar.meet();
        expect(open.tekst).toContain(oplossing);
        expect(open.tekst).toContain(t('kaart.situatie.minder'));
        expect(open.hoogte).toBeGreaterThan(dicht.hoogte);
      });
    });
  },
);
