// Runs due jobs. A batch of due jobs is claimed with FOR UPDATE SKIP LOCKED and done in one
// transaction (groepsCommit, services/groepscommit.ts, as answers are): each job's effect and its completion
// commit together or not at all, and replicas never take the same job. A batch shares one commit, one
// append to the audit chain and one insert of its outbox messages; that is what makes hundreds of jobs a
// second possible. When anything in a batch fails, none of it happened: its jobs are then claimed again and
// done one per transaction, so the failing one is found, recorded and tried again later while the others
// go through.
import type { Job } from '@prisma/client';
import { type Diensten, inTransactie, isHerhaalbaar, type Tx } from '../services/context.ts';
import { groepsCommit, type Uitkomst } from '../services/groepscommit.ts';
import { isOvergeslagen, volgPartij } from '../services/jobplanning.ts';
import { bronVan } from '../store/database.ts';

export interface JobContext {
  tx: Tx;
  nu: Date;
  /** True when the job runs well after its due time (e.g. the process was down). */
  laat: boolean;
}

export type JobHandler = (job: Job, ctx: JobContext) => Promise<unknown>;

export interface RunVerslag {
  uitgevoerd: number;
  mislukt: number;
}

/** A job this long past its due time runs with `laat` (and counts as late in the metrics). */
export const LAAT_NA_MS = 5 * 60_000;
const MAX_POGINGEN = 5;
/** Jobs per transaction: enough to share the commit, few enough that the casus locks are brief. */
export const PARTIJ = 50;

const foutTekst = (fout: unknown) => (fout instanceof Error ? fout.message.slice(0, 500) : 'onbekende fout');

/** Backoff after a failed attempt: 1, 2, 4 … minutes. */
const opnieuwNa = (pogingen: number) => 2 ** pogingen * 30_000;

async function claim(tx: Tx, nu: Date, aantal: number, id?: string, soorten?: string[]): Promise<Job[]> {
  if (id)
    return tx.sql.query<Job>(
      `SELECT * FROM "Job" WHERE id = $1 AND status = 'gepland' FOR UPDATE SKIP LOCKED`,
      [id],
    );
  return soorten
    ? tx.sql.query<Job>(
        `SELECT * FROM "Job" WHERE status = 'gepland' AND due <= $1 AND soort = ANY($3::text[])
          ORDER BY due, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [nu, aantal, soorten],
      )
    : tx.sql.query<Job>(
        `SELECT * FROM "Job" WHERE status = 'gepland' AND due <= $1
          ORDER BY due, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [nu, aantal],
      );
}

/**
 * The jobs in the current transaction, each marked done: per job, why its moment had passed its use when
 * it ran (said in the log, nothing sent), or null. Throws when any job fails: then none of it happened.
 *
 * A job an earlier job of the same batch cancelled (a reminder of the round just closed) does not run, and a
 * job that cancels its own group (closing a round cancels `ronde:<id>:`) stays recorded as done: both known
 * from `annuleerJobs` without a query per job (services/jobplanning.ts).
 */
async function voerUit(
  tx: Tx,
  handlers: Record<string, JobHandler>,
  jobs: Job[],
  nu: Date,
): Promise<Uitkomst<string | null>[]> {
  const partij = volgPartij(tx);
  const uitkomsten: Uitkomst<string | null>[] = [];
  for (const job of jobs) {
    const handler = handlers[job.soort];
    if (!handler) throw new Error(`geen handler voor job-soort ${job.soort}`);
    if (partij.geannuleerd(job.id)) {
      uitkomsten.push({ waarde: 'geannuleerd door een eerdere job in dezelfde partij' });
      continue;
    }
    partij.bijJob(job.id);
    const uitkomst = await handler(job, { tx, nu, laat: nu.getTime() - job.due.getTime() > LAAT_NA_MS });
    uitkomsten.push({ waarde: isOvergeslagen(uitkomst) ? uitkomst.overgeslagen : null });
  }
  partij.bijJob(null);
  if (jobs.length > 0) {
    await tx.sql.query(
      // A job its handler marked otherwise (a reminder superseded by a later one) keeps that mark.
      `UPDATE "Job" SET status = 'klaar', afgerond = $2, pogingen = pogingen + 1
        WHERE id = ANY($1::text[]) AND status = 'gepland'`,
      [jobs.map((j) => j.id), nu],
    );
  }
  return uitkomsten;
}

async function registreerFout(d: Diensten, job: Job, fout: unknown) {
  const nu = d.klok.nu();
  const pogingen = job.pogingen + 1;
  await inTransactie(d, (tx) =>
    tx.sql.query(`UPDATE "Job" SET pogingen = $2, "laatsteFout" = $3, status = $4, due = $5 WHERE id = $1`, [
      job.id,
      pogingen,
      foutTekst(fout),
      pogingen >= MAX_POGINGEN ? 'mislukt' : 'gepland',
      new Date(nu.getTime() + opnieuwNa(pogingen)),
    ]),
  );
}

export interface RunOpties {
  /** At most this many jobs in this call (default 500). */
  max?: number;
  /** Jobs per transaction (default PARTIJ). */
  partij?: number;
  /**
   * Batches worked on at once, each on its own connection: while one waits for the database, the next
   * one runs. Only useful on PostgreSQL; PGlite has one connection (default 1).
   */
  parallel?: number;
  bijFout?: (job: Job, fout: unknown) => void;
  /** After the commit of jobs that were done (for the metrics). */
  bijKlaar?: (jobs: readonly Job[]) => void;
  /** After the commit of a job that ran too late to be of use and sent nothing (for the log). */
  bijOvergeslagen?: (job: Job, reden: string) => void;
  /** Only jobs of these kinds (e.g. the follow-up of rounds just closed); default all. */
  soorten?: string[];
}

export async function voerDueJobsUit(
  d: Diensten,
  handlers: Record<string, JobHandler>,
  opties: RunOpties = {},
): Promise<RunVerslag> {
  const verslag: RunVerslag = { uitgevoerd: 0, mislukt: 0 };
  // Every replica ticks after every action; mostly nothing is due. One indexed look-up then, instead of a
  // claiming transaction per worker.
  const [iets] = await bronVan(d.db).lees.query(
    `SELECT 1 FROM "Job" WHERE status = 'gepland' AND due <= $1${opties.soorten ? ' AND soort = ANY($2::text[])' : ''} LIMIT 1`,
    opties.soorten ? [d.klok.nu(), opties.soorten] : [d.klok.nu()],
  );
  if (!iets) return verslag;
  const max = opties.max ?? 500;
  const partij = opties.partij ?? PARTIJ;
  let inVlucht = 0;
  let klaar = false;
  const werker = async () => {
    while (!klaar) {
      const ruimte = max - verslag.uitgevoerd - verslag.mislukt - inVlucht;
      if (ruimte <= 0) return;
      const aantal = Math.min(partij, ruimte);
      inVlucht += aantal;
      try {
        if (!(await werkPartij(d, handlers, aantal, verslag, opties))) klaar = true;
      } finally {
        inVlucht -= aantal;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opties.parallel ?? 1) }, werker));
  return verslag;
}

/** One batch; false when nothing was due (or only jobs that keep deadlocking). */
async function werkPartij(
  d: Diensten,
  handlers: Record<string, JobHandler>,
  aantal: number,
  verslag: RunVerslag,
  { bijFout, bijKlaar, bijOvergeslagen, soorten }: RunOpties,
): Promise<boolean> {
  const nu = d.klok.nu();
  const uitkomsten = await groepsCommit<Job, string | null>(d, {
    eenheden: (tx) => claim(tx, nu, aantal, undefined, soorten),
    werk: (tx, jobs) => voerUit(tx, handlers, jobs, nu),
    // Alone, a job is claimed again: another replica may have done it since the batch rolled back.
    opnieuwNemen: async (tx, job) => (await claim(tx, nu, 1, job.id))[0] ?? null,
    bijFout: async (job, fout) => {
      // A deadlock with another replica (after inTransactie's own retries) is nobody's fault: it stays due.
      if (!isHerhaalbaar(fout)) {
        bijFout?.(job, fout);
        await registreerFout(d, job, fout);
      }
      return { fout };
    },
  });
  const gedaan: Job[] = [];
  let voortgang = false;
  for (const { eenheid: job, uitkomst } of uitkomsten) {
    if ('weg' in uitkomst) voortgang = true;
    else if ('waarde' in uitkomst) {
      voortgang = true;
      gedaan.push(job);
    } else if (!isHerhaalbaar(uitkomst.fout)) {
      voortgang = true;
      verslag.mislukt++;
    }
  }
  verslag.uitgevoerd += gedaan.length;
  if (gedaan.length > 0) bijKlaar?.(gedaan);
  for (const { eenheid: job, uitkomst } of uitkomsten)
    if ('waarde' in uitkomst && uitkomst.waarde !== null) bijOvergeslagen?.(job, uitkomst.waarde);
  return voortgang;
}
