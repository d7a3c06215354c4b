// `npm start`: one HTTP server with /healthz, /readyz, the Slack and Teams mount points and the stored report
// charts, the job runner and the outbox dispatcher on a node-cron tick, on the embedded database unless
// DATABASE_URL is set.
import type http from 'node:http';
import cron from 'node-cron';
import type { VoorbereideSlack } from '../adapters/slack/index.ts';
import { startBeheerpunt } from './beheer/beheerpunt.ts';
import { maakBewaking } from './bewaking/index.ts';
import { auditInstellingen } from './config/auditsleutel.ts';
import { databaseKeuze, leesOmgeving, type Omgeving, publiekeUrl } from './config/omgeving.ts';
import { type PlatformKeuze, platformKeuze } from './config/platformen.ts';
import { weigerVerzoek } from './http/lichaam.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { maakOnderhoud } from './jobs/onderhoud.ts';
import { voerDueJobsUit } from './jobs/runner.ts';
import { type Logboek, logFormaat, maakLogboek } from './logboek.ts';
import { AFSLUITCODE, OpstartFout } from './opstart/afsluitcodes.ts';
import { openDatabaseBijStart } from './opstart/database.ts';
import { bindPoort, type GebondenPoort } from './opstart/poort.ts';
import { type Bezorger, verstuurOutbox } from './outbox/dispatcher.ts';
import { GRAFIEK_PAD, isGrafiekToken, leesGrafiek } from './register/grafiekopslag.ts';
import { herindexeerBesluiten } from './register/indexeren.ts';
import { stuurMaandrapporten } from './register/maandrapport.ts';
import { planAgendas, stuurWeekoverzicht, weekBegin } from './services/agenda.ts';
import { type Diensten, systeemklok } from './services/context.ts';
import { nederlandsePrivacyPoort } from './services/privacyscanner.ts';
import type { Database } from './store/database.ts';

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

/** No route: a known path asked with another method is a 405 that says which one; anything else a 404. */
function weigerZonderRoute(res: http.ServerResponse, pad: string, sleutels: string[]) {
  const methoden = sleutels.filter((s) => s.slice(s.indexOf(' ') + 1) === pad).map((s) => s.split(' ')[0]!);
  if (pad.startsWith(GRAFIEK_PAD)) methoden.push('GET', 'HEAD');
  if (methoden.length === 0) return weigerVerzoek(res, 404, 'Niet gevonden.');
  weigerVerzoek(res, 405, `Methode niet toegestaan: gebruik ${methoden.join(' of ')}.`, {
    allow: methoden.join(', '),
  });
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
    const hoofd = req.method === 'HEAD';
    if (!naam.endsWith('.png') || !isGrafiekToken(naam.slice(0, -'.png'.length)))
      return weigerVerzoek(
        res,
        400,
        `Ongeldig adres: verwacht ${GRAFIEK_PAD}<token>.png met het token uit de kaart.`,
      );
    const grafiek = await leesGrafiek(d, naam.slice(0, -'.png'.length));
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
  if (!o.SLACK_SIGNING_SECRET && !o.SLACK_BOT_TOKEN) {
    meldingen.push(
      'Slack is niet geconfigureerd: zet SLACK_SIGNING_SECRET en SLACK_BOT_TOKEN (zie README, "Slack"). ' +
        'Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN.',
    );
  }
  if (!o.MICROSOFT_APP_ID && !o.MAATWERKBOT_TEAMS_EMULATOR) {
    meldingen.push(
      'Teams is niet geconfigureerd: zet MICROSOFT_APP_ID en MICROSOFT_APP_PASSWORD (of MAATWERKBOT_TEAMS_EMULATOR=1 voor de Bot Framework Emulator op deze machine). ' +
        'Teams is not configured: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD.',
    );
  }
  if (!publiekeUrl(o)) {
    meldingen.push(
      'Geen publiek adres ingesteld (MAATWERKBOT_PUBLIEKE_URL of BOT_DOMAIN): het maandelijkse knelpuntenrapport gaat in Teams zonder grafiek, met een melding op de kaart en een bericht aan de voorzitter. ' +
        'No public address set (MAATWERKBOT_PUBLIEKE_URL or BOT_DOMAIN): the monthly report reaches Teams without its chart, and the chair is told.',
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

type StartOpties = { log?: Logboek; bezorgers?: Bezorger[]; routes?: Record<string, Route> };

/**
 * Says what is wrong and stops before doing anything (an OpstartFout with its exit code): first the
 * settings, then the port (bound now, 503 until ready), then the platforms, then the database. Only
 * when all of them are fine do migrations, jobs and messages run.
 */
export async function startServer(
  omgeving: Omgeving = leesOmgeving(),
  opties: StartOpties = {},
): Promise<DraaiendeServer> {
  const log = opties.log ?? maakLogboek(omgeving.LOG_LEVEL, undefined, logFormaat(omgeving.LOG_FORMAT));
  const keuze = platformKeuze(omgeving);
  const poort = await bindPoort(omgeving.PORT, omgeving.HOST);
  try {
    const slack = keuze.slack.soort === 'aan' ? await bereidSlack(keuze.slack, log) : null;
    const db = await openDatabaseBijStart(databaseKeuze(omgeving));
    try {
      return await draai(omgeving, opties, log, { poort, keuze, slack, db });
    } catch (fout) {
      await db.sluit();
      throw fout;
    }
  } catch (fout) {
    await poort.sluit();
    throw fout;
  }
}

/*
 * A platform's SDK is loaded only when that platform is on: Bolt and botbuilder with their HTTP clients
 * are a large part of an idle server's memory (bench/geheugen), and a municipality often uses only one.
 */
async function bereidSlack(keuze: Extract<PlatformKeuze['slack'], { soort: 'aan' }>, log: Logboek) {
  const { bereidSlackVoor, SlackStartFout } = await import('../adapters/slack/index.ts');
  try {
    return await bereidSlackVoor(keuze, log);
  } catch (fout) {
    throw fout instanceof SlackStartFout
      ? new OpstartFout(AFSLUITCODE.platform, fout.message, { cause: fout })
      : fout;
  }
}

async function draai(
  omgeving: Omgeving,
  opties: StartOpties,
  log: Logboek,
  start: { poort: GebondenPoort; keuze: PlatformKeuze; slack: VoorbereideSlack | null; db: Database },
): Promise<DraaiendeServer> {
  const { poort: gebonden, keuze, db } = start;
  log.info({ database: db.omschrijving }, 'database gereed, migraties toegepast');
  for (const melding of configuratieMeldingen(omgeving)) log.warn(melding);

  const d: Diensten = { db: db.prisma, klok: systeemklok, privacy: nederlandsePrivacyPoort };
  const audit = auditInstellingen(omgeving, { maakAan: true });
  for (const melding of audit.meldingen) log.warn(melding);
  const onderhoud = maakOnderhoud(d, { ...audit, log });
  const bezorgers = [...(opties.bezorgers ?? [])];
  const bewaking = maakBewaking(d, omgeving, log, {
    database: db.soort,
    platforms: () => bezorgers.map((b) => b.platform),
  });
  let bezig = false;
  let nogEens = false;
  let gestopt = false;
  const tik = async (): Promise<void> => {
    // A tick a user's action asked for may come due after stop(): the database is gone by then.
    if (gestopt) return;
    if (bezig) {
      nogEens = true;
      return;
    }
    bezig = true;
    bewaking.gereedheid.tikBegint();
    try {
      const jobs = await voerDueJobsUit(d, jobHandlers, {
        ...bewaking.runOpties,
        parallel: omgeving.MAATWERKBOT_PLANNER_PARALLEL ?? (db.soort === 'postgres' ? 2 : 1),
        bijFout: (job, fout) => log.error({ job: job.id, soort: job.soort, err: fout }, 'job mislukt'),
        bijOvergeslagen: (job, reden) =>
          log.info({ job: job.id, soort: job.soort, reden }, 'job overgeslagen'),
      });
      const post = await verstuurOutbox(d, bezorgers, bewaking.dispatchOpties);
      bewaking.naDispatch(post);
      const keten = await onderhoud.tik();
      if (jobs.uitgevoerd + jobs.mislukt + post.verzonden + post.mislukt > 0)
        log.info({ jobs, post, keten }, 'tik');
    } catch (fout) {
      log.error({ err: fout }, 'tik mislukt');
    } finally {
      bezig = false;
      bewaking.gereedheid.tikKlaar();
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
    ...bewaking.routes,
    'POST /slack/events': niet('Slack'),
    'POST /api/messages': niet('Teams'),
  };
  const platformen: { stop(): Promise<void> }[] = [];
  let slackAdapter: { opwarmen(): Promise<void> } | null = null;
  if (start.slack) {
    const slack = await start.slack.koppel(d);
    platformen.push(slack);
    slackAdapter = slack;
    bezorgers.push(slack.bezorger);
    routes['POST /slack/events'] = naActie(bewaking.meetAck('slack', slack.route));
    log.info(omgeving.SLACK_APP_TOKEN ? 'Slack: Socket Mode' : 'Slack: HTTP op /slack/events');
  }
  // Teams with JWT checks, or the emulator (asked for by name, loopback only), or not at all (503).
  if (keuze.teams.soort !== 'uit') {
    const { soort, ...gegevens } = keuze.teams;
    const { maakTeamsAdapter } = await import('../adapters/teams/index.ts');
    const teams = await maakTeamsAdapter(
      d,
      { ...(soort === 'emulator' ? { emulator: true } : gegevens), publiekeUrl: publiekeUrl(omgeving) },
      log,
    );
    platformen.push(teams);
    bezorgers.push(teams.bezorger);
    const basis = publiekeUrl(omgeving);
    if (basis)
      log.info({ basis }, `Teams: grafiek van het knelpuntenrapport vanaf ${basis}${GRAFIEK_PAD.slice(1)}`);
    routes['POST /api/messages'] = naActie(bewaking.meetAck('teams', teams.route));
  }
  // Tests and embedders may mount their own routes over the defaults.
  Object.assign(routes, opties.routes);

  const grafiek = grafiekRoute(d);
  const verwerk: http.RequestListener = (req, res) => {
    const pad = (req.url ?? '/').split('?')[0]!;
    const route =
      routes[`${req.method} ${pad}`] ??
      ((req.method === 'GET' || req.method === 'HEAD') && pad.startsWith(GRAFIEK_PAD) ? grafiek : undefined);
    if (!route) return weigerZonderRoute(res, pad, Object.keys(routes));
    Promise.resolve(route(req, res)).catch((fout: unknown) => {
      log.error({ err: fout, route: `${req.method} ${pad}` }, 'verzoek mislukt');
      if (!res.headersSent) json(res, 500, { fout: 'interne fout' });
      else res.end();
    });
  };

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
      const tafels = await stuurWeekoverzicht(d, weekBegin(new Date()));
      if (tafels) log.info({ tafels }, 'weekoverzicht verstuurd');
    } catch (fout) {
      log.error({ err: fout }, 'weekoverzicht mislukt');
    }
  };
  await weekoverzicht();
  // The knelpunten report of last month, on the 1st at 08:00, once across replicas.
  const maandrapport = async () => {
    try {
      if (await stuurMaandrapporten(d)) log.info('maandrapport verstuurd');
    } catch (fout) {
      log.error({ err: fout }, 'maandrapport mislukt');
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

  // Before opening: a single process without a load balancer gets requests as soon as its port is open.
  await bewaking.warmOp(slackAdapter ? { slack: slackAdapter.opwarmen } : {});
  gebonden.open(verwerk);
  // While we hold the embedded data directory, the command line's data commands run in here.
  platformen.push(await startBeheerpunt(omgeving, db, d, log));
  const poort = gebonden.poort;
  await bewaking.gestart({ poort, host: omgeving.HOST });

  return {
    poort,
    db,
    async stop() {
      gestopt = true;
      await taak.stop();
      await weektaak.stop();
      await maandtaak.stop();
      await gebonden.sluit();
      for (const platform of platformen) await platform.stop();
      while (bezig) await new Promise((r) => setTimeout(r, 20));
      await onderhoud.stop().catch((fout: unknown) => log.error({ err: fout }, 'laatste auditanker mislukt'));
      await db.sluit();
      await bewaking.gestopt();
    },
  };
}
