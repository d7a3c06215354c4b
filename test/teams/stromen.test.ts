// End to end over HTTP against the real CloudAdapter: activities and invokes are POSTed to our
// /api/messages route; the bot talks back to a fake connector that records every post, reply and
// update. The outbox and the job runner are driven by hand with the test clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { label } from '../../src/domain/woorden.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { tekst } from '../../src/taal/tekst.ts';
import { SOORTEN } from '../helpers/database.ts';
import { acties, kaartProblemen, rijenBovenMaximum } from './kaartcontrole.ts';
import { type Kaart, kaartTekst, kaartUit, type Opname } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  BUITENSTAANDER,
  formulier,
  GEBRUIKERS,
  kanaal,
  LEDEN,
  LEERKANAAL,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const PII_SITUATIE =
  'Mevrouw Jansen, BSN 111222333, woont aan de Kerkstraat 12 en is bereikbaar op 06-12345678. Ze dreigt haar huis te verliezen.';

/** Every card in what the bot sent to the connector. */
function kaartenIn(opnames: Opname[]): Kaart[] {
  return opnames
    .map((o) => kaartUit((o.soort === 'draad' ? o.body.activity : o.body) as Record<string, unknown>))
    .filter((k): k is Kaart => !!k);
}

const VERB_VAN_VOOR_DE_HERNOEMING = 'reactie.akkoord'; // oude naam of antwoord.akkoord

const verbsVan = (k: unknown): string[] =>
  [...JSON.stringify(k).matchAll(/"verb":"([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((v) => v !== 'casus.vernieuw');

describe.each(SOORTEN)('Teams end to end on %s', (soort) => {
  let t: TeamsOpzet;
  const geziene: unknown[] = [];
  let casusId = '';
  let referentie = '';
  let kaartBerichtId = '';

  beforeAll(async () => {
    t = await maakTeamsOpzet(soort, { start: '2026-11-23 09:30' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const actie = async (...args: Parameters<TeamsOpzet['actie']>) => {
    const r = await t.actie(...args);
    expect(r.status).toBe(200);
    if (r.body.type === 'application/vnd.microsoft.card.adaptive') geziene.push(r.body.value);
    return r;
  };
  const bezorg = async () => {
    const voor = t.connector.opnames.length;
    const verslag = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    const nieuw = t.connector.opnames.slice(voor);
    geziene.push(...kaartenIn(nieuw));
    return { verslag, nieuw };
  };
  const kanaalKaart = () => kaartUit(t.connector.berichten.get(kaartBerichtId)!.activiteit)!;
  const db = () => t.o.db.prisma;

  it('stores the conversation reference when the bot is added to a team, and greets', async () => {
    const r = await t.post(
      activiteit(GEBRUIKERS.voorzitter, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
    expect(r.status).toBe(200);
    const gesprek = await db().gesprek.findUnique({
      where: { platform_sleutel: { platform: 'teams', sleutel: `kanaal:${TEAM}` } },
    });
    expect(gesprek?.referentie).toMatchObject({ serviceUrl: t.connector.url, conversation: { id: TEAM } });
    const welkom = t.connector.opnames.at(-1)!;
    expect(welkom.soort).toBe('antwoord');
    expect(kaartTekst(kaartUit(welkom.body))).toContain('koppel <tafel>');
  });

  it('koppel binds a channel to a table, for the chair only', async () => {
    const r = await t.bericht(
      GEBRUIKERS.wi,
      '<at>Maatwerkbot</at> koppel citydeal-utrecht leerkanaal',
      kanaal(LEERKANAAL, '555'),
    );
    expect(r.status).toBe(200);
    expect(kaartTekst(kaartUit(t.connector.opnames.at(-1)!.body))).toContain('Alleen de voorzitter');
    expect(await db().kanaal.count({ where: { platform: 'teams', soort: 'leer' } })).toBe(0);

    await t.bericht(
      GEBRUIKERS.voorzitter,
      '<at>Maatwerkbot</at> koppel citydeal-utrecht leerkanaal',
      kanaal(LEERKANAAL, '556'),
    );
    const antwoord = t.connector.opnames.at(-1)!;
    expect(antwoord).toMatchObject({ soort: 'antwoord', gesprekId: `${LEERKANAAL};messageid=556` });
    expect(kaartTekst(kaartUit(antwoord.body))).toContain('leerkanaal van City-deal tafel Utrecht');
    expect(await db().kanaal.findFirst({ where: { platform: 'teams', soort: 'leer' } })).toMatchObject({
      kanaalId: LEERKANAAL,
    });
    // In a personal chat there is no channel to bind.
    await t.bericht(GEBRUIKERS.voorzitter, 'koppel citydeal-utrecht');
    expect(kaartTekst(kaartUit(t.connector.opnames.at(-1)!.body))).toContain('in het kanaal van de tafel');
  });

  it('raise: `casus` offers the dialog; personal data is refused at the field and nothing is stored', async () => {
    const consulent = GEBRUIKERS.consulent;
    await t.bericht(consulent, 'casus');
    const knop = kaartUit(t.connector.opnames.at(-1)!.body)!;
    geziene.push(knop);
    expect(JSON.stringify(knop)).toContain('task/fetch');

    const open = (await t.invoke(
      consulent,
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' } },
      persoonlijk(consulent),
    )) as {
      status: number;
      body: { task: { type: string; value: { card: { content: Kaart } } } };
    };
    expect(open.status).toBe(200);
    expect(open.body.task.type).toBe('continue');
    const form = open.body.task.value.card.content;
    geziene.push(form);
    const formulierId = (JSON.stringify(form).match(/"formulierId":"([^"]+)"/) ?? [])[1]!;
    expect(formulierId).toBeTruthy();
    // One table: no choice to make; the submit carries it.
    expect(JSON.stringify(form)).not.toContain('"id":"tafel"');
    expect(JSON.stringify(form)).toContain('"tafel":"citydeal-utrecht"');

    const voor = await db().casus.count();
    const fout = (await t.invoke(
      consulent,
      'task/submit',
      { data: { actie: 'casus.indienen', formulierId, ...formulier({ situatie: PII_SITUATIE }) } },
      persoonlijk(consulent),
    )) as { body: { task: { type: string; value: { card: { content: Kaart } } } } };
    expect(fout.body.task.type).toBe('continue');
    const foutkaart = fout.body.task.value.card.content;
    geziene.push(foutkaart);
    const tekst = kaartTekst(foutkaart);
    expect(tekst).toContain('Controleer de invoer');
    expect(tekst).toMatch(/Gevonden: .*BSN/);
    expect(tekst).toContain('[BSN]');
    // Values are kept, so only the finding needs fixing.
    expect(tekst).toContain('Kostendelersnorm bij inwonende zoon met beperking');
    expect(await db().casus.count()).toBe(voor);
    // The log has codes and field names, never the text.
    expect(t.logregels.join('')).not.toContain('111222333');
    expect(t.logregels.join('')).not.toContain('Kerkstraat');

    const ok = (await t.invoke(
      consulent,
      'task/submit',
      { data: { actie: 'casus.indienen', formulierId, ...formulier() } },
      persoonlijk(consulent),
    )) as {
      body: { task: { type: string; value: string } };
    };
    expect(ok.body.task.type).toBe('message');
    referentie = ok.body.task.value.match(/MW-2026-\d{4}/)![0];
    // A double click on "Indienen" sends the same form again: one casus, the same answer.
    const nogmaals = await t.invoke(
      consulent,
      'task/submit',
      { data: { actie: 'casus.indienen', formulierId, ...formulier() } },
      persoonlijk(consulent),
    );
    expect(nogmaals.body).toEqual(ok.body);
    expect(await db().casus.count()).toBe(voor + 1);
    casusId = (await db().casus.findFirstOrThrow({ where: { referentie } })).id;
  });

  it('the casus card goes to the table channel as a thread, refreshing for the listed members', async () => {
    const { verslag, nieuw } = await bezorg();
    expect(verslag.mislukt).toBe(0);
    const draad = nieuw.find((o) => o.soort === 'draad')!;
    expect(draad.gesprekId).toBe(TAFELKANAAL);
    kaartBerichtId = draad.berichtId!;
    const k = kanaalKaart();
    expect(kaartTekst(k)).toContain(referentie);
    expect(k.refresh?.action).toMatchObject({ verb: 'casus.vernieuw', data: { casusId } });
    // The Teams ids of the chair and the members, looked up once in the team roster; not the submitter.
    // The chair first, then the members the round waits for (Teams lists at most 60).
    const ids = k.refresh?.userIds ?? [];
    expect(ids[0]).toBe(GEBRUIKERS.voorzitter.mri);
    expect(ids.slice(1).sort()).toEqual(LEDEN.map((l) => l.mri).sort());
    // The card everyone shares: the state only. No field, no answer and no chair action; one refresh
    // button that sends no input.
    expect(verbsVan(k)).toEqual([]);
    expect(JSON.stringify(k)).not.toContain('"Input.');
    expect(acties(k)).toEqual([{ verb: 'casus.vernieuw', associatedInputs: 'none' }]);
    expect(await db().platformBericht.findFirst({ where: { casusId, soort: 'casuskaart' } })).toMatchObject({
      kanaalId: TAFELKANAAL,
      berichtId: kaartBerichtId,
    });
    // The submitter hears in the personal chat (reference stored when they wrote to the bot).
    const ontvangen = nieuw.find((o) => o.gesprekId === 'a:persoonlijk-consulent')!;
    expect(kaartTekst(kaartUit(ontvangen.body))).toContain(`ingediend als ${referentie}`);
  });

  it('refresh: a member sees their own controls, others the state only', async () => {
    const draad = kanaal(TAFELKANAAL, kaartBerichtId);
    const lid = await actie(LEDEN[0]!, 'casus.vernieuw', { casusId, plek: 'kanaal' }, draad);
    expect(lid.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(verbsVan(lid.body.value)).toEqual([
      'antwoord.akkoord',
      'antwoord.akkoord_met_voorwaarden',
      'antwoord.niet_akkoord',
      'antwoord.buiten_mandaat',
      'antwoord.onthouding',
    ]);
    expect(kaartTekst(lid.body.value)).toContain(tekst('nl', 'kaart.antwoord.reden'));
    const indiener = await actie(GEBRUIKERS.consulent, 'casus.vernieuw', { casusId, plek: 'kanaal' }, draad);
    expect(verbsVan(indiener.body.value)).toEqual([]);
    expect(kaartTekst(indiener.body.value)).toContain('U heeft deze casus ingediend');
    // Someone of the tenant who is not at the table may not see the casus at all.
    const buiten = await t.actie(BUITENSTAANDER, 'casus.vernieuw', { casusId, plek: 'kanaal' }, draad);
    expect(JSON.stringify(buiten.body)).not.toContain('antwoord.');
    // The chair (not a member here): the chair actions, sending no input, so no required field blocks them.
    const voorzitter = await actie(
      GEBRUIKERS.voorzitter,
      'casus.vernieuw',
      { casusId, plek: 'kanaal' },
      draad,
    );
    expect(acties(voorzitter.body.value)).toEqual([{ verb: 'beheer.kaart', associatedInputs: 'none' }]);
    expect(JSON.stringify(voorzitter.body.value)).not.toContain('"Input.');
    const beheer = await actie(GEBRUIKERS.voorzitter, 'beheer.kaart', { casusId, plek: 'kanaal' }, draad);
    expect(verbsVan(beheer.body.value)).toContain('beheer.verlengen');
    expect(rijenBovenMaximum(beheer.body.value)).toEqual([]);
    // Each in their own language, from the catalogue.
    const engels = LEDEN[1]!;
    await db().persoon.updateMany({ where: { sleutel: engels.sleutel }, data: { taal: 'en' } });
    try {
      const en = await actie(engels, 'casus.vernieuw', { casusId, plek: 'kanaal' }, draad);
      expect(kaartTekst(en.body.value)).toContain(tekst('en', 'kaart.antwoord.reden'));
      expect(kaartTekst(en.body.value)).toContain(label('akkoord_met_voorwaarden', 'en'));
      await db().persoon.updateMany({
        where: { sleutel: 'voorzitter' },
        data: { taal: 'en' },
      });
      const chairEn = await actie(
        GEBRUIKERS.voorzitter,
        'casus.vernieuw',
        { casusId, plek: 'kanaal' },
        draad,
      );
      expect(kaartTekst(chairEn.body.value)).toContain(tekst('en', 'kaart.knop.voorzittersacties'));
    } finally {
      await db().persoon.updateMany({
        where: { sleutel: { in: ['voorzitter', engels.sleutel] } },
        data: { taal: null },
      });
    }
    for (const v of [lid, indiener, voorzitter]) expect(rijenBovenMaximum(v.body.value)).toEqual([]);
  });

  it('members answer with Action.Execute; a double click answers once; non-members and empty reasons are refused', async () => {
    const draad = kanaal(TAFELKANAAL, kaartBerichtId);
    // The card's version is part of the request key; it comes from the member's own view of the card.
    const eigen = await actie(LEDEN[0]!, 'casus.vernieuw', { casusId, plek: 'kanaal' }, draad);
    const versie = Number(JSON.stringify(eigen.body.value).match(/"versie":(\d+)/)![1]);
    const data = { casusId, versie, plek: 'kanaal', reden: 'Past binnen de afspraken van de tafel.' };
    const wi = LEDEN[0]!;
    const eerste = await actie(wi, 'antwoord.akkoord', data, draad);
    expect(kaartTekst(eerste.body.value)).toContain('Uw antwoord is vastgelegd: Akkoord.');
    expect(kaartTekst(eerste.body.value)).toContain('Uw antwoord: Akkoord');
    // After answering the member sees the reason they gave.
    expect(kaartTekst(eerste.body.value)).toContain('Past binnen de afspraken van de tafel.');
    const tweede = await actie(wi, 'antwoord.akkoord', data, draad);
    expect(tweede.body).toEqual(eerste.body);
    const antwoorden = () => db().antwoord.count({ where: { ronde: { casusId } } });
    expect(await antwoorden()).toBe(1);

    // Only members of the table, decided from stored state: the card data cannot make you one.
    for (const wie of [GEBRUIKERS.consulent, BUITENSTAANDER]) {
      const geweigerd = await actie(wie, 'antwoord.akkoord', { ...data, lidId: 'verzonnen' }, draad);
      // A card without controls, or (for someone who may not see the casus at all) only a message.
      const v = geweigerd.body.value;
      expect(typeof v === 'string' ? v : kaartTekst(v)).toMatch(
        /Alleen beslissingsbevoegde leden|U heeft geen toegang tot MW-/,
      );
      expect(verbsVan(v)).toEqual([]);
    }
    const zonderReden = await actie(LEDEN[2]!, 'antwoord.akkoord', { ...data, reden: '   ' }, draad);
    expect(kaartTekst(zonderReden.body.value)).toContain('Geef een reden');
    const voorwaarden = await actie(
      LEDEN[2]!,
      'antwoord.akkoord_met_voorwaarden',
      { ...data, reden: 'Ja, mits.' },
      draad,
    );
    expect(kaartTekst(voorwaarden.body.value)).toContain('Noem de voorwaarden');
    // What was typed stays in the form.
    expect(kaartTekst(voorwaarden.body.value)).toContain('Ja, mits.');
    expect(await antwoorden()).toBe(1);

    const { nieuw } = await bezorg();
    const update = nieuw.filter((o) => o.soort === 'update');
    expect(update.length).toBeGreaterThan(0);
    expect(update.every((o) => o.berichtId === kaartBerichtId)).toBe(true);
    expect(kaartTekst(kanaalKaart())).toContain('Geantwoord: Gemeente Utrecht, Werk en Inkomen');

    for (const lid of LEDEN.slice(1, 4)) {
      // One of them answers on a card posted before the rename: its verb has the old name, same answer.
      const r = await actie(
        lid,
        lid === LEDEN[1] ? VERB_VAN_VOOR_DE_HERNOEMING : 'antwoord.akkoord',
        { ...data, reden: 'Akkoord, de kosten van niets doen zijn hoger.' },
        draad,
      );
      expect(kaartTekst(r.body.value)).toContain('Uw antwoord is vastgelegd');
    }
    expect(await antwoorden()).toBe(4);
    await bezorg();
    expect(kaartTekst(kanaalKaart())).toContain('Wacht nog op: Schuldhulpverlening Utrecht');
    // The chair, then who the round still waits for, then who already answered.
    const ids = kanaalKaart().refresh?.userIds ?? [];
    expect(ids.slice(0, 2)).toEqual([GEBRUIKERS.voorzitter.mri, LEDEN[4]!.mri]);
    expect(ids.slice(2).sort()).toEqual(
      LEDEN.slice(0, 4)
        .map((l) => l.mri)
        .sort(),
    );
  });

  it('the silent member is reminded in a personal chat the bot starts', async () => {
    t.o.klok.zet('2026-11-24 09:30');
    await voerDueJobsUit(t.o.d, jobHandlers);
    const { nieuw } = await bezorg();
    const schuldhulp = LEDEN[4]!;
    const gesprek = nieuw.find((o) => o.soort === 'gesprek')!;
    expect(gesprek.body).toMatchObject({
      isGroup: false,
      members: [{ id: schuldhulp.mri }],
      tenantId: TENANT,
    });
    const herinnering = nieuw.find((o) => o.soort === 'bericht' && o.gesprekId === gesprek.gesprekId)!;
    const k = kaartUit(herinnering.body)!;
    expect(kaartTekst(k)).toContain(`Herinnering: uw antwoord op ${referentie}`);
    expect(k.refresh?.action.data).toMatchObject({ casusId, plek: 'persoonlijk' });
    expect(k.refresh?.userIds).toEqual([schuldhulp.mri]);
    // The member's own view comes with the refresh in the personal chat.
    const eigen = await actie(
      schuldhulp,
      'casus.vernieuw',
      k.refresh!.action.data as Record<string, unknown>,
      persoonlijk(schuldhulp),
    );
    expect(verbsVan(eigen.body.value)).toContain('antwoord.akkoord');
    expect(await db().gesprek.count({ where: { sleutel: `persoon:${schuldhulp.aad}` } })).toBe(1);
  });

  it('at the deadline the besluit is shared: a reply to the card, the leerkanaal and the submitter', async () => {
    t.o.klok.zet('2026-11-25 09:30');
    await voerDueJobsUit(t.o.d, jobHandlers);
    const casus = await db().casus.findUniqueOrThrow({ where: { id: casusId }, include: { besluit: true } });
    expect(casus.status).toBe('besloten');
    expect(casus.besluit?.uitkomst).toBe('toegekend');
    const { verslag, nieuw } = await bezorg();
    expect(verslag.mislukt).toBe(0);
    const antwoord = nieuw.find((o) => o.soort === 'antwoord')!;
    expect(antwoord).toMatchObject({
      gesprekId: `${TAFELKANAAL};messageid=${kaartBerichtId}`,
      antwoordOp: kaartBerichtId,
    });
    expect(kaartTekst(kaartUit(antwoord.body))).toContain('Toegekend');
    expect(kaartTekst(kaartUit(antwoord.body))).toContain('Participatiewet art. 22a');
    const leer = nieuw.find((o) => o.soort === 'draad' && o.gesprekId === LEERKANAAL)!;
    expect(kaartTekst(kaartUit(leer.body.activity as Record<string, unknown>))).toContain('Waarom');
    const indiener = nieuw.find((o) => o.soort === 'bericht' && o.gesprekId === 'a:persoonlijk-consulent')!;
    expect(kaartTekst(kaartUit(indiener.body))).toContain(`Besluit ${referentie}`);
    // The card itself now shows the outcome and no longer asks anyone for an answer.
    const k = kanaalKaart();
    expect(kaartTekst(k)).toContain('Besloten');
    expect(verbsVan(k)).toEqual([]);
    expect(k.refresh).toBeUndefined();
    // A second delivery run posts nothing twice.
    expect((await bezorg()).nieuw).toEqual([]);
  });

  it('after the retention period the posts in Teams are replaced by a stub without the casus text', async () => {
    const besluitPosts = await db().platformBericht.findMany({ where: { casusId, soort: 'besluit' } });
    expect(besluitPosts.map((p) => p.kanaalId).sort()).toEqual([LEERKANAAL, TAFELKANAAL].sort());
    t.o.klok.zet('2027-12-01 10:00');
    await voerDueJobsUit(t.o.d, jobHandlers);
    const { nieuw } = await bezorg();
    const bijgewerkt = nieuw.filter((o) => o.soort === 'update').map((o) => o.berichtId);
    expect(bijgewerkt.sort()).toEqual([kaartBerichtId, ...besluitPosts.map((p) => p.berichtId)].sort());
    const k = kanaalKaart();
    expect(kaartTekst(k)).toContain('Inhoud verwijderd na de bewaartermijn.');
    expect(JSON.stringify(k)).not.toContain('Moeder');
  });

  it('every card the bot sent or answered with is a valid Adaptive Card 1.5 within Teams limits', () => {
    expect(geziene.length).toBeGreaterThan(15);
    for (const k of geziene) expect(kaartProblemen(k)).toEqual([]);
  });
});
