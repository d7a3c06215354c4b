// The Teams adapter at its edges: the message extension, a crisis, commands, invokes it does not
// know, authentication, and deliveries Teams refuses or throttles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { alsUitkomst } from '../../adapters/teams/bezorger.ts';
import { jobHandlers } from '../../src/jobs/handlers.ts';
import { voerDueJobsUit } from '../../src/jobs/runner.ts';
import { verstuurOutbox } from '../../src/outbox/dispatcher.ts';
import { raiseCasus } from '../../src/services/casus.ts';
import { intake } from '../helpers/intake.ts';
import { kaartProblemen } from './kaartcontrole.ts';
import { kaartTekst, kaartUit } from './nepconnector.ts';
import {
  activiteit,
  BOT,
  formulier,
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
const kaartVanAntwoord = (t: TeamsOpzet) => kaartUit(t.connector.opnames.at(-1)!.body);

describe('Teams adapter edges (PGlite)', () => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 09:30' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  it('installing in the personal scope stores the chat for proactive messages', async () => {
    const r = await t.post(
      activiteit(consulent, persoonlijk(consulent), t.connector.url, {
        type: 'installationUpdate',
        action: 'add',
      }),
    );
    expect(r.status).toBe(200);
    const g = await t.o.db.prisma.gesprek.findUnique({
      where: { platform_sleutel: { platform: 'teams', sleutel: `persoon:${consulent.aad}` } },
    });
    expect(g?.referentie).toMatchObject({
      conversation: { id: 'a:persoonlijk-consulent' },
      user: { id: consulent.mri },
    });
  });

  it('the message extension opens the intake with the message as situation, and raises the casus', async () => {
    const open = (await t.invoke(
      consulent,
      'composeExtension/fetchTask',
      {
        commandId: 'casusIndienen',
        commandContext: 'message',
        messagePayload: {
          body: { contentType: 'html', content: '<p>Gezin loopt vast op de <b>urgentieregeling</b>.</p>' },
        },
      },
      kanaal(TAFELKANAAL, '77'),
    )) as { status: number; body: { task: { type: string; value: { card: { content: unknown } } } } };
    expect(open.status).toBe(200);
    const form = open.body.task.value.card.content;
    expect(kaartProblemen(form)).toEqual([]);
    const tekst = kaartTekst(form);
    expect(tekst).toContain('Gezin loopt vast op de urgentieregeling.');
    // The person has one table: no choice on the form; the submit carries it.
    expect(JSON.stringify(form)).not.toContain('"id":"tafel","label":"Tafel"');
    expect(JSON.stringify(form)).toContain('"tafel":"citydeal-utrecht"');
    const formulierId = JSON.stringify(form).match(/"formulierId":"([^"]+)"/)![1]!;
    const klaar = (await t.invoke(
      consulent,
      'composeExtension/submitAction',
      {
        commandId: 'casusIndienen',
        data: { actie: 'casus.indienen', formulierId, ...formulier({ leefgebieden: 'wonen' }) },
      },
      kanaal(TAFELKANAAL, '77'),
    )) as { body: { task: { type: string; value: { card: { content: unknown } } } } };
    // The extension's dialog ends on a card (Teams documents no message answer for it).
    expect(klaar.body.task.type).toBe('continue');
    expect(kaartProblemen(klaar.body.task.value.card.content)).toEqual([]);
    expect(kaartTekst(klaar.body.task.value.card.content)).toMatch(/Uw casus is ingediend als MW-2026-\d{4}/);
  });

  it('a crisis is not routed to the table: the dialog closes with the call to the crisis service', async () => {
    const open = (await t.invoke(
      consulent,
      'task/fetch',
      { data: { actie: 'casus.formulier' } },
      persoonlijk(consulent),
    )) as {
      body: { task: { value: { card: { content: unknown } } } };
    };
    const formulierId = JSON.stringify(open.body.task.value.card.content).match(
      /"formulierId":"([^"]+)"/,
    )![1]!;
    const r = (await t.invoke(
      consulent,
      'task/submit',
      {
        data: {
          actie: 'casus.indienen',
          formulierId,
          tafel: 'citydeal-utrecht',
          titel: 'Acute dreiging in gezin',
          urgentie: 'crisis',
        },
      },
      persoonlijk(consulent),
    )) as { body: { task: { type: string; value: string } } };
    expect(r.body.task.type).toBe('message');
    expect(r.body.task.value).toContain('bel nu de crisisdienst');
  });

  it('answers commands', async () => {
    await t.bericht(consulent, 'zoek kostendelersnorm');
    expect(kaartTekst(kaartVanAntwoord(t))).not.toContain('komt eraan');
    await t.bericht(consulent, 'zoek');
    expect(kaartTekst(kaartVanAntwoord(t))).toContain('Noem de woorden');
    // The agenda is there, for the table's members only.
    await t.bericht(consulent, 'agenda');
    expect(kaartTekst(kaartVanAntwoord(t))).toContain('Alleen leden van City-deal tafel Utrecht');
    await t.bericht(consulent, 'open');
    const open = kaartTekst(kaartVanAntwoord(t));
    expect(open).toContain('Uw casussen');
    expect(open).toMatch(/MW-2026-\d{4} · City-deal tafel Utrecht: In besluitronde/);
    await t.bericht(GEBRUIKERS.ggz, 'open');
    expect(kaartTekst(kaartVanAntwoord(t))).toMatch(
      /MW-2026-\d{4} · City-deal tafel Utrecht: uw antwoord, vóór/,
    );
    await t.bericht(consulent, 'doe iets');
    expect(kaartTekst(kaartVanAntwoord(t))).toContain('Die opdracht ken ik niet.');
    for (const o of t.connector.opnames) {
      const k = kaartUit(o.body);
      if (k) expect(kaartProblemen(k)).toEqual([]);
    }
  });

  it('reminds the submitter to record consent, which they do on the card', async () => {
    t.o.klok.zet('2026-11-23 09:30');
    const c = await raiseCasus(
      t.o.d,
      { platform: 'teams', extern: consulent.aad, werkruimte: TENANT },
      intake({ toestemming: 'nog_niet' }),
    );
    t.o.klok.zet('2026-12-07 10:00');
    await voerDueJobsUit(t.o.d, jobHandlers);
    const voor = t.connector.opnames.length;
    await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    const herinnering = t.connector.opnames
      .slice(voor)
      .find(
        (o) =>
          o.gesprekId === 'a:persoonlijk-consulent' &&
          kaartTekst(kaartUit(o.body)).includes(`Toestemming nog niet vastgelegd voor ${c.referentie}`),
      )!;
    const k = kaartUit(herinnering.body)!;
    expect(kaartProblemen(k)).toEqual([]);
    expect(kaartTekst(k)).toContain(`Toestemming nog niet vastgelegd voor ${c.referentie}`);
    const zonder = await t.actie(
      consulent,
      'toestemming.vastleggen',
      { casusId: c.casusId, toestemming: 'nee_afweging_vastgelegd', afweging: '' },
      persoonlijk(consulent),
      herinnering.berichtId,
    );
    expect(zonder.body.value).toMatch(/Beschrijf de afweging/);
    const met = await t.actie(
      consulent,
      'toestemming.vastleggen',
      {
        casusId: c.casusId,
        toestemming: 'nee_afweging_vastgelegd',
        afweging: 'Het huishouden is niet bereikbaar; zonder maatwerk dreigt uithuiszetting.',
      },
      persoonlijk(consulent),
      herinnering.berichtId,
    );
    expect(kaartTekst(met.body.value)).toContain('Vastgelegd: Geen toestemming, afweging vastgelegd.');
    expect((await t.o.db.prisma.casus.findUniqueOrThrow({ where: { id: c.casusId } })).toestemming).toBe(
      'nee_afweging_vastgelegd',
    );
  });

  it('answers invokes it does not handle with 501 and unreadable ones with an error', async () => {
    const onbekend = await t.invoke(
      consulent,
      'composeExtension/query',
      { commandId: 'zoeken' },
      persoonlijk(consulent),
    );
    expect(onbekend.status).toBe(501);
    const kapot = await t.invoke(
      consulent,
      'adaptiveCard/action',
      { action: { type: 'Action.Submit' } },
      persoonlijk(consulent),
    );
    expect(kapot).toMatchObject({
      status: 200,
      body: { statusCode: 400, type: 'application/vnd.microsoft.error' },
    });
    const zonderId = await t.post({
      ...activiteit(consulent, persoonlijk(consulent), t.connector.url, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'casus.vernieuw', data: { casusId: 'x' } } },
      }),
      from: { id: '29:gast', name: 'Gast' },
    });
    expect((zonderId.body as { value: string }).value).toContain('geen Entra ID');
  });

  it('a send Teams refuses is not counted as delivered; throttling is retried after Retry-After', async () => {
    await raiseCasus(t.o.d, { platform: 'teams', extern: consulent.aad, werkruimte: TENANT }, intake());
    // The bot was removed from the chat: 403 on every send.
    t.connector.faal(100, 403);
    const geweigerd = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(geweigerd.verzonden).toBe(0);
    expect(geweigerd.mislukt).toBeGreaterThan(0);
    const rij = await t.o.db.prisma.outboxBericht.findFirstOrThrow({
      where: { soort: 'casus_ontvangen', ontvanger: { path: ['platform'], equals: 'teams' } },
      orderBy: { volgorde: 'desc' },
    });
    expect(rij.status).toBe('mislukt');
    expect(rij.laatsteFout).toContain('HTTP 403');
    t.connector.faal(0, 200);

    await raiseCasus(t.o.d, { platform: 'teams', extern: consulent.aad, werkruimte: TENANT }, intake());
    // Throttled: the SDK retries by itself (honouring Retry-After), then the outbox waits as long.
    t.connector.faal(100, 429, { 'retry-after': '1' });
    const gesmoord = await verstuurOutbox(t.o.d, [t.adapter.bezorger], { max: 1 });
    expect(gesmoord).toMatchObject({ verzonden: 0, uitgesteld: 1, mislukt: 0 });
    const uitgesteld = await t.o.db.prisma.outboxBericht.findFirstOrThrow({
      where: { status: 'wachtend', laatsteFout: { contains: '429' } },
    });
    expect(uitgesteld.laatsteFout).toContain('HTTP 429');
    expect(uitgesteld.volgendePoging.getTime() - t.o.klok.nu().getTime()).toBe(1000);
    t.connector.faal(0, 200);
  });

  it('maps send results: throttling and server errors are temporary, refusals are final', () => {
    expect(alsUitkomst({ ok: true, id: '1' })).toEqual({ ok: true });
    expect(alsUitkomst({ ok: false, status: 429, opnieuwNaMs: 7000, fout: 'HTTP 429' })).toEqual({
      ok: false,
      tijdelijk: true,
      opnieuwNaMs: 7000,
      fout: 'HTTP 429',
    });
    expect(alsUitkomst({ ok: false, status: 502, fout: 'HTTP 502' })).toMatchObject({ tijdelijk: true });
    expect(alsUitkomst({ ok: false, status: null, fout: 'geen antwoord' })).toMatchObject({
      tijdelijk: true,
    });
    expect(alsUitkomst({ ok: false, status: 403, fout: 'HTTP 403' })).toMatchObject({ tijdelijk: false });
    expect(alsUitkomst({ ok: false, status: 404, fout: 'HTTP 404' })).toMatchObject({ tijdelijk: false });
  });
});

describe('Teams without any installation known', () => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', { start: '2026-11-23 09:30' });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  it('keeps messages waiting (temporary failure) until the bot is installed, then delivers', async () => {
    await raiseCasus(t.o.d, { platform: 'teams', extern: consulent.aad, werkruimte: TENANT }, intake());
    const voor = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(voor).toMatchObject({ verzonden: 0, mislukt: 0 });
    expect(voor.uitgesteld).toBeGreaterThan(0);
    expect(t.connector.opnames).toEqual([]);
    await t.post(
      activiteit(GEBRUIKERS.voorzitter, kanaal(TEAM), t.connector.url, {
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
        channelData: { tenant: { id: TENANT }, team: { id: TEAM }, eventType: 'teamMemberAdded' },
      }),
    );
    t.o.klok.verder(16 * 60_000);
    const na = await verstuurOutbox(t.o.d, [t.adapter.bezorger]);
    expect(na.mislukt).toBe(0);
    expect(na.verzonden).toBeGreaterThanOrEqual(2);
    // Never posted in the table channel before: a thread there, through the team's installation.
    expect(t.connector.opnames.some((o) => o.soort === 'draad' && o.gesprekId === TAFELKANAAL)).toBe(true);
  });
});

describe('Teams with an app id', () => {
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', {
      instellingen: {
        appId: '00000000-0000-0000-0000-0000000000a1',
        appPassword: 'geheim',
        tenantId: TENANT,
      },
    });
  });
  afterAll(async () => {
    await t?.opruimen();
  });

  it('refuses unsigned requests (JWT authentication on) and says so at start-up', async () => {
    expect(t.adapter.emulatormodus).toBe(false);
    const r = await t.bericht(consulent, 'help');
    expect(r.status).toBe(401);
    const vervalst = await t.post(
      activiteit(consulent, persoonlijk(consulent), t.connector.url, { type: 'message', text: 'help' }),
      { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
    );
    expect(vervalst.status).toBe(401);
    expect(t.connector.opnames).toEqual([]);
    expect(t.logregels.join('')).toContain('JWT-controle aan');
  });

  it('rejects a body that is not an activity before the SDK sees it, and anything without a token first', async () => {
    const zonder = await t.post([] as unknown as Record<string, unknown>);
    expect(zonder.status).toBe(401);
    const r = await t.post([] as unknown as Record<string, unknown>, { authorization: 'Bearer x' });
    expect(r).toEqual({ status: 400, body: { fout: 'Geen activiteit: verwacht een JSON-object.' } });
  });
});

describe('Teams: a table with more members than a card refreshes for (PGlite)', () => {
  const EXTRA = 64;
  const extra = Array.from({ length: EXTRA }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { sleutel: `lid${n}`, aad: `aad10000-0000-4000-8000-0000000000${n}`, mri: `29:1teams-lid${n}` };
  });
  let t: TeamsOpzet;
  beforeAll(async () => {
    t = await maakTeamsOpzet('pglite', {
      start: '2026-11-23 09:30',
      yaml: (yaml) => {
        const b = parse(yaml) as {
          organisaties: { slug: string; naam: string }[];
          personen: Record<string, unknown>[];
          tafels: { leden: Record<string, unknown>[] }[];
        };
        for (const e of extra) {
          b.organisaties.push({ slug: `org-${e.sleutel}`, naam: `Organisatie ${e.sleutel}` });
          b.personen.push({ sleutel: e.sleutel, naam: `Lid ${e.sleutel}`, teams: e.aad });
          b.tafels[0]!.leden.push({ persoon: e.sleutel, organisatie: `org-${e.sleutel}` });
        }
        return stringify(b);
      },
    });
    for (const e of extra) t.connector.leden.set(e.aad, e.mri);
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

  it('the card refreshes for 60 at most, and the chair always has a place', async () => {
    const c = await raiseCasus(
      t.o.d,
      { platform: 'teams', extern: consulent.aad, werkruimte: TENANT },
      intake({ titel: 'Grote tafel' }),
    );
    expect((await verstuurOutbox(t.o.d, [t.adapter.bezorger])).mislukt).toBe(0);
    const draad = t.connector.opnames.find(
      (o) => o.soort === 'draad' && JSON.stringify(o.body).includes(c.referentie),
    )!;
    const ids = kaartUit(draad.body.activity as Record<string, unknown>)!.refresh?.userIds ?? [];
    // 69 members wait for an answer, and the chair: 70 people, one card.
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(ids[0]).toBe(GEBRUIKERS.voorzitter.mri);
  });
});
