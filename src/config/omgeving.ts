// The environment, parsed once with zod. Everything is optional: without platform credentials the
// server still starts and says what is missing.
import { z } from '../domain/validatie.ts';

const leegIsWeg = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optioneel = <T extends z.ZodType>(s: T) => z.preprocess(leegIsWeg, s.optional());

export const omgevingSchema = z.object({
  PORT: z.preprocess(leegIsWeg, z.coerce.number().int().min(0).max(65535).default(3978)),
  HOST: z.preprocess(leegIsWeg, z.string().default('0.0.0.0')),
  DATABASE_URL: optioneel(
    z.string().regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL moet beginnen met postgresql://' }),
  ),
  MAATWERKBOT_DATA_DIR: z.preprocess(leegIsWeg, z.string().default('data/pglite')),
  MAATWERKBOT_CONFIG: optioneel(z.string()),
  LOG_LEVEL: z.preprocess(
    leegIsWeg,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  SLACK_SIGNING_SECRET: optioneel(z.string()),
  SLACK_BOT_TOKEN: optioneel(z.string().regex(/^xoxb-/, { error: 'SLACK_BOT_TOKEN begint met xoxb-' })),
  SLACK_APP_TOKEN: optioneel(z.string().regex(/^xapp-/, { error: 'SLACK_APP_TOKEN begint met xapp-' })),
  SLACK_API_URL: optioneel(z.url()),
  MICROSOFT_APP_ID: optioneel(z.string()),
  MICROSOFT_APP_PASSWORD: optioneel(z.string()),
  MICROSOFT_APP_TENANT_ID: optioneel(z.string()),
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
