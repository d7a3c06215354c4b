// The language of the person who clicked, typed or opened something: looked up once per request, and
// only when a listener asks (most acks need no words), from the tables file's choice or the tenant's.
import { z } from 'zod';
import type { Diensten } from '../../../src/services/context.ts';
import { taalVan } from '../../../src/services/identiteit.ts';
import { STANDAARDTAAL, type Taal } from '../../../src/taal/taal.ts';

const TAAL = 'maatwerkbotTaal';

/** The fields of any Slack payload that say who acts and in which workspace. */
const actorSchema = z.object({
  user_id: z.string().optional(),
  team_id: z.string().optional(),
  user: z.object({ id: z.string(), team_id: z.string().optional() }).partial().optional(),
  team: z.object({ id: z.string() }).partial().nullable().optional(),
  event: z.object({ user: z.string().optional() }).partial().optional(),
});

export function zetTaal(context: Record<string, unknown>, d: Diensten, body: unknown): void {
  let gevraagd: Promise<Taal> | undefined;
  context[TAAL] = () => {
    gevraagd ??= (async () => {
      const b = actorSchema.safeParse(body);
      if (!b.success) return STANDAARDTAAL;
      const extern = b.data.user_id ?? b.data.user?.id ?? b.data.event?.user;
      if (!extern) return STANDAARDTAAL;
      const werkruimte = b.data.team_id ?? b.data.team?.id ?? b.data.user?.team_id;
      return taalVan(d, { platform: 'slack', extern, ...(werkruimte ? { werkruimte } : {}) }).catch(
        () => STANDAARDTAAL,
      );
    })();
    return gevraagd;
  };
}

/** In a listener: `const taal = await taalVanActor(context)`. Dutch outside a request (tests, warm-up). */
export function taalVanActor(context: Record<string, unknown>): Promise<Taal> {
  const vraag = context[TAAL];
  return typeof vraag === 'function' ? (vraag as () => Promise<Taal>)() : Promise.resolve(STANDAARDTAAL);
}
