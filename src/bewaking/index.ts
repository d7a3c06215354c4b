// Monitoring, composed for the server in one object: liveness and readiness routes, metrics (own port or
// token), the hooks for the scheduler and the dispatcher, the warm-up, and the start and stop lines.
import type { Omgeving } from '../config/omgeving.ts';
import type { RunOpties } from '../jobs/runner.ts';
import type { Logboek } from '../logboek.ts';
import type { DispatchOpties, DispatchVerslag } from '../outbox/dispatcher.ts';
import type { Diensten } from '../services/context.ts';
import { type Gereedheid, maakGereedheid } from './gereedheid.ts';
import {
  gereedRoute,
  levendRoute,
  type MetriekenServer,
  meetAck,
  metriekenRoute,
  type Route,
  startMetriekenServer,
} from './http.ts';
import { type Metrieken, maakMetrieken } from './metrieken.ts';
import { type Opwarmer, warmOp } from './opwarmen.ts';
import { VERSIE } from './versie.ts';

export interface Bewaking {
  metrieken: Metrieken;
  gereedheid: Gereedheid;
  /** /healthz, /readyz and (with a token) /metrics, for the main server. */
  routes: Record<string, Route>;
  meetAck(platform: string, route: Route): Route;
  dispatchOpties: DispatchOpties;
  runOpties: Pick<RunOpties, 'bijKlaar'>;
  naDispatch(verslag: DispatchVerslag): void;
  /** Warms up (see opwarmen.ts); /readyz waits for it. */
  warmOp(platformen?: Record<string, Opwarmer>): Promise<void>;
  /** Once the server listens: the metrics port, if configured, and the start line. */
  gestart(adres: { poort: number; host: string }): Promise<void>;
  /** At the end of the server's stop: the metrics port closed, and the stop line. */
  gestopt(): Promise<void>;
}

export function maakBewaking(
  d: Diensten,
  o: Omgeving,
  log: Logboek,
  info: { database: string; platforms: () => readonly string[] },
): Bewaking {
  const metrieken = maakMetrieken(
    d,
    { versie: VERSIE, database: info.database },
    { bijFout: (fout) => log.warn({ err: fout }, 'metrieken: cijfers uit de database niet gelezen') },
  );
  const gereedheid = maakGereedheid(d, {
    tikSeconden: o.MAATWERKBOT_TIK_SECONDEN,
    outboxMaxSeconden: o.MAATWERKBOT_GEREED_OUTBOX_SECONDEN,
    platforms: info.platforms,
  });
  const levend = levendRoute({ database: info.database });
  let metriekenServer: MetriekenServer | null = null;
  const begin = Date.now();
  return {
    metrieken,
    gereedheid,
    routes: {
      'GET /healthz': levend,
      'GET /readyz': gereedRoute(gereedheid),
      ...(o.MAATWERKBOT_METRICS_TOKEN
        ? { 'GET /metrics': metriekenRoute(metrieken, o.MAATWERKBOT_METRICS_TOKEN) }
        : {}),
    },
    meetAck: (platform, route) => meetAck(metrieken, platform, route),
    dispatchOpties: {
      onbezorgbaarNaMs: o.MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN * 60_000,
      bijMislukt: metrieken.bezorgingMislukt,
    },
    runOpties: { bijKlaar: metrieken.jobsKlaar },
    naDispatch(verslag) {
      for (const { platform, aantal } of verslag.onbezorgbaar ?? []) {
        metrieken.onbezorgbaar(platform, aantal);
        log.warn(
          { platform, aantal, naMinuten: o.MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN },
          `outbox: ${aantal} bericht(en) onbezorgbaar: geen proces bezorgt platform ${platform}`,
        );
      }
    },
    async warmOp(platformen) {
      const verslag = await warmOp(d, log, platformen);
      gereedheid.opgewarmd();
      log.info(verslag, 'opgewarmd');
    },
    async gestart(adres) {
      if (o.MAATWERKBOT_METRICS_PORT !== undefined) {
        metriekenServer = await startMetriekenServer(
          metrieken,
          o.MAATWERKBOT_METRICS_PORT,
          o.MAATWERKBOT_METRICS_HOST,
          (fout) => log.error({ err: fout }, 'metrieken niet geleverd'),
        );
      }
      const metricsAdres = metriekenServer
        ? `http://${o.MAATWERKBOT_METRICS_HOST}:${metriekenServer.poort}/metrics`
        : o.MAATWERKBOT_METRICS_TOKEN
          ? '/metrics (met token)'
          : 'uit';
      log.info(
        {
          versie: VERSIE,
          node: process.version,
          database: info.database,
          platformen: [...info.platforms()],
          adres: `http://${adres.host}:${adres.poort}`,
          metrics: metricsAdres,
          metricsPoort: metriekenServer?.poort,
        },
        `maatwerkbot ${VERSIE} gestart op http://${adres.host}:${adres.poort} (${info.database}; ${[...info.platforms()].join(', ') || 'geen platformen'}; metrics: ${metricsAdres})`,
      );
    },
    async gestopt() {
      await metriekenServer?.stop();
      levend.stop();
      log.info({ versie: VERSIE, uptimeS: Math.round((Date.now() - begin) / 1000) }, 'maatwerkbot gestopt');
    },
  };
}
