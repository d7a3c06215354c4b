// Issue 19, "a table may require them before its round opens", through the real botbuilder adapter: a
// quick intake on such a table waits (status `wacht_op_aanvulling`, no round), the views of member, chair
// and submitter say so, and adding what the table requires opens the round (spelregels §4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { intake } from '../helpers/intake.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { type Kaart, kaartTekst, kaartUit } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  GEBRUIKERS,
  kanaal,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const consulent = GEBRUIKERS.consulent;
const voorzitter = GEBRUIKERS.voorzitter;
const WACHT = 'Wacht op aanvulling';

const verbsVan = (k: unknown): string[] =>
  [...JSON.stringify(k).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]!);

describe('Teams: a table that requires consent before its round', () => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', {
      start: '2026-11-23 09:30',
      yaml: (yaml) => {
        const aangepast = yaml.replace('vereistVoorRonde: []', 'vereistVoorRonde: [toestemming]');
        expect(aangepast).not.toBe(yaml);
        return aangepast;
      },
    });
    // Installed in the team: from then on the bot can post in its channels.
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
    return t.connector.opnames.slice(voor);
  };
  /** The card in the table's channel as it stands now (after updates). */
  const kanaalKaart = (): Kaart => {
    const kaarten = [...t.connector.berichten.values()]
      .filter((b) => b.gesprekId.startsWith(TAFELKANAAL))
      .map((b) => kaartUit(b.activiteit))
      .filter((k): k is Kaart => !!k);
    expect(kaarten).toHaveLength(1);
    return kaarten[0]!;
  };

  it('raise → the card waits for consent → the submitter adds it → the round opens', async () => {
    const fetch = (await t.invoke(
      consulent,
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, actie: 'casus.formulier' } },
      persoonlijk(consulent),
    )) as { body: { task: { value: { card: { content: Kaart } } } } };
    const formulierId = (JSON.stringify(fetch.body.task.value.card.content).match(
      /"formulierId":"([^"]+)"/,
    ) ?? [])[1]!;
    const r = (await t.invoke(
      consulent,
      'task/submit',
      {
        data: {
          actie: 'casus.indienen',
          formulierId,
          tafel: 'citydeal-utrecht',
          titel: 'Wacht op toestemming in Teams',
          urgentie: 'normaal',
          situatie: 'Huurachterstand dreigt door een verlaagde uitkering na een verhuizing.',
          knelpunt: 'kostendelersnorm',
        },
      },
      persoonlijk(consulent),
    )) as { body: { task: { type: string } } };
    expect(r.body.task.type).toBe('message');
    const casus = await t.o.db.prisma.casus.findFirstOrThrow({
      where: { titel: 'Wacht op toestemming in Teams' },
    });
    expect(casus.status).toBe('wacht_op_aanvulling');
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);

    const eerst = await bezorg();
    expect(eerst.length).toBeGreaterThan(0);
    const wachtend = kanaalKaart();
    expect(kaartProblemen(wachtend)).toEqual([]);
    expect(kaartTekst(wachtend)).toContain('Wacht op aanvulling');
    expect(kaartTekst(wachtend)).toContain(
      'De besluitronde opent zodra de indiener aanvult: de toestemming.',
    );
    expect(kaartTekst(wachtend)).not.toContain('Besluitronde open tot');
    // Not final: the card refreshes per person (the chair's way to withdraw), and the round opens on it.
    expect(JSON.stringify(wachtend.refresh ?? null)).toContain('"verb":"casus.vernieuw"');
    await verteltDeWaarheid(casus);

    const antwoord = await t.actie(
      consulent,
      'casus.aanvullen',
      { casusId: casus.id, toestemming: 'ja_vastgelegd' },
      persoonlijk(consulent),
    );
    expect(antwoord.status).toBe(200);
    const ronde = await t.o.db.prisma.besluitronde.findFirstOrThrow({ where: { casusId: casus.id } });
    expect(ronde.status).toBe('open');

    await bezorg();
    const open = kanaalKaart();
    expect(kaartProblemen(open)).toEqual([]);
    expect(kaartTekst(open)).toContain('Besluitronde open tot');
    expect(kaartTekst(open)).not.toContain('Wacht op aanvulling');
  });

  it('a casus still waiting two working days later reminds its submitter with the form to add it', async () => {
    t.o.klok.zet('2026-11-24 11:00');
    const c = await raiseCasus(
      t.o.d,
      { platform: 'teams', extern: consulent.aad, werkruimte: TENANT },
      intake({ toestemming: undefined, titel: 'Vergeten toestemming in Teams' }),
    );
    expect(c.status).toBe('wacht_op_aanvulling');
    await bezorg();
    t.o.klok.zet('2026-11-26 11:00'); // Thursday: two working days later
    await voerDueJobsUit(t.o.d, jobHandlers);
    const kaarten = (await bezorg())
      .map((o) => kaartUit((o.soort === 'draad' ? o.body.activity : o.body) as Record<string, unknown>))
      .filter((k): k is Kaart => !!k && kaartTekst(k).includes(`Herinnering: vul ${c.referentie} aan`));
    expect(kaarten).toHaveLength(1);
    const kaart = kaarten[0]!;
    expect(kaartProblemen(kaart)).toEqual([]);
    expect(kaartTekst(kaart)).toContain(
      'De tafel beslist pas als u aanvult wat zij vraagt. Nog nodig: de toestemming',
    );
    expect(JSON.stringify(kaart)).toContain('"verb":"casus.aanvullen"');
    const r = await t.actie(
      consulent,
      'casus.aanvullen',
      { casusId: c.casusId, toestemming: 'ja_vastgelegd' },
      persoonlijk(consulent),
    );
    expect(r.status).toBe(200);
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: c.casusId } })).toBe(1);
  });

  const kaartVan = (r: { body: { value: unknown } }) =>
    typeof r.body.value === 'string' ? r.body.value : kaartTekst(r.body.value as Kaart);

  /** While it waits: the member's, the chair's and the submitter's views say so; the chair may only withdraw. */
  async function verteltDeWaarheid(casus: { id: string; referentie: string }) {
    const [berichtId] = [...t.connector.berichten.entries()].find(([, b]) =>
      b.gesprekId.startsWith(TAFELKANAAL),
    )!;
    const draad = kanaal(TAFELKANAAL, berichtId);
    const vernieuw = { casusId: casus.id, plek: 'kanaal' };
    // A member's own view: the state only, no answer form.
    const lid = await t.actie(GEBRUIKERS.wi, 'casus.vernieuw', vernieuw, draad);
    expect(lid.status).toBe(200);
    expect(kaartProblemen(lid.body.value)).toEqual([]);
    expect(kaartVan(lid)).toContain(WACHT);
    expect(verbsVan(lid.body.value).filter((v) => v.startsWith('antwoord'))).toEqual([]);
    expect(verbsVan(lid.body.value)).not.toContain('beheer.kaart');
    // The chair's own view leads to the chair's card, which offers withdrawing only.
    const eigen = await t.actie(voorzitter, 'casus.vernieuw', vernieuw, draad);
    expect(verbsVan(eigen.body.value)).toContain('beheer.kaart');
    const beheer = await t.actie(voorzitter, 'beheer.kaart', vernieuw, draad);
    expect(kaartProblemen(beheer.body.value)).toEqual([]);
    expect(kaartVan(beheer)).toContain(WACHT);
    expect(verbsVan(beheer.body.value)).toEqual(['beheer.intrekken', 'casus.vernieuw']);
    // Extending anyway (an older card): refused by the server, with why; nothing moves.
    const versie = Number(JSON.stringify(beheer.body.value).match(/"versie":(\d+)/)![1]);
    const verlengd = await t.actie(
      voorzitter,
      'beheer.verlengen',
      {
        casusId: casus.id,
        versie,
        plek: 'persoonlijk',
        verlengDatum: '2026-11-30',
        verlengTijd: '12:00',
        verlengReden: 'Meer tijd voor de toestemming.',
      },
      persoonlijk(voorzitter),
    );
    expect(kaartVan(verlengd)).toContain('de casus wacht op aanvulling door de indiener');
    expect((await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: casus.id } })).status).toBe(
      'wacht_op_aanvulling',
    );
    expect(await t.o.db.prisma.besluitronde.count({ where: { casusId: casus.id } })).toBe(0);
    // The submitter's own list and the agenda name it as waiting.
    await t.bericht(consulent, 'mijn');
    expect(kaartTekst(kaartUit(t.connector.opnames.at(-1)!.body)!)).toContain(
      `${casus.referentie} · City-deal tafel Utrecht: ${WACHT}`,
    );
    await t.bericht(GEBRUIKERS.wi, 'agenda citydeal-utrecht');
    const agenda = kaartTekst(kaartUit(t.connector.opnames.at(-1)!.body)!);
    expect(agenda).toContain(casus.referentie);
    expect(agenda).toContain(WACHT);
  }
});
