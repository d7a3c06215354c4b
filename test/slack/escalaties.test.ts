// Escalation through Slack: a niet_akkoord goes to the chair, buiten_mandaat to the bestuurder, each
// deciding in a DM with a modal that asks for the reason. Buttons never carry authority.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransactie } from '../../src/services/context.ts';
import { ams } from '../helpers/klok.ts';
import { LEDEN, SLACK, SlackTest, TAFELKANAAL, tekstVan } from './helpers.ts';

const DM = (gebruiker: string) => `D${gebruiker.slice(1)}`;

describe('Slack: escalation to the chair and the bestuurder', () => {
  let t: SlackTest;
  beforeAll(async () => {
    t = await SlackTest.start('pglite', { start: '2026-11-23 10:00' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function nieuweCasus(waarden: Record<string, string> = {}) {
    await t.dienIn(waarden);
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({ orderBy: { ingediend: 'desc' } });
    await t.outbox();
    return casus;
  }

  it('a niet_akkoord sends the casus to the chair, who decides in a DM; others are refused', async () => {
    const casus = await nieuweCasus();
    for (const lid of LEDEN) {
      const keuze = lid === SLACK.ggz ? 'niet_akkoord' : 'akkoord';
      expect((await t.antwoord(lid, casus.id, keuze)).status).toBe(200);
    }
    t.nep.wis();
    await t.outbox();
    const dm = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.voorzitter))!;
    expect(dm).toBeDefined();
    const dmTekst = tekstVan(dm);
    for (const knop of [
      'voorzitter:toekennen',
      'voorzitter:deels_toekennen',
      'voorzitter:afwijzen',
      'voorzitter:doorverwijzen',
    ]) {
      expect(dmTekst).toContain(knop);
    }
    expect(dmTekst).toContain(`Reden van ${SLACK.ggz}`);

    // A member pressing the chair's button gets an ephemeral refusal and no modal.
    const modalsVoor = t.nep.van('views.open').length;
    await t.klik(SLACK.wi, 'voorzitter:toekennen', casus.id, DM(SLACK.wi));
    const weigering = await t.nep.wachtOp(
      'chat.postEphemeral',
      (o) => o.args.user === SLACK.wi && String(o.args.text).includes('voorzitter'),
    );
    expect(String(weigering.args.text)).toContain('Alleen de voorzitter');
    expect(t.nep.van('views.open')).toHaveLength(modalsVoor);

    // The chair rejects without saying where the household goes: refused at the field, nothing decided.
    await t.klik(SLACK.voorzitter, 'voorzitter:afwijzen', casus.id, DM(SLACK.voorzitter));
    const afwijzen = await t.geopendModal(modalsVoor);
    expect(afwijzen.view.blocks.some((b) => 'block_id' in b && b.block_id === 'verwijzing')).toBe(true);
    const fout = await t.verstuurModal(SLACK.voorzitter, afwijzen, { reden: 'Niet passend.' });
    expect(fout.json()).toMatchObject({
      response_action: 'errors',
      errors: { verwijzing: expect.stringContaining('verwezen') },
    });
    expect(await t.o.db.prisma.besluit.count({ where: { casusId: casus.id } })).toBe(0);

    // Then grants it with a reason.
    await t.klik(SLACK.voorzitter, 'voorzitter:toekennen', casus.id, DM(SLACK.voorzitter));
    const toekennen = await t.geopendModal(modalsVoor + 1);
    const ok = await t.verstuurModal(SLACK.voorzitter, toekennen, {
      reden: 'De kosten van niets doen zijn hoger.',
    });
    expect(ok.status).toBe(200);
    expect(ok.tekst).toBe('');
    const besluit = await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: casus.id } });
    expect(besluit).toMatchObject({ uitkomst: 'toegekend', genomenDoor: 'voorzitter' });
    t.nep.wis();
    await t.outbox();
    const draad = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(draad.args.thread_ts).toBeDefined();
    expect(tekstVan(draad)).toContain('De kosten van niets doen zijn hoger.');
    expect(tekstVan(draad)).toContain('Besloten door de voorzitter');
  });

  it('partly granting asks the granted amount: required, at most the request, all errors at once; the table reads it', async () => {
    t.o.klok.zet(ams('2026-11-23 14:00'));
    const casus = await nieuweCasus({ kostenMaatwerk: '2.000' });
    for (const lid of LEDEN) await t.antwoord(lid, casus.id, lid === SLACK.ggz ? 'niet_akkoord' : 'akkoord');
    await t.outbox();
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.voorzitter, 'voorzitter:deels_toekennen', casus.id, DM(SLACK.voorzitter));
    const modal = await t.geopendModal(voor);
    const blok = modal.view.blocks.find((b) => 'block_id' in b && b.block_id === 'toegekendBedrag');
    expect(blok).toBeDefined();
    expect(JSON.stringify(blok)).toContain('Toegekend bedrag');
    expect(JSON.stringify(blok)).toContain('2.000');

    // A reason too short and no amount: both fields get their message in one answer.
    const leeg = await t.verstuurModal(SLACK.voorzitter, modal, { reden: 'x' });
    expect(leeg.json()).toMatchObject({
      response_action: 'errors',
      errors: { reden: expect.any(String), toegekendBedrag: expect.stringContaining('toegekende bedrag') },
    });
    const teVeel = await t.verstuurModal(SLACK.voorzitter, modal, {
      reden: 'Alleen de eerste maanden.',
      toegekendBedrag: '2.500',
    });
    expect(teVeel.json()).toMatchObject({
      response_action: 'errors',
      errors: { toegekendBedrag: expect.stringContaining('hooguit het gevraagde bedrag') },
    });
    const nul = await t.verstuurModal(SLACK.voorzitter, modal, {
      reden: 'Alleen de eerste maanden.',
      toegekendBedrag: '0',
    });
    expect(nul.json()).toMatchObject({ errors: { toegekendBedrag: expect.stringContaining('meer dan') } });
    expect(await t.o.db.prisma.besluit.count({ where: { casusId: casus.id } })).toBe(0);

    const ok = await t.verstuurModal(SLACK.voorzitter, modal, {
      reden: 'Alleen de eerste maanden.',
      toegekendBedrag: '1.250',
    });
    expect(ok.status).toBe(200);
    const besluit = await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: casus.id } });
    expect(besluit).toMatchObject({
      uitkomst: 'deels_toegekend',
      toegekendBedragCent: 125_000,
      kostenMaatwerkCent: 200_000,
    });
    expect(besluit.waarom).toContain('Deels toegekend: €\u00a01.250 van de gevraagde €\u00a02.000.');
    t.nep.wis();
    await t.outbox();
    const draad = t.nep.van('chat.postMessage').find((o) => o.args.channel === TAFELKANAAL)!;
    expect(tekstVan(draad)).toContain('1.250');
  });

  it('buiten_mandaat goes to the bestuurder, who asks for information, gets it, and approves', async () => {
    t.o.klok.zet(ams('2026-11-24 09:00'));
    const casus = await nieuweCasus({ kostenMaatwerk: '1200' });
    for (const lid of LEDEN) {
      const keuze = lid === SLACK.wi ? 'buiten_mandaat' : 'akkoord';
      await t.antwoord(lid, casus.id, keuze);
    }
    t.nep.wis();
    await t.outbox();
    const dm = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.directeur))!;
    const tekst = tekstVan(dm);
    for (const knop of ['bestuurder:goedkeuren', 'bestuurder:afwijzen', 'bestuurder:informatie'])
      expect(tekst).toContain(knop);
    expect(tekst).toContain('Participatiewet art. 22a');

    // The wethouder (tier 2) is not asked yet: refused.
    await t.klik(SLACK.wethouder, 'bestuurder:goedkeuren', casus.id, DM(SLACK.wethouder));
    const weigering = await t.nep.wachtOp('chat.postEphemeral', (o) => o.args.user === SLACK.wethouder);
    // Not (yet) involved: the core refuses even the card, and audits that.
    expect(String(weigering.args.text)).toMatch(/andere bestuurder|geen toegang/);

    // Ask for information: the submitter gets a DM with an answer button.
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.directeur, 'bestuurder:informatie', casus.id, DM(SLACK.directeur));
    const vraag = await t.geopendModal(voor);
    expect(
      (await t.verstuurModal(SLACK.directeur, vraag, { vraag: 'Loopt er al een aanvraag begeleid wonen?' }))
        .status,
    ).toBe(200);
    await t.outbox();
    const infoDm = t.nep
      .van('chat.postMessage')
      .find((o) => o.args.channel === DM(SLACK.consulent) && String(o.args.text).includes('informatie'))!;
    const verzoek = await t.o.db.prisma.informatieverzoek.findFirstOrThrow({
      where: { escalatie: { casusId: casus.id } },
    });
    expect(JSON.stringify(infoDm.args.blocks)).toContain(verzoek.id);
    await t.klik(SLACK.consulent, 'informatie:antwoord', verzoek.id, DM(SLACK.consulent));
    const antwoordModal = await t.geopendModal(voor + 1);
    expect(
      (await t.verstuurModal(SLACK.consulent, antwoordModal, { antwoord: 'Ja, sinds vorige week.' })).status,
    ).toBe(200);
    t.nep.wis();
    await t.outbox();
    const terug = t.nep.van('chat.postMessage').find((o) => o.args.channel === DM(SLACK.directeur))!;
    expect(tekstVan(terug)).toContain('Ja, sinds vorige week.');
    expect(tekstVan(terug)).toContain('bestuurder:goedkeuren');

    // Approve with a reason.
    const nu = t.nep.van('views.open').length;
    await t.klik(SLACK.directeur, 'bestuurder:goedkeuren', casus.id, DM(SLACK.directeur));
    const goedkeuren = await t.geopendModal(nu);
    expect(
      (await t.verstuurModal(SLACK.directeur, goedkeuren, { reden: 'Verantwoorde uitzondering.' })).status,
    ).toBe(200);
    const besluit = await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: casus.id } });
    expect(besluit).toMatchObject({ uitkomst: 'toegekend', genomenDoor: 'bestuurder' });
    await t.outbox();
    expect(
      t.nep
        .van('chat.postMessage')
        .some((o) => o.args.channel === DM(SLACK.consulent) && String(o.args.text).startsWith('Besluit')),
    ).toBe(true);
    expect(t.nep.geweigerd).toEqual([]);
  });

  it('reminds the submitter to record consent, with a button; and wipes the card text after retention', async () => {
    t.o.klok.zet(ams('2026-11-30 10:00'));
    const casus = await nieuweCasus({ toestemming: 'nog_niet' });
    const kaart = await t.o.db.prisma.platformBericht.findFirstOrThrow({ where: { casusId: casus.id } });
    t.nep.wis();
    t.o.klok.zet(ams('2026-12-11 10:00'));
    await t.jobs();
    await t.outbox();
    const dm = t.nep
      .van('chat.postMessage')
      .find((o) => o.args.channel === DM(SLACK.consulent) && String(o.args.text).includes('Toestemming'))!;
    expect(JSON.stringify(dm.args.blocks)).toContain('toestemming:vastleggen');
    const voor = t.nep.van('views.open').length;
    await t.klik(SLACK.consulent, 'toestemming:vastleggen', casus.id, DM(SLACK.consulent));
    const modal = await t.geopendModal(voor);
    const fout = await t.verstuurModal(SLACK.consulent, modal, { toestemming: 'nee_afweging_vastgelegd' });
    expect(fout.json()).toMatchObject({
      response_action: 'errors',
      errors: { afweging: expect.any(String) },
    });
    const ok = await t.verstuurModal(SLACK.consulent, modal, { toestemming: 'ja_vastgelegd' });
    expect(ok.status).toBe(200);
    expect((await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } })).toestemming).toBe(
      'ja_vastgelegd',
    );

    // Retention (of a closed casus; closing it is covered above): the card is overwritten in place.
    await t.o.db.prisma.casus.update({ where: { id: casus.id }, data: { afgerond: t.o.klok.nu() } });
    const { wisVrijeTekst } = await import('../../src/services/bewaartermijn.ts');
    await inTransactie(t.o.d, (tx) => wisVrijeTekst(tx, casus.id, t.o.klok.nu()));
    t.nep.wis();
    await t.outbox();
    const gewist = t.nep
      .van('chat.update')
      .find((o) => o.args.ts === kaart.berichtId && String(o.args.text).includes('verwijderd'))!;
    expect(gewist).toBeDefined();
    expect(tekstVan(gewist)).toContain('verwijderd na de bewaartermijn');
    expect(tekstVan(gewist)).not.toContain('Moeder van 52');
  });
});
