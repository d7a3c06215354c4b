// Commitments in Teams: given with an answer on the card, overdue as a personal card with a done form,
// listed with "mijn toezeggingen" in the personal chat, marked done with Action.Execute; what was done is
// shared in the casus thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toezeggingVeld, VERB_TOEZEGGING } from '../../adapters/teams/kaarten/meldingen.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { intake } from '../helpers/intake.ts';
import { ams } from '../helpers/klok.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { kaartTekst, kaartUit, type Opname } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  GEBRUIKERS,
  kanaal,
  LEDEN,
  maakTeamsOpzet,
  persoonlijk,
  TAFELKANAAL,
  TEAM,
  TENANT,
  type TeamsOpzet,
} from './opzet.ts';

const GEDAAN = 'Woonvorm gevonden bij de corporatie, intake volgende week.';

describe('Teams: commitments followed through (PGlite)', () => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-12-01 09:00' });
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

  const bezorg = async (): Promise<Opname[]> => {
    const voor = t.connector.opnames.length;
    const verslag = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(verslag.mislukt).toBe(0);
    return t.connector.opnames.slice(voor);
  };
  const kaartVan = (o: Opname) =>
    kaartUit((o.soort === 'draad' ? o.body.activity : o.body) as Record<string, unknown>);
  const antwoordKaart = () => kaartUit(t.connector.opnames.at(-1)!.body)!;

  it('mijn toezeggingen lists it overdue; Gedaan marks it done and the thread reads what was done', async () => {
    const c = await raiseCasus(
      t.o.d,
      { platform: 'teams', extern: GEBRUIKERS.consulent.aad, werkruimte: TENANT },
      intake(),
    );
    const draad = (await bezorg()).find((o) => o.soort === 'draad' && o.gesprekId === TAFELKANAAL)!;
    // The version comes from a member's own view of the card (the shared card holds no form).
    const eigen = await t.actie(
      LEDEN[0]!,
      'casus.vernieuw',
      { casusId: c.casusId, plek: 'kanaal' },
      kanaal(TAFELKANAAL, draad.berichtId),
    );
    const versie = Number(JSON.stringify(eigen.body.value).match(/"versie":(\d+)/)![1]);
    for (const lid of LEDEN) {
      const r = await t.actie(
        lid,
        'antwoord.akkoord',
        {
          casusId: c.casusId,
          versie,
          plek: 'kanaal',
          reden: 'Akkoord.',
          ...(lid.sleutel === 'corporatie'
            ? { toezeggingTaak: 'Zoek een passende woonvorm', toezeggingDatum: '2026-12-08' }
            : {}),
        },
        kanaal(TAFELKANAAL, draad.berichtId),
      );
      expect(r.status).toBe(200);
    }
    await bezorg();
    const toezegging = await t.o.db.prisma.toezegging.findFirstOrThrow({
      where: { besluit: { casusId: c.casusId } },
    });

    // The day after the date the owner gets a card with the done form.
    t.o.klok.zet(ams('2026-12-09 09:00'));
    await voerDueJobsUit(t.o.d, jobHandlers);
    const achterstallig = (await bezorg())
      .map(kaartVan)
      .find((k) => k && kaartTekst(k).includes('is over de datum'));
    expect(achterstallig).toBeDefined();
    expect(kaartProblemen(achterstallig!)).toEqual([]);
    expect(JSON.stringify(achterstallig)).toContain(`"verb":"${VERB_TOEZEGGING}"`);

    // The list in the personal chat; never in a channel, where everyone reads the answer.
    await t.bericht(GEBRUIKERS.corporatie, 'mijn toezeggingen');
    const lijst = antwoordKaart();
    expect(kaartProblemen(lijst)).toEqual([]);
    expect(kaartTekst(lijst)).toContain('Uw toezeggingen');
    expect(kaartTekst(lijst)).toContain('Zoek een passende woonvorm');
    expect(kaartTekst(lijst)).toContain('over de datum');
    expect(JSON.stringify(lijst)).toContain(toezeggingVeld(toezegging.id));
    await t.bericht(GEBRUIKERS.corporatie, 'toezeggingen', kanaal(TAFELKANAAL));
    expect(kaartTekst(antwoordKaart())).toContain('persoonlijke chat');
    await t.bericht(GEBRUIKERS.wi, 'toezeggingen');
    expect(kaartTekst(antwoordKaart())).toContain('geen open toezeggingen');

    // Someone of another organisation is refused; nothing is stored.
    const vreemd = await t.actie(
      GEBRUIKERS.wi,
      VERB_TOEZEGGING,
      { toezeggingId: toezegging.id, [toezeggingVeld(toezegging.id)]: GEDAAN },
      persoonlijk(GEBRUIKERS.wi),
    );
    expect(vreemd.body.value).toMatch(/Alleen wie de toezegging deed/);
    expect(
      (await t.o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: toezegging.id } })).gedaan,
    ).toBeNull();

    // The owner marks it done: the answer is the list without it.
    const ok = await t.actie(
      GEBRUIKERS.corporatie,
      VERB_TOEZEGGING,
      { toezeggingId: toezegging.id, [toezeggingVeld(toezegging.id)]: GEDAAN },
      persoonlijk(GEBRUIKERS.corporatie),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(kaartTekst(ok.body.value)).toContain('staat als gedaan');
    expect(kaartTekst(ok.body.value)).toContain('geen open toezeggingen');
    expect(
      (await t.o.db.prisma.toezegging.findUniqueOrThrow({ where: { id: toezegging.id } })).gedaanTekst,
    ).toBe(GEDAAN);

    const gedeeld = (await bezorg()).find((o) => o.soort === 'antwoord' && o.antwoordOp === draad.berichtId);
    expect(gedeeld).toBeDefined();
    const kaart = kaartUit(gedeeld!.body)!;
    expect(kaartProblemen(kaart)).toEqual([]);
    expect(kaartTekst(kaart)).toContain(GEDAAN);
    expect(kaartTekst(kaart)).toContain('Sanne de Wit');
  });
});
