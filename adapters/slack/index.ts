// The Slack adapter: a Bolt app whose HTTP receiver is mounted on the shared server (or Socket Mode for
// local development), the listeners that translate Slack into service calls, and the deliverer that
// renders the core's messages as Block Kit. Signature and timestamp checks are Bolt's own.
import type http from 'node:http';
import { App, HTTPReceiver, type Logger, LogLevel } from '@slack/bolt';
import { zetVerzoekSoort } from '../../src/bewaking/verzoeksoort.ts';
import { type Logboek, zonderCitaten } from '../../src/logboek.ts';
import type { Bezorger } from '../../src/outbox/dispatcher.ts';
import type { Diensten } from '../../src/services/context.ts';
import { maakSlackBezorger } from './bezorger.ts';
import { VIEW } from './ids.ts';
import { registreerListeners } from './listeners/index.ts';
import { warmSlackOp } from './opwarmen.ts';

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

/** Builds the app without touching the network (no auth.test yet); `maakSlackAdapter` initialises it. */
export function maakSlackApp(
  d: Diensten,
  instellingen: SlackInstellingen,
  log: Logboek,
): { app: App; receiver: HTTPReceiver | null } {
  const logger = boltLogger(log);
  const clientOptions = {
    ...(instellingen.apiUrl ? { slackApiUrl: instellingen.apiUrl } : {}),
    // Listeners open modals within a trigger's 3 seconds: fail fast instead of Bolt's 30-minute retry policy.
    retryConfig: { retries: 2, factor: 2, minTimeout: 100, maxTimeout: 500 },
    timeout: 10_000,
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
    await next();
  });
  app.error(async (fout) => {
    log.error({ err: fout }, 'onverwerkte slack-fout');
  });
  registreerListeners(app, {
    d,
    log,
    ...(instellingen.ackBinnenMs ? { ackBinnenMs: instellingen.ackBinnenMs } : {}),
  });
  return { app, receiver };
}

export async function maakSlackAdapter(
  d: Diensten,
  instellingen: SlackInstellingen,
  log: Logboek,
): Promise<SlackAdapter> {
  const { app, receiver } = maakSlackApp(d, instellingen, log);
  // auth.test now: a wrong token or an unreachable API fails start-up here, not on the first request.
  await app.init();
  if (!receiver) await app.start();
  const bezorger = maakSlackBezorger({
    d,
    botToken: instellingen.botToken,
    apiUrl: instellingen.apiUrl,
    log,
  });

  const route: Route = receiver
    ? (req, res) =>
        new Promise<void>((klaar) => {
          res.once('finish', () => klaar());
          res.once('close', () => klaar());
          try {
            receiver.requestListener(req, res);
          } catch {
            // Bolt throws for a path it does not serve; the shared server only routes ours here.
            if (!res.headersSent) res.writeHead(404, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ fout: 'niet gevonden' }));
          }
        })
    : async (_req, res) => {
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({
            fout: 'Slack draait in Socket Mode (SLACK_APP_TOKEN); HTTP-verzoeken worden hier niet verwerkt.',
          }),
        );
      };

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
