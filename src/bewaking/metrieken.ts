// Metrics in Prometheus' text format (prom-client), one registry per server. What happens in this process
// (acks, delivery failures, jobs done) is counted as it happens; what lies in the database (the outbox by
// status, the oldest waiting message, jobs due and late, unchained audit events) is read with a few
// aggregate queries at scrape time, once per scrape however many gauges ask. Those database figures are the
// same on every replica: in PromQL take max(), not sum(), across replicas.
import client from 'prom-client';
import { OUTBOX_STATUSSEN } from '../domain/woorden.ts';
import { LAAT_NA_MS } from '../jobs/runner.ts';
import type { Diensten } from '../services/context.ts';
import { bronVan } from '../store/database.ts';
import { telOngeketend } from './audit.ts';

/** Slack allows 3 s for an ack; the buckets are dense below that. */
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10];

/**
 * A deliverer's error as a label with few values: the codes the Slack deliverer gives (`slack:ratelimited`,
 * `blockkit:buiten_limieten`) as they are, Teams' `HTTP 403 …` as `http_403`, anything else `overig`.
 */
export function foutLabel(fout: string): string {
  if (/^[a-z_]+:[A-Za-z0-9_.-]{1,60}$/.test(fout)) return fout;
  const http = /^HTTP (\d{3})\b/.exec(fout);
  if (http) return `http_${http[1]}`;
  if (fout.startsWith('geen bezorger voor platform')) return 'geen_bezorger';
  return 'overig';
}

interface DatabaseCijfers {
  outbox: Map<string, number>;
  oudsteWachtendS: number;
  achterstandS: number;
  jobs: { soort: string; due: number; laat: number }[];
  ongeketend: number;
}

async function leesCijfers(d: Diensten, nu: Date): Promise<DatabaseCijfers> {
  const lees = bronVan(d.db).lees;
  const outbox = await lees.query<{ status: string; aantal: number }>(
    `SELECT status, count(*)::int AS aantal FROM "OutboxBericht" GROUP BY status`,
  );
  const [wacht] = await lees.query<{ oudste: Date | null; achterstand: Date | null }>(
    `SELECT min(aangemaakt) FILTER (WHERE status IN ('wachtend', 'bezig')) AS oudste,
            min("volgendePoging") FILTER (WHERE status = 'wachtend' AND "volgendePoging" <= $1) AS achterstand
       FROM "OutboxBericht" WHERE status IN ('wachtend', 'bezig')`,
    [nu],
  );
  const jobs = await lees.query<{ soort: string; due: number; laat: number }>(
    `SELECT soort, count(*)::int AS due, count(*) FILTER (WHERE due <= $2)::int AS laat
       FROM "Job" WHERE status = 'gepland' AND due <= $1 GROUP BY soort`,
    [nu, new Date(nu.getTime() - LAAT_NA_MS)],
  );
  const seconden = (t: Date | null | undefined) =>
    t ? Math.max(0, (nu.getTime() - new Date(t).getTime()) / 1000) : 0;
  return {
    outbox: new Map(outbox.map((r) => [r.status, r.aantal])),
    oudsteWachtendS: seconden(wacht?.oudste),
    achterstandS: seconden(wacht?.achterstand),
    jobs,
    ongeketend: await telOngeketend(d),
  };
}

export interface Metrieken {
  readonly register: client.Registry;
  /** One acked request: from its arrival to the response, per platform and kind of request. */
  ack(platform: string, soort: string, seconden: number): void;
  bezorgingMislukt(platform: string, fout: string): void;
  jobsKlaar(jobs: readonly { soort: string }[]): void;
  onbezorgbaar(platform: string, aantal: number): void;
  /** The exposition text, and its content type. */
  tekst(): Promise<{ tekst: string; contentType: string }>;
}

export function maakMetrieken(
  d: Diensten,
  info: { versie: string; database: string },
  opties: { bijFout?: (fout: unknown) => void } = {},
): Metrieken {
  const register = new client.Registry();
  client.collectDefaultMetrics({ register });

  let lopend: Promise<DatabaseCijfers | null> | null = null;
  /** One read of the database per scrape (see `tekst`): every gauge's collect awaits the same one. */
  const cijfers = () => {
    lopend ??= leesCijfers(d, d.klok.nu()).catch((fout: unknown) => {
      opties.bijFout?.(fout);
      return null;
    });
    return lopend;
  };

  new client.Gauge({
    name: 'maatwerkbot_info',
    help: 'Versie en databasesoort van dit proces (altijd 1).',
    labelNames: ['versie', 'database'],
    registers: [register],
  }).set(info, 1);
  const ack = new client.Histogram({
    name: 'maatwerkbot_ack_seconden',
    help: 'Tijd van binnenkomst tot antwoord (de bevestiging) van een verzoek van Slack of Teams.',
    labelNames: ['platform', 'soort'],
    buckets: ACK_BUCKETS,
    registers: [register],
  });
  const mislukt = new client.Counter({
    name: 'maatwerkbot_bezorging_mislukt_totaal',
    help: 'Mislukte bezorgpogingen uit de outbox, per platform en foutcode.',
    labelNames: ['platform', 'fout'],
    registers: [register],
  });
  const jobsKlaar = new client.Counter({
    name: 'maatwerkbot_jobs_klaar_totaal',
    help: 'Door dit proces uitgevoerde taken, per soort.',
    labelNames: ['soort'],
    registers: [register],
  });
  const onbezorgbaar = new client.Counter({
    name: 'maatwerkbot_outbox_onbezorgbaar_totaal',
    help: 'Berichten die dit proces als onbezorgbaar afsloot: geen proces bezorgt hun platform.',
    labelNames: ['platform'],
    registers: [register],
  });
  new client.Gauge({
    name: 'maatwerkbot_metrieken_database_fout',
    help: '1 als de cijfers uit de database bij deze scrape niet gelezen konden worden.',
    registers: [register],
    async collect() {
      this.set((await cijfers()) ? 0 : 1);
    },
  });
  new client.Gauge({
    name: 'maatwerkbot_outbox_berichten',
    help: 'Berichten in de outbox per status (uit de database, voor alle replica’s samen).',
    labelNames: ['status'],
    registers: [register],
    async collect() {
      const c = await cijfers();
      if (!c) return;
      for (const status of new Set([...OUTBOX_STATUSSEN, ...c.outbox.keys()]))
        this.set({ status }, c.outbox.get(status) ?? 0);
    },
  });
  new client.Gauge({
    name: 'maatwerkbot_outbox_oudste_wachtend_seconden',
    help: 'Leeftijd van het oudste nog niet verzonden bericht (wachtend of bezig), in seconden; 0 als er geen is.',
    registers: [register],
    async collect() {
      const c = await cijfers();
      if (c) this.set(c.oudsteWachtendS);
    },
  });
  new client.Gauge({
    name: 'maatwerkbot_outbox_achterstand_seconden',
    help: 'Hoe lang het langst wachtende bericht dat aan de beurt is al op een bezorger wacht, in seconden.',
    registers: [register],
    async collect() {
      const c = await cijfers();
      if (c) this.set(c.achterstandS);
    },
  });
  new client.Gauge({
    name: 'maatwerkbot_jobs_due',
    help: 'Geplande taken waarvan het moment is aangebroken, per soort.',
    labelNames: ['soort'],
    registers: [register],
    async collect() {
      const c = await cijfers();
      if (!c) return;
      this.reset();
      for (const j of c.jobs) this.set({ soort: j.soort }, j.due);
    },
  });
  new client.Gauge({
    name: 'maatwerkbot_jobs_laat',
    help: `Geplande taken die meer dan ${LAAT_NA_MS / 60_000} minuten over hun moment zijn, per soort.`,
    labelNames: ['soort'],
    registers: [register],
    async collect() {
      const c = await cijfers();
      if (!c) return;
      this.reset();
      for (const j of c.jobs) this.set({ soort: j.soort }, j.laat);
    },
  });
  new client.Gauge({
    name: 'maatwerkbot_audit_ongeketend',
    help: 'Auditgebeurtenissen die nog niet in de hashketen zijn opgenomen.',
    registers: [register],
    async collect() {
      const c = await cijfers();
      if (c) this.set(c.ongeketend);
    },
  });

  return {
    register,
    ack: (platform, soort, seconden) => ack.observe({ platform, soort }, seconden),
    bezorgingMislukt: (platform, fout) => mislukt.inc({ platform, fout: foutLabel(fout) }),
    jobsKlaar(jobs) {
      const per = new Map<string, number>();
      for (const j of jobs) per.set(j.soort, (per.get(j.soort) ?? 0) + 1);
      for (const [soort, aantal] of per) jobsKlaar.inc({ soort }, aantal);
    },
    onbezorgbaar: (platform, aantal) => onbezorgbaar.inc({ platform }, aantal),
    async tekst() {
      lopend = null;
      try {
        return { tekst: await register.metrics(), contentType: register.contentType };
      } finally {
        lopend = null;
      }
    },
  };
}
