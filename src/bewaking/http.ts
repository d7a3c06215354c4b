// The HTTP side of monitoring: /healthz (alive), /readyz (ready for requests), /metrics (Prometheus, on
// its own loopback port or behind a bearer token, never open by default), and the wrapper that times
// every ack of Slack and Teams.
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { verzoekSoort } from '../http/verzoeksoort.ts';
import type { Gereedheid } from './gereedheid.ts';
import type { Metrieken } from './metrieken.ts';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * GET /healthz: liveness only. That it answers shows the process and its event loop are alive; the body
 * adds how late the event loop ran since the previous probe. No database: a database outage is a reason
 * not to send requests here (/readyz), not a reason to restart the process.
 */
export function levendRoute(info: { database: string }): Route & { stop(): void } {
  const vertraging = monitorEventLoopDelay({ resolution: 20 });
  vertraging.enable();
  const route = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    const p99 = vertraging.count > 0 ? vertraging.percentile(99) / 1e6 : 0;
    vertraging.reset();
    json(res, 200, {
      status: 'ok',
      database: info.database,
      eventloopVertragingMs: Math.round(p99),
      uptimeS: Math.round(process.uptime()),
    });
  };
  return Object.assign(route, { stop: () => vertraging.disable() });
}

/** GET /readyz: 200 `{ status: 'gereed' }`, or 503 with the reasons (Dutch) and every check. */
export function gereedRoute(gereedheid: Gereedheid): Route {
  return async (_req, res) => {
    const o = await gereedheid.oordeel();
    json(
      res,
      o.gereed ? 200 : 503,
      o.gereed
        ? { status: 'gereed', controles: o.controles }
        : { status: 'niet gereed', redenen: o.redenen, controles: o.controles },
    );
  };
}

const digest = (tekst: string) => createHash('sha256').update(tekst).digest();

/** GET /metrics on the main port: only with `Authorization: Bearer <MAATWERKBOT_METRICS_TOKEN>`. */
export function metriekenRoute(metrieken: Metrieken, token?: string): Route {
  const verwacht = token ? digest(`Bearer ${token}`) : null;
  return async (req, res) => {
    const kop = req.headers.authorization ?? '';
    if (!verwacht || !timingSafeEqual(digest(kop), verwacht)) {
      res.writeHead(401, {
        'content-type': 'application/json; charset=utf-8',
        'www-authenticate': 'Bearer realm="maatwerkbot-metrics"',
      });
      res.end(JSON.stringify({ fout: 'token vereist' }));
      return;
    }
    await stuurMetrieken(metrieken, res);
  };
}

async function stuurMetrieken(metrieken: Metrieken, res: http.ServerResponse) {
  const { tekst, contentType } = await metrieken.tekst();
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(tekst);
}

export interface MetriekenServer {
  poort: number;
  stop(): Promise<void>;
}

/** The metrics on a port of their own (MAATWERKBOT_METRICS_PORT), by default on loopback only. */
export async function startMetriekenServer(
  metrieken: Metrieken,
  poort: number,
  host: string,
  bijFout: (fout: unknown) => void,
): Promise<MetriekenServer> {
  const server = http.createServer((req, res) => {
    const pad = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || pad !== '/metrics') return json(res, 404, { fout: 'niet gevonden' });
    stuurMetrieken(metrieken, res).catch((fout: unknown) => {
      bijFout(fout);
      if (!res.headersSent) json(res, 500, { fout: 'interne fout' });
    });
  });
  await new Promise<void>((klaar, mis) => {
    server.once('error', mis);
    server.listen(poort, host, () => klaar());
  });
  return {
    poort: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((klaar) => server.close(() => klaar())),
  };
}

/**
 * Times a platform's route from the request's arrival to the end of its response (Slack's and Teams' ack),
 * labelled with the kind of request its adapter recognised.
 */
export function meetAck(metrieken: Metrieken, platform: string, route: Route): Route {
  return (req, res) => {
    const begin = process.hrtime.bigint();
    res.once('finish', () =>
      metrieken.ack(platform, verzoekSoort(req), Number(process.hrtime.bigint() - begin) / 1e9),
    );
    return route(req, res);
  };
}
