// Durable time-driven steps, planned and cancelled in the transaction of the change that implies them.
import { randomUUID } from 'node:crypto';
import type { JobSoort } from '../domain/woorden.ts';
import { json } from '../store/rijen.ts';
import type { Tx } from './context.ts';

export type { JobSoort } from '../domain/woorden.ts';

export interface JobPlan {
  soort: JobSoort;
  /** One live job per purpose; planning the same key again moves its due time. `groep:naam`, e.g. `ronde:<id>:sluiten`. */
  sleutel: string;
  due: Date;
  payload: Record<string, string | number>;
}

/** The jobs cancelled together: the key's first two parts (`ronde:<id>`, `escalatie:<id>`). */
export function jobGroep(sleutel: string): string {
  return sleutel.split(':').slice(0, 2).join(':');
}

export async function planJob(tx: Tx, plan: JobPlan, nu: Date): Promise<void> {
  await tx.sql.query(
    `INSERT INTO "Job" (id, soort, sleutel, groep, payload, due, aangemaakt) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (sleutel) DO UPDATE SET
       due = EXCLUDED.due, payload = EXCLUDED.payload, status = 'gepland', pogingen = 0, afgerond = NULL`,
    [randomUUID(), plan.soort, plan.sleutel, jobGroep(plan.sleutel), json(plan.payload), plan.due, nu],
  );
}

/**
 * What the job runner is doing in a transaction: the job whose handler runs now, and the jobs of its batch
 * cancelled meanwhile. Kept beside the transaction (not in the database) so a batch pays no extra query.
 */
interface LopendePartij {
  job: string | null;
  geannuleerd: Set<string>;
}
const partijen = new WeakMap<Tx, LopendePartij>();

/** The runner starts a batch in `tx`; `bijJob(id)` before each handler; `geannuleerd(id)` asks about one. */
export function volgPartij(tx: Tx) {
  const partij: LopendePartij = { job: null, geannuleerd: new Set() };
  partijen.set(tx, partij);
  return {
    bijJob: (id: string | null) => {
      partij.job = id;
    },
    geannuleerd: (id: string) => partij.geannuleerd.has(id),
  };
}

/**
 * Cancels planned jobs whose key starts with a prefix of at least two parts (e.g. `ronde:<id>:`). Run from a
 * job (closing a round cancels the round's jobs), the job itself is left alone: it is being done, not
 * cancelled; the others of its batch that it cancels are remembered, so the runner does not run them.
 */
export async function annuleerJobs(tx: Tx, sleutelBegin: string, nu: Date): Promise<number> {
  const partij = partijen.get(tx);
  const rijen = await tx.sql.query<{ id: string }>(
    `UPDATE "Job" SET status = 'geannuleerd', afgerond = $3
      WHERE groep = $1 AND status = 'gepland' AND left(sleutel, length($2::text)) = $2::text
        AND id IS DISTINCT FROM $4
      RETURNING id`,
    [jobGroep(sleutelBegin), sleutelBegin, nu, partij?.job ?? null],
  );
  for (const { id } of rijen) partij?.geannuleerd.add(id);
  return rijen.length;
}

/**
 * What a job returns when its moment passed its use before it ran (an agenda for a meeting that has
 * already been held): it sends nothing, and the planner says in the log what was skipped and why.
 */
export interface Overgeslagen {
  overgeslagen: string;
}

export const overslaan = (reden: string): Overgeslagen => ({ overgeslagen: reden });

export const isOvergeslagen = (uitkomst: unknown): uitkomst is Overgeslagen =>
  typeof uitkomst === 'object' &&
  uitkomst !== null &&
  typeof (uitkomst as Overgeslagen).overgeslagen === 'string';
