// The Slack adapter: a Bolt app whose HTTP receiver is mounted on the shared server (or Socket Mode for
// local development), the listeners that translate Slack into service calls, and the deliverer that
// renders the core's messages as Block Kit. Every HTTP request passes our gate first (verzoek.ts:
// size, signature, timestamp both ways, shape, a listener for it), and only then reaches Bolt.
// Start-up is two steps: `bereidSlackVoor` asks Slack who we are (auth.test) before the server opens
// its database, `koppel` connects the checked app to the services.
import type http from 'node:http';
import { App, HTTPReceiver, type Logger, LogLevel } from '@slack/bolt';
import { mediatype, weigerVerzoek } from '../../src/http/lichaam.ts';
import { zetVerzoekSoort } from '../../src/http/verzoeksoort.ts';
import { type Logboek, zonderCitaten } from '../../src/logboek.ts';
import type { Bezorger } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import type { Sleutel } from '../../src/taal/catalogus.ts';
import { tekst, type Waarden } from '../../src/taal/tekst.ts';
import { maakSlackBezorger } from './bezorger.ts';
import { VIEW } from './ids.ts';
import type { SlackContext } from './listeners/gedeeld.ts';
import { registreerListeners } from './listeners/index.ts';
import { zetTaal } from './listeners/taal.ts';
import { warmSlackOp } from './opwarmen.ts';
import { keurSlackVerzoek, metRegister, SlackLuisteraars } from './verzoek.ts';

export interface SlackInstellingen {
  signingSecret: string;
  botToken: string;
  /** App-level token (xapp-…): Socket Mode instead of HTTP, for local development. */
  appToken?: string | undefined;
  /** Web API base URL (SLACK_API_URL), e.g. a recording fake or a proxy; default Slack's own. */
  apiUrl?: string | undefined;
  /** The path the route is mounted on; Bolt only answers this one. */
  pad?: string;
  /** A modal submission slower than this is acked first and updated later (default 2.5 s, under Slack's 3 s). */
  ackBinnenMs?: number;
  /**
   * How long one Web API call may take before it counts as failed (default 10 s for listeners, 15 s for
   * the outbox). Tests on a crowded machine raise it: a slow answer there is load, not a Slack failure.
   */
  apiTimeoutMs?: number;
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export interface SlackAdapter {
  route: Route;
  bezorger: Bezorger;
  app: App;
  /** Pays before start what the first request would pay for (see opwarmen.ts). */
  opwarmen(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Bolt's log lines go to our log at warn and above only: its debug output would contain payloads. Its
 * errors go through the log's error rule; its own sentences lose what they quote (a body it could not parse).
 */
function boltLogger(log: Logboek): Logger {
  const kind = log.child({ onderdeel: 'slack-bolt' });
  let niveau = LogLevel.WARN;
  const regel = (delen: unknown[]): [{ err?: unknown }, string] => [
    { err: delen.find((d) => d instanceof Error) },
    zonderCitaten(
      delen
        .filter((d) => !(d instanceof Error))
        .map(String)
        .join(' '),
      300,
    ),
  ];
  return {
    debug: () => {},
    info: () => {},
    warn: (...delen: unknown[]) => kind.warn(...regel(delen)),
    error: (...delen: unknown[]) => kind.error(...regel(delen)),
    setLevel: (n: LogLevel) => {
      niveau = n;
    },
    getLevel: () => niveau,
    setName: () => {},
  };
}

const VIEWS = new Set<string>(Object.values(VIEW));

/** The kind of a Slack request as a label from a fixed set: `commando`, `view:intake`, `actie`, … */
export function slackSoort(body: Record<string, unknown>): string {
  if (typeof body.command === 'string') return 'commando';
  const view = body.view as { callback_id?: unknown } | undefined;
  switch (body.type) {
    case 'view_submission':
      return typeof view?.callback_id === 'string' && VIEWS.has(view.callback_id)
        ? `view:${view.callback_id}`
        : 'view';
    case 'view_closed':
      return 'view_gesloten';
    case 'block_actions':
      return 'actie';
    case 'shortcut':
    case 'message_action':
      return 'shortcut';
    case 'block_suggestion':
      return 'suggestie';
    case 'event_callback':
      return 'event';
    default:
      return 'overig';
  }
}

/** Start-up failures and refusals of requests are read by the administrator: in Dutch, like the logs. */
const beheerder = (sleutel: Sleutel, waarden?: Waarden) => tekst('nl', sleutel, waarden);

/** Slack refused the token or could not be reached at start-up: one Dutch line that says what to do. */
export class SlackStartFout extends Error {
  constructor(melding: string, options?: { cause?: unknown }) {
    super(melding, options);
    this.name = 'SlackStartFout';
  }
}

function alsStartFout(fout: unknown, apiUrl: string | undefined): SlackStartFout {
  const f = fout as { code?: string; data?: { error?: string }; original?: { cause?: { code?: string } } };
  if (f?.code === 'slack_webapi_platform_error')
    return new SlackStartFout(
      beheerder('verbinding.slack.start.token_geweigerd', {
        fout: f.data?.error ?? beheerder('verbinding.slack.start.onbekende_fout'),
      }),
      { cause: fout },
    );
  if (f?.code === 'slack_webapi_request_error' || f?.code === 'slack_webapi_http_error')
    return new SlackStartFout(
      beheerder('verbinding.slack.start.onbereikbaar', {
        adres: apiUrl ?? 'https://slack.com/api/',
        oorzaak: f.original?.cause?.code ?? f.code,
      }),
      { cause: fout },
    );
  return new SlackStartFout(
    beheerder('verbinding.slack.start.niet_gecontroleerd', {
      oorzaak: `${(fout as Error)?.name ?? 'onbekend'}${f?.code ? ` ${f.code}` : ''}`,
    }),
    { cause: fout },
  );
}

/** Stands in for the services until `koppel`: no listener runs before then (HTTP answers 503). */
const NIET_GEKOPPELD = new Proxy({} as Diensten, {
  get() {
    throw new Error('De Slack-adapter is nog niet aan de database gekoppeld.');
  },
});

function bouwApp(ctx: SlackContext, instellingen: SlackInstellingen, luisteraars: SlackLuisteraars) {
  const { log } = ctx;
  const logger = boltLogger(log);
  const clientOptions = {
    ...(instellingen.apiUrl ? { slackApiUrl: instellingen.apiUrl } : {}),
    // Listeners open modals within a trigger's 3 seconds: fail fast instead of Bolt's 30-minute retry policy.
    retryConfig: { retries: 2, factor: 2, minTimeout: 100, maxTimeout: 500 },
    timeout: instellingen.apiTimeoutMs ?? 10_000,
  };
  const gemeen = {
    token: instellingen.botToken,
    logger,
    logLevel: LogLevel.WARN,
    deferInitialization: true,
    // The default conversation store builds an Error per request and we keep no state in it.
    convoStore: false as const,
    clientOptions,
  };
  let app: App;
  let receiver: HTTPReceiver | null = null;
  if (instellingen.appToken) {
    app = new App({
      ...gemeen,
      appToken: instellingen.appToken,
      socketMode: true,
      signingSecret: instellingen.signingSecret,
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: instellingen.signingSecret,
      // Checked in our gate (verzoek.ts), the only way to this receiver: not twice in every ack.
      signatureVerification: false,
      endpoints: instellingen.pad ?? '/slack/events',
      logger,
      logLevel: LogLevel.WARN,
      // The request itself reaches the middleware below, which labels it for the ack metric.
      customPropertiesExtractor: (req) => ({ httpVerzoek: req }),
    });
    app = new App({ ...gemeen, receiver });
  }
  app.use(async ({ body, context, next }) => {
    const req = context.httpVerzoek as http.IncomingMessage | undefined;
    if (req) zetVerzoekSoort(req, slackSoort(body as Record<string, unknown>));
    zetTaal(context, ctx.d, body);
    await next();
  });
  app.error(async (fout) => {
    log.error({ err: fout }, 'onverwerkte slack-fout');
  });
  registreerListeners(metRegister(app, luisteraars), ctx);
  return { app, receiver };
}

/**
 * Builds the app without touching the network (no auth.test yet). Its receiver checks no signatures
 * itself: requests reach it only through the adapter's route, behind the gate.
 */
export function maakSlackApp(
  d: Diensten,
  instellingen: SlackInstellingen,
  log: Logboek,
): { app: App; receiver: HTTPReceiver | null } {
  const ctx: SlackContext = {
    d,
    log,
    ...(instellingen.ackBinnenMs ? { ackBinnenMs: instellingen.ackBinnenMs } : {}),
  };
  return bouwApp(ctx, instellingen, new SlackLuisteraars());
}

export interface VoorbereideSlack {
  app: App;
  /** Connects the checked app to the services; from then on listeners run (and Socket Mode connects). */
  koppel(d: Diensten): Promise<SlackAdapter>;
}

/**
 * Builds the app and asks Slack who we are (auth.test), before anything else starts: a wrong token or an
 * unreachable API is a SlackStartFout here, not an unhandled rejection or a 404 on every request later.
 */
export async function bereidSlackVoor(
  instellingen: SlackInstellingen,
  log: Logboek,
): Promise<VoorbereideSlack> {
  const ctx: SlackContext = {
    d: NIET_GEKOPPELD,
    log,
    ...(instellingen.ackBinnenMs ? { ackBinnenMs: instellingen.ackBinnenMs } : {}),
  };
  const luisteraars = new SlackLuisteraars();
  const { app, receiver } = bouwApp(ctx, instellingen, luisteraars);
  try {
    await app.init();
  } catch (fout) {
    throw alsStartFout(fout, instellingen.apiUrl);
  }
  return {
    app,
    async koppel(d) {
      ctx.d = d;
      if (!receiver) await app.start();
      return adapterVan(d, app, receiver, luisteraars, instellingen, log);
    },
  };
}

export async function maakSlackAdapter(
  d: Diensten,
  instellingen: SlackInstellingen,
  log: Logboek,
): Promise<SlackAdapter> {
  return (await bereidSlackVoor(instellingen, log)).koppel(d);
}

function adapterVan(
  d: Diensten,
  app: App,
  receiver: HTTPReceiver | null,
  luisteraars: SlackLuisteraars,
  instellingen: SlackInstellingen,
  log: Logboek,
): SlackAdapter {
  const bezorger = maakSlackBezorger({
    d,
    botToken: instellingen.botToken,
    apiUrl: instellingen.apiUrl,
    log,
    ...(instellingen.apiTimeoutMs ? { timeoutMs: instellingen.apiTimeoutMs } : {}),
  });

  const route: Route = receiver
    ? async (req, res) => {
        const oordeel = await keurSlackVerzoek(req, {
          signingSecret: instellingen.signingSecret,
          luisteraars,
        });
        if (!oordeel.ok) {
          log.warn(
            { status: oordeel.status, oordeel: oordeel.fout.slice(0, 160) },
            'slack: verzoek geweigerd',
          );
          return weigerVerzoek(res, oordeel.status, oordeel.fout);
        }
        // Bolt reads the body we already read, and compares the media type without parameters.
        (req as http.IncomingMessage & { rawBody?: Buffer }).rawBody = oordeel.ruw;
        if (req.headers['content-type']) req.headers['content-type'] = mediatype(req);
        await new Promise<void>((klaar) => {
          res.once('finish', () => klaar());
          res.once('close', () => klaar());
          try {
            receiver.requestListener(req, res);
          } catch {
            // Bolt throws for a path it does not serve; the shared server only routes ours here.
            weigerVerzoek(res, 404, beheerder('verbinding.slack.niet_gevonden'));
          }
        });
      }
    : async (_req, res) => weigerVerzoek(res, 404, beheerder('verbinding.slack.socket_mode'));

  return {
    route,
    bezorger,
    app,
    opwarmen: () =>
      warmSlackOp(receiver ? route : null, instellingen.signingSecret, instellingen.pad ?? '/slack/events'),
    async stop() {
      if (!receiver) await app.stop();
    },
  };
}
