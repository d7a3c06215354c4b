// Nothing waits forever: a message for a platform that no running dispatcher serves (a `console` address
// from the example tables on a server without the console, a Slack address while Slack is off everywhere)
// ends as 'onbezorgbaar' with its reason, instead of waiting unseen among the real backlog.
//
// A dispatcher knows only its own platforms; another replica may serve the rest. So a message is ended by
// a dispatcher that cannot deliver it only after it has been due for `naMs` without anyone claiming it: a
// replica that serves its platform claims a due message within a tick or two, so only a platform that no
// process serves for that long (switched off, or down longer than the bound) leaves it that old.
import type { Diensten } from '../services/context.ts';
import { bronVan } from '../store/database.ts';

export interface Beeindigd {
  platform: string;
  aantal: number;
}

const minuten = (ms: number) => {
  const m = Math.round(ms / 60_000);
  return m === 1 ? '1 minuut' : `${m} minuten`;
};

/** Ends what no dispatcher claimed within `naMs` and `platforms` (this dispatcher's own) cannot deliver. */
export async function beeindigOnbezorgbaar(
  d: Diensten,
  platforms: readonly string[],
  naMs: number,
): Promise<Beeindigd[]> {
  const grens = new Date(d.klok.nu().getTime() - naMs);
  // A row another dispatcher claims meanwhile is 'bezig' when this UPDATE gets its lock, and is skipped.
  const rijen = await bronVan(d.db).lees.query<{ platform: string | null }>(
    `UPDATE "OutboxBericht"
        SET status = 'onbezorgbaar', "geclaimdTot" = NULL,
            "laatsteFout" = 'geen bezorger voor platform ' || coalesce(ontvanger->>'platform', '?') || $3
      WHERE ((status = 'wachtend' AND "volgendePoging" <= $1) OR (status = 'bezig' AND "geclaimdTot" <= $1))
        AND NOT (coalesce(ontvanger->>'platform', '') = ANY($2::text[]))
      RETURNING ontvanger->>'platform' AS platform`,
    [grens, [...platforms], ` binnen ${minuten(naMs)}: geen proces met dit platform aan`],
  );
  const per = new Map<string, number>();
  for (const r of rijen) per.set(r.platform ?? '?', (per.get(r.platform ?? '?') ?? 0) + 1);
  return [...per].map(([platform, aantal]) => ({ platform, aantal }));
}
