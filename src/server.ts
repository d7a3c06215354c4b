// `npm start`: one HTTP server with /healthz, the Slack and Teams mount points and the stored report
// charts, the job runner and the outbox dispatcher on a node-cron tick, on the embedded database unless
// DATABASE_URL is set.
import http from 'node:http';
import cron from 'node-cron';
import { maakSlackAdapter } from '../adapters/slack/index.ts';
import { maakTeamsAdapter } from '../adapters/teams/index.ts';
import { auditInstellingen } from './config/auditsleutel.ts';
import { databaseKeuze, leesOmgeving, type Omgeving, publiekeUrl } from './config/omgeving.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { maakOnderhoud } from './jobs/onderhoud.ts';
import { voerDueJobsUit } from './jobs/runner.ts';
import { type Logboek, maakLogboek } from './logboek.ts';
import { type Bezorger, verstuurOutbox } from './outbox/dispatcher.ts';
import { GRAFIEK_PAD, leesGrafiek } from './register/grafiekopslag.ts';
import { herindexeerBesluiten } from './register/indexeren.ts';
import { stuurMaandrapporten } from './register/maandrapport.ts';
import { planAgendas, stuurWeekoverzicht, weekBegin } from './services/agenda.ts';
import { type Diensten, systeemklok } from './services/context.ts';
import { nederlandsePrivacyPoort } from './services/privacyscanner.ts';
import { type Database, openDatabase } from './store/database.ts';

export interface DraaiendeServer {
  poort: number;
  db: Database;
  stop(): Promise<void>;
}

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Caches may keep a chart at most this long (and never past its expiry), so a removal is seen within a day. */
const GRAFIEK_CACHE_S = 86_400;

/**
 * GET /rapport/afbeelding/<token>.png: a stored report chart, for chat clients that show images by URL
 * (Teams' cards). The token is the only key; anything else, an unknown token or an expired one is a 404
 * that no cache keeps. The image holds aggregate figures only, but is still served to no one without it.
 */
export function grafiekRoute(d: Diensten): Route {
  return async (req, res) => {
    const pad = (req.url ?? '/').split('?')[0]!;
    const naam = pad.startsWith(GRAFIEK_PAD) ? pad.slice(GRAFIEK_PAD.length) : '';
    const grafiek = naam.endsWith('.png') ? await leesGrafiek(d, naam.slice(0, -'.png'.length)) : null;
    const hoofd = req.method === 'HEAD';
    if (!grafiek) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(hoofd ? undefined : JSON.stringify({ fout: 'niet gevonden' }));
      return;
    }
    const rest = Math.floor((grafiek.verloopt.getTime() - d.klok.nu().getTime()) / 1000);
    res.writeHead(200, {
      'content-type': 'image/png',
      'content-length': grafiek.png.length,
      // The bytes behind a token never change: cacheable, immutable, but not past the expiry.
      'cache-control': `public, max-age=${Math.max(0, Math.min(rest, GRAFIEK_CACHE_S))}, immutable`,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex, nofollow',
      'content-disposition': 'inline; filename="knelpuntenrapport.png"',
    });
    res.end(hoofd ? undefined : grafiek.png);
  };
}

/** What is not configured, and how to configure it, in plain Dutch and English. */
export function configuratieMeldingen(o: Omgeving): string[] {
  const meldingen: string[] = [];
  if (!o.SLACK_SIGNING_SECRET || !o.SLACK_BOT_TOKEN) {
    meldingen.push(
      'Slack is niet geconfigureerd: zet SLACK_SIGNING_SECRET en SLACK_BOT_TOKEN (zie README, "Slack"). ' +
        'Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN.',
    );
  }
  if (!o.MICROSOFT_APP_ID) {
    meldingen.push(
      'Teams draait zonder app-id (emulatormodus, geen JWT-controle): zet MICROSOFT_APP_ID en MICROSOFT_APP_PASSWORD voor productie. ' +
        'Teams runs without an app id (emulator mode): set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for production.',
    );
  }
  if (!publiekeUrl(o)) {
    meldingen.push(
      'Geen publiek adres ingesteld (MAATWERKBOT_PUBLIEKE_URL of BOT_DOMAIN): het maandelijkse knelpuntenrapport gaat in Teams zonder grafiek, met een melding op de kaart. ' +
        'No public address set (MAATWERKBOT_PUBLIEKE_URL or BOT_DOMAIN): the monthly report reaches Teams without its chart.',
    );
  }
  if (!o.DATABASE_URL) {
    meldingen.push(
      `Ingebouwde database (PGlite) in ${o.MAATWERKBOT_DATA_DIR}; voor meerdere replica's: zet DATABASE_URL=postgresql://… ` +
        `Embedded database in ${o.MAATWERKBOT_DATA_DIR}; for several replicas set DATABASE_URL.`,
    );
  }
  return meldingen;
}

export async function startServer(
  omgeving: Omgeving = leesOmgeving(),
  opties: { log?: Logboek; bezorgers?: Bezorger[]; routes?: Record<string, Route> } = {},
): Promise<DraaiendeServer> {
  const log = opties.log ?? maakLogboek(omgeving.LOG_LEVEL);
  const db = await openDatabase(databaseKeuze(omgeving));
  log.info({ database: db.omschrijving }, 'database gereed, migraties toegepast');
  for (const melding of configuratieMeldingen(omgeving)) log.warn(melding);

  const d: Diensten = { db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
  const audit = auditInstellingen(omgeving, { maakAan: true });
  for (const melding of audit.meldingen) log.warn(melding);
  const onderhoud = maakOnderhoud(d, { ...audit, log });
  const bezorgers = [...(opties.bezorgers ?? [])];
  let bezig = false;
  let nogEens = false;
  const tik = async (): Promise<void> => {
    if (bezig) {
      nogEens = true;
      return;
    }
    bezig = true;
    try {
      const jobs = await voerDueJobsUit(d, jobHandlers, {
        parallel: omgeving.MAATWERKBOT_PLANNER_PARALLEL ?? (db.soort === 'postgres' ? 2 : 1),
        bijFout: (job, fout) =>
          log.error({ job: job.id, soort: job.soort, fout: (fout as Error)?.name }, 'job mislukt'),
      });
      const post = await verstuurOutbox(d, bezorgers);
      const keten = await onderhoud.tik();
      if (jobs.uitgevoerd + jobs.mislukt + post.verzonden + post.mislukt > 0)
        log.info({ jobs, post, keten }, 'tik');
    } catch (fout) {
      log.error({ fout: (fout as Error)?.name }, 'tik mislukt');
    } finally {
      bezig = false;
    }
    if (nogEens) {
      nogEens = false;
      await tik();
    }
  };
  // After a user's action, deliver its messages (card updates, DMs) and run its follow-up (a round it closed)
  // within a fifth of a second rather than at the next tick; actions close together share one tick.
  const naActie =
    (route: Route): Route =>
    async (req, res) => {
      await route(req, res);
      setTimeout(() => void tik(), 200);
    };

  const niet =
    (platform: string): Route =>
    (_req, res) =>
      json(res, 503, { fout: `${platform} is niet geconfigureerd op deze server; zie de README.` });
  const routes: Record<string, Route> = {
    'GET /healthz': async (_req, res) => {
      try {
        await db.ruw.query('SELECT 1');
        json(res, 200, { status: 'ok', database: db.soort });
      } catch {
        json(res, 503, { status: 'database onbereikbaar' });
      }
    },
    'POST /slack/events': niet('Slack'),
  };
  const platformen: { stop(): Promise<void> }[] = [];
  if (omgeving.SLACK_SIGNING_SECRET && omgeving.SLACK_BOT_TOKEN) {
    const slack = await maakSlackAdapter(
      d,
      {
        signingSecret: omgeving.SLACK_SIGNING_SECRET,
        botToken: omgeving.SLACK_BOT_TOKEN,
        appToken: omgeving.SLACK_APP_TOKEN,
        apiUrl: omgeving.SLACK_API_URL,
      },
      log,
    );
    platformen.push(slack);
    bezorgers.push(slack.bezorger);
    routes['POST /slack/events'] = naActie(slack.route);
    log.info(omgeving.SLACK_APP_TOKEN ? 'Slack: Socket Mode' : 'Slack: HTTP op /slack/events');
  }
  // Teams is always mounted: without an app id it runs in emulator mode for local tools, and says so.
  const teams = await maakTeamsAdapter(
    d,
    {
      appId: omgeving.MICROSOFT_APP_ID,
      appPassword: omgeving.MICROSOFT_APP_PASSWORD,
      tenantId: omgeving.MICROSOFT_APP_TENANT_ID,
      publiekeUrl: publiekeUrl(omgeving),
    },
    log,
  );
  platformen.push(teams);
  bezorgers.push(teams.bezorger);
  const basis = publiekeUrl(omgeving);
  if (basis)
    log.info({ basis }, `Teams: grafiek van het knelpuntenrapport vanaf ${basis}${GRAFIEK_PAD.slice(1)}`);
  routes['POST /api/messages'] = naActie(teams.route);
  // Tests and embedders may mount their own routes over the defaults.
  Object.assign(routes, opties.routes);

  const grafiek = grafiekRoute(d);
  const server = http.createServer((req, res) => {
    const pad = (req.url ?? '/').split('?')[0]!;
    const route =
      routes[`${req.method} ${pad}`] ??
      ((req.method === 'GET' || req.method === 'HEAD') && pad.startsWith(GRAFIEK_PAD) ? grafiek : undefined);
    if (!route) return json(res, 404, { fout: 'niet gevonden' });
    Promise.resolve(route(req, res)).catch((fout: unknown) => {
      log.error(
        { err: { naam: (fout as Error)?.name, code: (fout as { code?: string })?.code } },
        'verzoek mislukt',
      );
      if (!res.headersSent) json(res, 500, { fout: 'interne fout' });
    });
  });

  // The register's index follows the normaliser: rows written by an older version are redone once.
  const herindexeerd = await herindexeerBesluiten(d);
  if (herindexeerd > 0) log.info({ aantal: herindexeerd }, 'register bijgewerkt');
  // Jobs that fell due while the process was down run now, once.
  await planAgendas(d);
  await tik();
  const taak = cron.schedule(`*/${omgeving.MAATWERKBOT_TIK_SECONDEN} * * * * *`, tik, { noOverlap: true });
  // The weekly digest: Monday 08:00 in Amsterdam; the slot claim makes it once across replicas,
  // and a replica that starts later in the week still sends a digest that was missed.
  const weekoverzicht = async () => {
    try {
      if (await stuurWeekoverzicht(d, weekBegin(new Date()))) log.info('weekoverzicht verstuurd');
    } catch (fout) {
      log.error({ fout: (fout as Error)?.name }, 'weekoverzicht mislukt');
    }
  };
  await weekoverzicht();
  // The knelpunten report of last month, on the 1st at 08:00, once across replicas.
  const maandrapport = async () => {
    try {
      if (await stuurMaandrapporten(d)) log.info('maandrapport verstuurd');
    } catch (fout) {
      log.error({ fout: (fout as Error)?.name }, 'maandrapport mislukt');
    }
  };
  await maandrapport();
  const maandtaak = cron.schedule('0 8 1 * *', maandrapport, {
    timezone: 'Europe/Amsterdam',
    noOverlap: true,
  });
  const weektaak = cron.schedule('0 8 * * 1', weekoverzicht, {
    timezone: 'Europe/Amsterdam',
    noOverlap: true,
  });

  await new Promise<void>((resolve) => server.listen(omgeving.PORT, omgeving.HOST, resolve));
  const adres = server.address();
  const poort = typeof adres === 'object' && adres ? adres.port : omgeving.PORT;
  log.info({ poort }, `maatwerkbot luistert op http://localhost:${poort} (healthz: /healthz)`);

  return {
    poort,
    db,
    async stop() {
      await taak.stop();
      await weektaak.stop();
      await maandtaak.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const platform of platformen) await platform.stop();
      while (bezig) await new Promise((r) => setTimeout(r, 20));
      await onderhoud
        .stop()
        .catch((fout: unknown) => log.error({ fout: (fout as Error)?.name }, 'laatste auditanker mislukt'));
      await db.sluit();
    },
  };
}
