// The precedent register through Teams: similar earlier besluiten on the first card and in the
// submitter's confirmation, the chair's consistency question answered on its card (Action.Execute),
// and `zoek <woorden>`. The besluiten are made through the services, as the engine makes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berichtKaart } from '../../adapters/teams/kaarten/index.ts';
import { VERB_AFWIJKING } from '../../adapters/teams/kaarten/register.ts';
import type { Bericht, OpgeslagenBericht } from '../../src/domain/berichten.ts';
import { vulIn } from '../../src/outbox/dispatcher.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { beslisAlsVoorzitter } from '../../src/services/voorzittersbesluit.ts';
import { bronVan } from '../../src/store/database.ts';
import { rondRondesAf } from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { kaartTekst, kaartUit } from './nepconnector.ts';
import { BUITENSTAANDER, GEBRUIKERS, maakTeamsOpzet, persoonlijk, type TeamsOpzet } from './opzet.ts';

describe('Teams: the precedent register', () => {
  let t: TeamsOpzet;
  const db = () => t.o.db.prisma;
  const antwoordKaart = () => kaartUit(t.connector.opnames.at(-1)!.body)!;
  /** The neutral message as the outbox holds it for delivery. */
  const uitOutbox = async (soort: string, casusId: string) => {
    const rij = await db().outboxBericht.findFirstOrThrow({ where: { soort, casusId } });
    // As the dispatcher hands it to the adapter: a card stored by reference is read as it stands.
    return vulIn(bronVan(db()).lees, rij.data as unknown as OpgeslagenBericht);
  };

  async function toegekend(titel: string, reden: string) {
    const c = await raiseCasus(t.o.d, consulent, intake({ titel }));
    for (const lid of Object.values(LEDEN))
      await respond(t.o.d, lid, c.referentie, { keuze: 'akkoord', reden });
    await rondRondesAf(t.o.d);
    return c;
  }

  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 10:00' });
    await toegekend(
      'Kostendelersnorm bij inwonende zoon',
      'Huurachterstand **voorkomen** en [woonvorm](x) zoeken.',
    );
    await toegekend(
      'Kostendelersnorm bij inwonende dochter',
      'Huurachterstand voorkomen, de dochter studeert.',
    );
    await toegekend(
      'Kostendelersnorm bij mantelzorg',
      'Mantelzorg houdt de moeder thuis; huurachterstand dreigt.',
    );
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  it('shows similar earlier besluiten on the first card and in the submitter’s confirmation', async () => {
    const c = await raiseCasus(t.o.d, consulent, intake({ titel: 'Kostendelersnorm bij inwonende broer' }));
    for (const soort of ['casus_geplaatst', 'casus_ontvangen']) {
      const b = await uitOutbox(soort, c.casusId);
      expect('vergelijkbaar' in b || ('kaart' in b && b.kaart.vergelijkbaar)).toBeTruthy();
      const k = berichtKaart(b);
      expect(kaartProblemen(k), soort).toEqual([]);
      const tekst = kaartTekst(k);
      expect(tekst).toContain('Vergelijkbare eerdere besluiten');
      expect(tekst).toContain('Kostendelersnorm bij mantelzorg');
      expect(tekst).toContain('Toegekend');
    }
  });

  it('asks the chair why a besluit differs; the answer on the card is stored once and shared', async () => {
    const c = await raiseCasus(
      t.o.d,
      consulent,
      intake({ titel: 'Kostendelersnorm zonder huurachterstand' }),
    );
    for (const lid of Object.values(LEDEN))
      await respond(t.o.d, lid, c.referentie, {
        keuze: 'niet_akkoord',
        reden: 'Geen achterstand, geen nood.',
      });
    await rondRondesAf(t.o.d);
    await beslisAlsVoorzitter(t.o.d, voorzitter, c.referentie, {
      uitkomst: 'afwijzen',
      reden: 'Er is geen huurachterstand en de woonlasten zijn te dragen.',
      verwijzing: 'Budgetcoaching bij de schuldhulp',
    });
    const vraag = await uitOutbox('afwijking_gevraagd', c.casusId);
    const k = berichtKaart(vraag);
    expect(kaartProblemen(k)).toEqual([]);
    const json = JSON.stringify(k);
    expect(json).toContain(`"verb":"${VERB_AFWIJKING}"`);
    expect(json).toMatch(/"type":"Input.Text","id":"toelichting"[^}]*"isRequired":true/);
    expect(kaartTekst(k)).toMatch(/gaat in tegen \d+ van de \d+ eerdere besluiten/);
    const besluitId = (vraag as Extract<Bericht, { soort: 'afwijking_gevraagd' }>).besluitId;

    const lid = await t.actie(
      GEBRUIKERS.wi,
      VERB_AFWIJKING,
      { besluitId, toelichting: 'Ik vind dat het anders is.' },
      persoonlijk(GEBRUIKERS.wi),
    );
    expect(lid.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(lid.body.value)).toContain('Alleen de voorzitter');
    const kort = await t.actie(
      GEBRUIKERS.voorzitter,
      VERB_AFWIJKING,
      { besluitId, toelichting: 'Kort.' },
      persoonlijk(GEBRUIKERS.voorzitter),
    );
    expect(String(kort.body.value)).toContain('Controleer de toelichting.');

    const data = {
      besluitId,
      toelichting: 'Hier is geen achterstand: de eerdere toekenningen voorkwamen er een.',
    };
    const ok = await t.actie(GEBRUIKERS.voorzitter, VERB_AFWIJKING, data, persoonlijk(GEBRUIKERS.voorzitter));
    expect(ok.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(kaartTekst(ok.body.value)).toContain('uw toelichting is vastgelegd');
    const gedeeld = await db().outboxBericht.count({ where: { soort: 'afwijking_toegelicht' } });
    expect(gedeeld).toBeGreaterThan(0);
    // A repeated invoke with the same text answers once.
    await t.actie(GEBRUIKERS.voorzitter, VERB_AFWIJKING, data, persoonlijk(GEBRUIKERS.voorzitter));
    expect(await db().outboxBericht.count({ where: { soort: 'afwijking_toegelicht' } })).toBe(gedeeld);
    const toegelicht = berichtKaart(await uitOutbox('afwijking_toegelicht', c.casusId));
    expect(kaartProblemen(toegelicht)).toEqual([]);
    expect(kaartTekst(toegelicht)).toContain('de eerdere toekenningen voorkwamen er een');
  });

  it('zoek <woorden> answers with ranked besluiten, literal text and the matched words bold', async () => {
    await t.bericht(GEBRUIKERS.voorzitter, 'zoek huurachterstand');
    const k = antwoordKaart();
    expect(kaartProblemen(k)).toEqual([]);
    const tekst = kaartTekst(k);
    expect(tekst).toContain('Eerdere besluiten voor uw zoekopdracht');
    expect(tekst).toMatch(/MW-\d{4}-\d{4} · (Toegekend|Afgewezen)/);
    const vet = JSON.stringify(k).match(/"type":"TextRun","text":"[^"]*","weight":"bolder"/gi) ?? [];
    expect(vet.some((v) => /huurachterstand/i.test(v))).toBe(true);
    // Markdown in the reasoning stays in TextRuns, never in a TextBlock that Teams would render.
    const blokken = (k.body as { type: string; text?: string }[]).filter((e) => e.type === 'TextBlock');
    for (const b of blokken) expect(b.text).not.toContain('**voorkomen**');

    await t.bericht(GEBRUIKERS.voorzitter, 'zoek pelikaan');
    expect(kaartTekst(antwoordKaart())).toContain('Geen besluiten gevonden.');
  });

  it('zoek shows the register’s Dutch message for bad input or an unknown person', async () => {
    await t.bericht(GEBRUIKERS.voorzitter, `zoek ${'woord '.repeat(120)}`);
    const tekst = kaartTekst(antwoordKaart());
    expect(tekst).toContain('Controleer de zoekopdracht.');
    expect(tekst).toContain('hooguit 500 tekens');
    await t.bericht(BUITENSTAANDER, 'zoek huurachterstand');
    expect(kaartTekst(antwoordKaart())).toContain('niet bekend bij deze maatwerktafel');
  });
});
