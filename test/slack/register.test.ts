// The precedent register through Slack: similar earlier besluiten on the first card and in the
// submitter's confirmation, the chair's consistency question answered in a modal, and `/casus zoek`.
// The besluiten are made through the services, as the engine makes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berichtSchema } from '../../adapters/slack/blockkit.ts';
import { ACTIE } from '../../adapters/slack/ids.ts';
import { respond } from '../../src/services/antwoorden.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { beslisAlsVoorzitter } from '../../src/services/voorzittersbesluit.ts';
import { rondRondesAf } from '../helpers/database.ts';
import { consulent, intake, LEDEN, voorzitter } from '../helpers/intake.ts';
import { LEERKANAAL, SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

describe('Slack: the precedent register', () => {
  let t: SlackTest;
  const db = () => t.o.db.prisma;

  async function toegekend(titel: string, reden: string) {
    const c = await raiseCasus(t.o.d, consulent, intake({ titel }));
    for (const lid of Object.values(LEDEN))
      await respond(t.o.d, lid, c.referentie, { keuze: 'akkoord', reden });
    await rondRondesAf(t.o.d);
    await t.outbox();
    return c;
  }

  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
    await toegekend(
      'Kostendelersnorm bij inwonende zoon',
      'Huurachterstand <!channel> voorkomen & *woonvorm* zoeken.',
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
    await t?.stop();
  });

  it('shows similar earlier besluiten on the first card and in the submitter’s confirmation', async () => {
    const voor = t.nep.van('chat.postMessage').length;
    const c = await raiseCasus(t.o.d, consulent, intake({ titel: 'Kostendelersnorm bij inwonende broer' }));
    await t.outbox();
    const nieuw = t.nep.van('chat.postMessage').slice(voor);
    const kaart = nieuw.find((o) => o.args.channel === TAFELKANAAL && tekstVan(o).includes(c.referentie));
    expect(kaart).toBeDefined();
    const kaartTekst = tekstVan(kaart!);
    expect(kaartTekst).toContain('Vergelijkbare eerdere besluiten');
    expect(kaartTekst).toContain('Kostendelersnorm bij mantelzorg');
    expect(kaartTekst).toContain('Toegekend');
    // User text in fragments stays literal: no mention, no raw angle brackets.
    expect(kaartTekst).not.toContain('<!channel>');
    expect(berichtSchema.safeParse({ text: kaart!.args.text, blocks: kaart!.args.blocks }).success).toBe(
      true,
    );
    const bevestiging = nieuw.find((o) =>
      tekstVan(o).includes(`Uw casus is ingediend als *${c.referentie}*`),
    );
    expect(bevestiging).toBeDefined();
    expect(tekstVan(bevestiging!)).toContain('Vergelijkbare eerdere besluiten');
    // Close this one as the others, so it joins the practice.
    for (const lid of Object.values(LEDEN))
      await respond(t.o.d, lid, c.referentie, { keuze: 'akkoord', reden: 'Huurachterstand voorkomen.' });
    await rondRondesAf(t.o.d);
    await t.outbox();
  });

  it('asks the chair why a besluit differs, and shares the answer given in the modal', async () => {
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
    await t.outbox();
    await beslisAlsVoorzitter(t.o.d, voorzitter, c.referentie, {
      uitkomst: 'afwijzen',
      reden: 'Er is geen huurachterstand en de woonlasten zijn te dragen.',
      verwijzing: 'Budgetcoaching bij de schuldhulp',
    });
    await t.outbox();
    const vraag = await t.nep.wachtOp('chat.postMessage', (o) => tekstVan(o).includes(ACTIE.afwijking));
    const tekst = tekstVan(vraag);
    expect(tekst).toContain(`Waarin verschilt ${c.referentie}`);
    expect(tekst).toMatch(/gaat in tegen \d+ van de \d+ eerdere besluiten/);
    expect(berichtSchema.safeParse({ text: vraag.args.text, blocks: vraag.args.blocks }).success).toBe(true);
    const besluit = await db().besluit.findFirstOrThrow({ where: { casusId: c.casusId } });
    expect(besluit.afwijkingGevraagd).not.toBeNull();

    // A member may open the modal, but the service refuses them, under the field.
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.wi, ACTIE.afwijking, besluit.id, `D${SLACK.wi.slice(1)}`);
    const lidModal = await t.geopendModal(voor);
    const nee = await t.verstuurModal(SLACK.wi, lidModal, { toelichting: 'Ik vind dat het anders is.' });
    expect(nee.json()).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(nee.json())).toContain('Alleen de voorzitter');

    await t.klik(SLACK.voorzitter, ACTIE.afwijking, besluit.id, `D${SLACK.voorzitter.slice(1)}`);
    const modal = await t.geopendModal(voor + 1);
    expect(modal.view.callback_id).toBe('afwijking_toelichting');
    const leeg = await t.verstuurModal(SLACK.voorzitter, modal, { toelichting: 'Kort.' });
    expect(leeg.json()).toMatchObject({
      response_action: 'errors',
      errors: { toelichting: expect.any(String) },
    });
    const ok = await t.verstuurModal(SLACK.voorzitter, modal, {
      toelichting: 'Hier is geen achterstand: de eerdere toekenningen voorkwamen er een.',
    });
    expect(ok.status).toBe(200);
    expect(ok.tekst).toBe('');
    expect(
      (await db().besluit.findUniqueOrThrow({ where: { id: besluit.id } })).afwijkingToelichting,
    ).toContain('geen achterstand');
    // The same submission again (a retry by Slack) is one answer.
    const gedeeld = await db().outboxBericht.count({ where: { soort: 'afwijking_toegelicht' } });
    expect(gedeeld).toBeGreaterThan(0);
    await t.verstuurModal(SLACK.voorzitter, modal, {
      toelichting: 'Hier is geen achterstand: de eerdere toekenningen voorkwamen er een.',
    });
    expect(await db().outboxBericht.count({ where: { soort: 'afwijking_toegelicht' } })).toBe(gedeeld);
    await t.outbox();
    for (const kanaal of [TAFELKANAAL, LEERKANAAL]) {
      const gedeeld = await t.nep.wachtOp(
        'chat.postMessage',
        (o) => o.args.channel === kanaal && tekstVan(o).includes('Waarin deze casus verschilt'),
      );
      expect(tekstVan(gedeeld)).toContain('de eerdere toekenningen voorkwamen er een');
    }
  });

  it('/casus zoek shows ranked besluiten privately, escaped, with the matched words in bold', async () => {
    const r = (await t.commando(SLACK.voorzitter, 'zoek huurachterstand')).json();
    expect(r).toMatchObject({ response_type: 'ephemeral' });
    expect(berichtSchema.safeParse({ text: r.text, blocks: r.blocks }).success).toBe(true);
    const tekst = JSON.stringify(r.blocks);
    expect(tekst).toContain('Eerdere besluiten voor');
    expect(tekst).toMatch(/MW-\d{4}-\d{4}/);
    expect(tekst).toMatch(/\*Huurachterstand\*/i);
    expect(tekst).not.toContain('<!channel>');
    expect((r.blocks as unknown[]).length).toBeLessThanOrEqual(6);

    const niets = (await t.commando(SLACK.voorzitter, 'zoek pelikaan')).json();
    expect(JSON.stringify(niets)).toContain('Geen besluiten gevonden');
  });

  it('/casus zoek gives the register’s Dutch message for bad input', async () => {
    const r = (await t.commando(SLACK.voorzitter, `zoek ${'woord '.repeat(120)}`)).json();
    expect(r).toMatchObject({ response_type: 'ephemeral' });
    expect(String(r.text)).toContain('Controleer de zoekopdracht.');
    expect(String(r.text)).toContain('hooguit 500 tekens');
    const onbekend = (await t.commando('U0ONBEKEND', 'zoek huurachterstand')).json();
    expect(String(onbekend.text)).toContain('niet bekend');
  });
});
