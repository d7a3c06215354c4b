// The environment, parsed once with zod. Everything is optional: without platform credentials the
// server still starts and says what is missing. Whether the platform variables that are set belong
// together is judged at start-up (platformen.ts), so that other commands are not refused for them.
import { z } from '../domain/validatie.ts';

const LOKAAL = new Set(['localhost', '127.0.0.1', '[::1]']);

const leegIsWeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optioneel = <T extends z.ZodType>(s: T) => z.preprocess(leegIsWeg, s.optional());

export const omgevingSchema = z.object({
  PORT: z.preprocess(leegIsWeg, z.coerce.number().int().min(0).max(65535).default(3978)),
  /**
   * The address to listen on. Loopback by default: the expected production set-up has a reverse proxy
   * (TLS) on the same machine in front; set 0.0.0.0 when the proxy or load balancer is elsewhere.
   */
  HOST: z.preprocess(leegIsWeg, z.string().default('127.0.0.1')),
  DATABASE_URL: optioneel(
    z.string().regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL moet beginnen met postgresql://' }),
  ),
  MAATWERKBOT_DATA_DIR: z.preprocess(leegIsWeg, z.string().default('data/pglite')),
  MAATWERKBOT_CONFIG: optioneel(z.string()),
  LOG_LEVEL: z.preprocess(
    leegIsWeg,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /** `json` (one object per line) or `pretty` (readable); default pretty in a terminal, json otherwise. */
  LOG_FORMAT: optioneel(z.enum(['json', 'pretty'], { error: 'LOG_FORMAT is json of pretty' })),
  /** Prometheus metrics on a port of their own (on MAATWERKBOT_METRICS_HOST); off when unset. */
  MAATWERKBOT_METRICS_PORT: optioneel(
    z.coerce
      .number({ error: 'MAATWERKBOT_METRICS_PORT moet een poortnummer zijn (0–65535)' })
      .int({ error: 'MAATWERKBOT_METRICS_PORT moet een poortnummer zijn (0–65535)' })
      .min(0, { error: 'MAATWERKBOT_METRICS_PORT moet een poortnummer zijn (0–65535)' })
      .max(65535, { error: 'MAATWERKBOT_METRICS_PORT moet een poortnummer zijn (0–65535)' }),
  ),
  MAATWERKBOT_METRICS_HOST: z.preprocess(leegIsWeg, z.string().default('127.0.0.1')),
  /** With it, /metrics on the main port too, for `Authorization: Bearer <token>` only. */
  MAATWERKBOT_METRICS_TOKEN: optioneel(
    z.string().min(16, { error: 'MAATWERKBOT_METRICS_TOKEN moet minstens 16 tekens lang zijn' }),
  ),
  /** /readyz fails when a due outbox message waited this long unclaimed (seconds; 0: not checked). */
  MAATWERKBOT_GEREED_OUTBOX_SECONDEN: z.preprocess(
    leegIsWeg,
    z.coerce
      .number({
        error: 'MAATWERKBOT_GEREED_OUTBOX_SECONDEN moet een geheel aantal seconden zijn (0 of meer)',
      })
      .int({ error: 'MAATWERKBOT_GEREED_OUTBOX_SECONDEN moet een geheel aantal seconden zijn (0 of meer)' })
      .min(0, {
        error: 'MAATWERKBOT_GEREED_OUTBOX_SECONDEN moet een geheel aantal seconden zijn (0 of meer)',
      })
      .default(300),
  ),
  /** A message for a platform no process serves ends as 'onbezorgbaar' after this many minutes unclaimed. */
  MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN: z.preprocess(
    leegIsWeg,
    z.coerce
      .number({ error: 'MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN moet een geheel aantal minuten zijn (1–10080)' })
      .int({ error: 'MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN moet een geheel aantal minuten zijn (1–10080)' })
      .min(1, { error: 'MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN moet een geheel aantal minuten zijn (1–10080)' })
      .max(10080, {
        error: 'MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN moet een geheel aantal minuten zijn (1–10080)',
      })
      .default(15),
  ),
  SLACK_SIGNING_SECRET: optioneel(z.string()),
  SLACK_BOT_TOKEN: optioneel(z.string().regex(/^xoxb-/, { error: 'SLACK_BOT_TOKEN begint met xoxb-' })),
  SLACK_APP_TOKEN: optioneel(z.string().regex(/^xapp-/, { error: 'SLACK_APP_TOKEN begint met xapp-' })),
  SLACK_API_URL: optioneel(z.url()),
  MICROSOFT_APP_ID: optioneel(z.string()),
  MICROSOFT_APP_PASSWORD: optioneel(z.string()),
  MICROSOFT_APP_TENANT_ID: optioneel(z.string()),
  /** `1`: Teams without an app id, unauthenticated, for the Bot Framework Emulator on this machine only. */
  MAATWERKBOT_TEAMS_EMULATOR: z.preprocess(
    leegIsWeg,
    z
      .enum(['0', '1'], { error: 'MAATWERKBOT_TEAMS_EMULATOR is 1 (emulatormodus aan) of 0 (uit)' })
      .default('0')
      .transform((v) => v === '1'),
  ),
  /**
   * The address at which Teams (and its users) reach this server, e.g. https://bot.utrecht.nl: cards show
   * the monthly report's chart from there. Without it, the bot's domain of the Teams package is used.
   */
  MAATWERKBOT_PUBLIEKE_URL: optioneel(
    z
      .url({ error: 'MAATWERKBOT_PUBLIEKE_URL moet een adres zijn, zoals https://bot.gemeente.nl' })
      // zod runs these after a failed url check too: only judge what parses.
      .refine(
        (u) => {
          const url = URL.canParse(u) ? new URL(u) : null;
          return !url || url.protocol === 'https:' || (url.protocol === 'http:' && LOKAAL.has(url.hostname));
        },
        { error: 'MAATWERKBOT_PUBLIEKE_URL moet met https:// beginnen (http:// alleen voor localhost)' },
      )
      .refine((u) => !URL.canParse(u) || (!new URL(u).search && !new URL(u).hash), {
        error: 'MAATWERKBOT_PUBLIEKE_URL mag geen ? of # bevatten',
      }),
  ),
  /** The bot's public domain, as for `npm run teams:pakket`; https://<BOT_DOMAIN> when no public URL is set. */
  BOT_DOMAIN: optioneel(z.string()),
  /**
   * Batches of due jobs the scheduler works on at once (each on its own connection); default 2 on
   * PostgreSQL, 1 on PGlite (one connection). See bench/scheduler and the README for what to choose.
   */
  MAATWERKBOT_PLANNER_PARALLEL: optioneel(
    z.coerce
      .number({ error: 'MAATWERKBOT_PLANNER_PARALLEL moet een geheel getal van 1 tot en met 32 zijn' })
      .int({ error: 'MAATWERKBOT_PLANNER_PARALLEL moet een geheel getal van 1 tot en met 32 zijn' })
      .min(1, { error: 'MAATWERKBOT_PLANNER_PARALLEL moet een geheel getal van 1 tot en met 32 zijn' })
      .max(32, { error: 'MAATWERKBOT_PLANNER_PARALLEL moet een geheel getal van 1 tot en met 32 zijn' }),
  ),
  /**
   * The key that signs the audit chain's checkpoints (at least 32 characters), or a file holding it. Keep
   * it away from the database and its backups: see README, "Auditspoor". Without either, a key file is
   * created next to the data directory (with a warning).
   */
  MAATWERKBOT_AUDIT_SLEUTEL: optioneel(
    z.string().min(32, { error: 'MAATWERKBOT_AUDIT_SLEUTEL moet minstens 32 tekens zijn' }),
  ),
  MAATWERKBOT_AUDIT_SLEUTELBESTAND: optioneel(z.string()),
  /** The append-only file of signed checkpoints (default next to the data directory). */
  MAATWERKBOT_AUDIT_ANKERBESTAND: optioneel(z.string()),
  /** Minutes between checkpoints (also written at shutdown). */
  MAATWERKBOT_AUDIT_ANKER_MINUTEN: z.preprocess(
    leegIsWeg,
    z.coerce
      .number({ error: 'MAATWERKBOT_AUDIT_ANKER_MINUTEN moet een getal van 1 tot en met 1440 zijn' })
      .min(1, { error: 'MAATWERKBOT_AUDIT_ANKER_MINUTEN moet een getal van 1 tot en met 1440 zijn' })
      .max(1440, { error: 'MAATWERKBOT_AUDIT_ANKER_MINUTEN moet een getal van 1 tot en met 1440 zijn' })
      .default(5),
  ),
  /** `audit verifieer` fails when an event has waited longer than this for its place in the chain. */
  MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN: z.preprocess(
    leegIsWeg,
    z.coerce
      .number({ error: 'MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN moet een getal van 1 tot en met 1440 zijn' })
      .min(1, { error: 'MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN moet een getal van 1 tot en met 1440 zijn' })
      .max(1440, {
        error: 'MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN moet een getal van 1 tot en met 1440 zijn',
      })
      .default(5),
  ),
  /** Seconds between scheduler ticks. */
  MAATWERKBOT_TIK_SECONDEN: z.preprocess(leegIsWeg, z.coerce.number().int().min(1).max(3600).default(5)),
});

export type Omgeving = z.infer<typeof omgevingSchema>;

export function leesOmgeving(env: NodeJS.ProcessEnv = process.env): Omgeving {
  return omgevingSchema.parse(env);
}

export function databaseKeuze(o: Omgeving) {
  return o.DATABASE_URL
    ? ({ soort: 'postgres', url: o.DATABASE_URL } as const)
    : ({ soort: 'pglite', dataMap: o.MAATWERKBOT_DATA_DIR } as const);
}

/**
 * The base URL for links to this server (with a trailing slash), or undefined when none is configured.
 * BOT_DOMAIN is read as the package script reads it: a scheme or path around the domain is dropped.
 */
export function publiekeUrl(o: Omgeving): string | undefined {
  if (o.MAATWERKBOT_PUBLIEKE_URL)
    return o.MAATWERKBOT_PUBLIEKE_URL.endsWith('/')
      ? o.MAATWERKBOT_PUBLIEKE_URL
      : `${o.MAATWERKBOT_PUBLIEKE_URL}/`;
  const domein = o.BOT_DOMAIN?.trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  return domein ? `https://${domein}/` : undefined;
}
