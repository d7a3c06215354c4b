// The escalation ladder in Teams: the chair's casting vote and the bestuurder's approval as personal
// cards the bot sends proactively, answered with Action.Execute; the besluit back in the channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import type { Identiteit } from '../../src/services/identiteit.ts';
import { intake } from '../helpers/intake.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { type Kaart, kaartTekst, kaartUit, type Opname } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  GEBRUIKERS,
  type Gebruiker,
  kanaal,
  LEDEN,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const alsIdentiteit = (g: Gebruiker): Identiteit => ({
  platform: 'teams',
  extern: g.aad,
  werkruimte: TENANT,
});

const verbsVan = (k: unknown): string[] =>
  [...JSON.stringify(k).matchAll(/"verb":"([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((v) => v !== 'casus.vernieuw');

describe('Teams escalation (PGlite)', () => {
  let t: TeamsOpzet;
  const geziene: unknown[] = [];

  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 09:30' });
    // Installed in the team: from then on the bot can post in its channels and start chats.
    await t.post(
      activiteit(GEBRUIKERS.voorzitter, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  const bezorg = async () => {
    const voor = t.connector.opnames.length;
    const verslag = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(verslag.mislukt).toBe(0);
    const nieuw = t.connector.opnames.slice(voor);
    for (const o of nieuw) {
      const k = kaartUit((o.soort === 'draad' ? o.body.activity : o.body) as Record<string, unknown>);
      if (k) geziene.push(k);
    }
    return nieuw;
  };
  const actie = async (...args: Parameters<TeamsOpzet['actie']>) => {
    const r = await t.actie(...args);
    expect(r.status).toBe(200);
    if (r.body.type === 'application/vnd.microsoft.card.adaptive') geziene.push(r.body.value);
    return r;
  };
  const kaartAan = (nieuw: Opname[], gesprekId: string): Kaart => {
    const o = nieuw.find((x) => x.soort === 'bericht' && x.gesprekId === gesprekId);
    expect(o, `bericht in ${gesprekId}`).toBeDefined();
    return kaartUit(o!.body)!;
  };
  /** The bot starts a chat by the Teams id it saw, or by the Entra object id of someone it never heard from. */
  const nieuwGesprekMet = (nieuw: Opname[], g: Gebruiker) =>
    nieuw.find(
      (o) => o.soort === 'gesprek' && /"id":"([^"]+)"/.exec(JSON.stringify(o.body.members))?.[1] === g.aad,
    )?.gesprekId;
  /** The 1:1 chat the bot keeps with someone (stored after it was started). */
  const chatVan = async (g: Gebruiker) => {
    const rij = await t.o.db.prisma.gesprek.findUniqueOrThrow({
      where: { platform_sleutel: { platform: 'teams', sleutel: `persoon:${g.aad}` } },
    });
    return (rij.referentie as { conversation: { id: string } }).conversation.id;
  };

  async function casusInDeTafel(over: Parameters<typeof intake>[0]) {
    const c = await raiseCasus(t.o.d, alsIdentiteit(GEBRUIKERS.consulent), intake(over));
    const nieuw = await bezorg();
    const draad = nieuw.find((o) => o.soort === 'draad' && o.gesprekId === TAFELKANAAL)!;
    // The version comes from a member's own view of the card (the shared card holds no form).
    const eigen = await t.actie(
      LEDEN[0]!,
      'casus.vernieuw',
      { casusId: c.casusId, plek: 'kanaal' },
      kanaal(TAFELKANAAL, draad.berichtId),
    );
    return {
      ...c,
      berichtId: draad.berichtId!,
      versie: Number(JSON.stringify(eigen.body.value).match(/"versie":(\d+)/)![1]),
    };
  }

  it('a niet_akkoord goes to the chair, who decides with the casting-vote card', async () => {
    const c = await casusInDeTafel({});
    const draad = kanaal(TAFELKANAAL, c.berichtId);
    for (const lid of LEDEN) {
      const nee = lid.sleutel === 'ggz';
      const r = await actie(
        lid,
        nee ? 'antwoord.niet_akkoord' : 'antwoord.akkoord',
        {
          casusId: c.casusId,
          versie: c.versie,
          plek: 'kanaal',
          reden: nee ? 'Eerst de indicatie aanvragen.' : 'Akkoord.',
        },
        draad,
      );
      expect(kaartTekst(r.body.value)).toContain('Uw antwoord is vastgelegd');
    }
    expect((await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).status).toBe(
      'bij_voorzitter',
    );

    const nieuw = await bezorg();
    // The chair wrote in the team before (the install), so the bot knows their Teams id.
    const chat = nieuw.find(
      (o) => o.soort === 'gesprek' && JSON.stringify(o.body.members).includes(GEBRUIKERS.voorzitter.mri),
    )?.gesprekId;
    if (!chat) throw new Error('geen chat met de voorzitter gestart');
    const kaart = kaartAan(nieuw, chat);
    expect(kaartTekst(kaart)).toContain(`Voorzitter, uw besluit is nodig over ${c.referentie}`);
    expect(kaartTekst(kaart)).toContain('Eerst de indicatie aanvragen.');
    expect(verbsVan(kaart)).toEqual([
      'voorzitter.toekennen',
      'voorzitter.deels_toekennen',
      'voorzitter.afwijzen',
      'voorzitter.doorverwijzen',
    ]);
    const escalatieId = JSON.stringify(kaart).match(/"escalatieId":"([^"]+)"/)![1]!;
    const mijnChat = persoonlijk(GEBRUIKERS.voorzitter, chat);

    const nietDeVoorzitter = await actie(
      GEBRUIKERS.wi,
      'voorzitter.toekennen',
      { casusId: c.casusId, escalatieId, reden: 'Ik vind het goed.' },
      persoonlijk(GEBRUIKERS.wi),
    );
    expect(nietDeVoorzitter.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect(nietDeVoorzitter.body.value).toMatch(/Alleen de voorzitter/);

    const zonderVerwijzing = await actie(
      GEBRUIKERS.voorzitter,
      'voorzitter.afwijzen',
      { casusId: c.casusId, escalatieId, reden: 'Niet passend.', verwijzing: '' },
      mijnChat,
    );
    expect(zonderVerwijzing.body.value).toMatch(/naartoe wordt verwezen/);

    const kaartBericht = nieuw.find((o) => o.soort === 'bericht' && o.gesprekId === chat)!.berichtId!;
    const besluit = await actie(
      GEBRUIKERS.voorzitter,
      'voorzitter.toekennen',
      {
        casusId: c.casusId,
        escalatieId,
        reden: 'De kosten van niets doen zijn hoger.',
        hoe: '',
        voorwaarden: '',
        verwijzing: '',
      },
      mijnChat,
      kaartBericht,
    );
    expect(kaartTekst(besluit.body.value)).toContain('U besloot: toekennen.');
    // The card in the chat itself is replaced too: no device still offers the buttons.
    expect(t.connector.opnames.at(-1)).toMatchObject({
      soort: 'update',
      gesprekId: chat,
      berichtId: kaartBericht,
    });
    expect(kaartTekst(kaartUit(t.connector.berichten.get(kaartBericht)!.activiteit))).toContain('U besloot');
    expect(await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } })).toMatchObject({
      uitkomst: 'toegekend',
      genomenDoor: 'voorzitter',
    });

    const gedeeld = await bezorg();
    const antwoord = gedeeld.find((o) => o.soort === 'antwoord' && o.antwoordOp === c.berichtId)!;
    expect(kaartTekst(kaartUit(antwoord.body))).toContain('Genomen door de voorzitter');
  });

  it('partly granting asks the granted amount on the card; the core checks it and the table reads it', async () => {
    const c = await casusInDeTafel({ kostenMaatwerk: 2000 });
    for (const lid of LEDEN) {
      const nee = lid.sleutel === 'ggz';
      await actie(
        lid,
        nee ? 'antwoord.niet_akkoord' : 'antwoord.akkoord',
        { casusId: c.casusId, versie: c.versie, plek: 'kanaal', reden: nee ? 'Te duur.' : 'Akkoord.' },
        kanaal(TAFELKANAAL, c.berichtId),
      );
    }
    const nieuw = await bezorg();
    const chat = await chatVan(GEBRUIKERS.voorzitter);
    const kaart = kaartAan(nieuw, chat);
    expect(JSON.stringify(kaart)).toContain('"id":"toegekendBedrag"');
    expect(kaartTekst(kaart)).toContain('Toegekend bedrag');
    const escalatieId = JSON.stringify(kaart).match(/"escalatieId":"([^"]+)"/)![1]!;
    const mijnChat = persoonlijk(GEBRUIKERS.voorzitter, chat);
    const deels = (data: Record<string, string>) =>
      actie(
        GEBRUIKERS.voorzitter,
        'voorzitter.deels_toekennen',
        { casusId: c.casusId, escalatieId, hoe: '', voorwaarden: '', verwijzing: '', ...data },
        mijnChat,
      );
    // No amount and a reason too short: both messages in one answer.
    const leeg = await deels({ reden: 'x', toegekendBedrag: '' });
    expect(leeg.body.value).toMatch(/toegekende bedrag in euro/);
    expect(leeg.body.value).toMatch(/minstens|reden/i);
    const teVeel = await deels({ reden: 'Alleen de eerste maanden.', toegekendBedrag: '2500' });
    expect(teVeel.body.value).toMatch(/hooguit het gevraagde bedrag/);
    expect(await t.o.db.prisma.besluit.count({ where: { casusId: c.casusId } })).toBe(0);

    const ok = await deels({ reden: 'Alleen de eerste maanden.', toegekendBedrag: '1.250,50' });
    expect(kaartTekst(ok.body.value)).toContain('U besloot: deels toekennen.');
    expect(await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { casusId: c.casusId } })).toMatchObject({
      uitkomst: 'deels_toegekend',
      toegekendBedragCent: 125_050,
    });
    const gedeeld = await bezorg();
    const antwoord = gedeeld.find((o) => o.soort === 'antwoord' && o.antwoordOp === c.berichtId)!;
    expect(kaartTekst(kaartUit(antwoord.body))).toContain('1.250,50');
  });

  it('beyond the mandate the bestuurder approves, after asking the submitter for information', async () => {
    const c = await casusInDeTafel({ kostenMaatwerk: 9000 });
    for (const lid of LEDEN) {
      await actie(
        lid,
        'antwoord.akkoord',
        { casusId: c.casusId, versie: c.versie, plek: 'kanaal', reden: 'Akkoord.' },
        kanaal(TAFELKANAAL, c.berichtId),
      );
    }
    const nieuw = await bezorg();
    const chat = nieuwGesprekMet(nieuw, GEBRUIKERS.directeur)!;
    const kaart = kaartAan(nieuw, chat);
    expect(kaartTekst(kaart)).toContain('Directeur Sociaal Domein, uw goedkeuring is nodig');
    expect(kaartTekst(kaart)).toContain('de kosten liggen boven het mandaat van de tafel');
    expect(verbsVan(kaart)).toEqual([
      'bestuurder.goedkeuren',
      'bestuurder.afwijzen',
      'bestuurder.informatie',
    ]);
    const escalatieId = JSON.stringify(kaart).match(/"escalatieId":"([^"]+)"/)![1]!;
    const data = { casusId: c.casusId, escalatieId };
    const directeurChat = persoonlijk(GEBRUIKERS.directeur, chat);

    const anderen = await actie(
      GEBRUIKERS.wethouder,
      'bestuurder.goedkeuren',
      { ...data, reden: 'Prima.' },
      persoonlijk(GEBRUIKERS.wethouder),
    );
    expect(anderen.body.value).toMatch(/ligt bij een andere bestuurder/);

    const vraag = await actie(
      GEBRUIKERS.directeur,
      'bestuurder.informatie',
      { ...data, reden: 'Is er al een aanvraag begeleid wonen gedaan?' },
      directeurChat,
    );
    expect(kaartTekst(vraag.body.value)).toContain('Uw vraag is gesteld.');

    const vragen = await bezorg();
    const aanIndiener = kaartAan(vragen, await chatVan(GEBRUIKERS.consulent));
    expect(kaartTekst(kaartAan(vragen, await chatVan(GEBRUIKERS.voorzitter)))).toContain(
      'vraagt om informatie',
    );
    expect(kaartTekst(aanIndiener)).toContain('Is er al een aanvraag begeleid wonen gedaan?');
    const verzoekId = JSON.stringify(aanIndiener).match(/"verzoekId":"([^"]+)"/)![1]!;
    const antwoord = await actie(
      GEBRUIKERS.consulent,
      'informatie.antwoord',
      { verzoekId, antwoord: 'Ja, de aanvraag loopt sinds vorige week.' },
      persoonlijk(GEBRUIKERS.consulent),
    );
    expect(kaartTekst(antwoord.body.value)).toContain('doorgestuurd naar de bestuurder');

    const terug = await bezorg();
    expect(kaartTekst(kaartAan(terug, chat))).toContain('Ja, de aanvraag loopt sinds vorige week.');

    const goed = await actie(
      GEBRUIKERS.directeur,
      'bestuurder.goedkeuren',
      { ...data, reden: 'Verantwoorde uitzondering.' },
      directeurChat,
    );
    expect(kaartTekst(goed.body.value)).toContain('U keurde de uitzondering goed.');
    // The same click again (Teams retry, double click): the same answer, still one besluit.
    const nogmaals = await actie(
      GEBRUIKERS.directeur,
      'bestuurder.goedkeuren',
      { ...data, reden: 'Verantwoorde uitzondering.' },
      directeurChat,
    );
    expect(nogmaals.body).toEqual(goed.body);
    const besluiten = await t.o.db.prisma.besluit.findMany({ where: { casusId: c.casusId } });
    expect(besluiten).toHaveLength(1);
    expect(besluiten[0]).toMatchObject({ uitkomst: 'toegekend', genomenDoor: 'bestuurder' });

    const gedeeld = await bezorg();
    expect(gedeeld.some((o) => o.soort === 'antwoord' && o.antwoordOp === c.berichtId)).toBe(true);

    // Three months on, the submitter is asked whether it worked, and answers on the card.
    t.o.klok.zet('2027-03-01 10:00');
    await voerDueJobsUit(t.o.d, jobHandlers);
    const evaluatie = await bezorg();
    const vraagkaart = evaluatie
      .map((o) => kaartUit(o.body))
      .find((k) => k && kaartTekst(k).includes(`Heeft het maatwerk voor ${c.referentie} gewerkt?`))!;
    const besluitId = JSON.stringify(vraagkaart).match(/"besluitId":"([^"]+)"/)![1]!;
    const klaar = await actie(
      GEBRUIKERS.consulent,
      'evaluatie.ja',
      { besluitId, toelichting: 'De huur is weer betaald en de zoon woont begeleid.' },
      persoonlijk(GEBRUIKERS.consulent),
    );
    expect(kaartTekst(klaar.body.value)).toContain('evaluatie is vastgelegd');
    expect(
      (await t.o.db.prisma.besluit.findUniqueOrThrow({ where: { id: besluitId } })).evaluatieGewerkt,
    ).toBe(true);
  });

  it('every card sent or answered with is valid Adaptive Card 1.5', () => {
    expect(geziene.length).toBeGreaterThan(10);
    for (const k of geziene) expect(kaartProblemen(k)).toEqual([]);
  });
});
