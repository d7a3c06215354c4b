// Runs due jobs: each is claimed with FOR UPDATE SKIP LOCKED and done in the same transaction as
// its effect, so a job's effect and its completion commit together or not at all, and replicas
// never take the same job.
import type { Job } from '@prisma/client';
import { type Diensten, inTransactie, type Tx } from '../services/context.ts';

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

const LAAT_NA_MS = 5 * 60_000;
const MAX_POGINGEN = 5;

export async function voerDueJobsUit(
  d: Diensten,
  handlers: Record<string, JobHandler>,
  opties: { max?: number; bijFout?: (job: Job, fout: unknown) => void } = {},
): Promise<RunVerslag> {
  const verslag: RunVerslag = { uitgevoerd: 0, mislukt: 0 };
  const max = opties.max ?? 500;
  while (verslag.uitgevoerd + verslag.mislukt < max) {
    let geclaimd: Job | null = null;
    try {
      const klaar = await inTransactie(d, async (tx) => {
        const nu = d.klok.nu();
        const [rij] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Job" WHERE status = 'gepland' AND due <= ${nu}
          ORDER BY due, id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!rij) return false;
        const job = await tx.job.findUniqueOrThrow({ where: { id: rij.id } });
        geclaimd = job;
        const handler = handlers[job.soort];
        if (!handler) throw new Error(`geen handler voor job-soort ${job.soort}`);
        await handler(job, { tx, nu, laat: nu.getTime() - job.due.getTime() > LAAT_NA_MS });
        await tx.job.update({
          where: { id: job.id },
          data: { status: 'klaar', afgerond: nu, pogingen: { increment: 1 } },
        });
        return true;
      });
      if (!klaar) break;
      verslag.uitgevoerd++;
    } catch (fout) {
      const job = geclaimd as Job | null;
      if (!job) throw fout;
      verslag.mislukt++;
      opties.bijFout?.(job, fout);
      // The effect rolled back with the claim; record the failure and try again later.
      const nu = d.klok.nu();
      const pogingen = job.pogingen + 1;
      await d.db.job.update({
        where: { id: job.id },
        data: {
          pogingen,
          laatsteFout: fout instanceof Error ? fout.message.slice(0, 500) : 'onbekende fout',
          status: pogingen >= MAX_POGINGEN ? 'mislukt' : 'gepland',
          due: new Date(nu.getTime() + 2 ** pogingen * 30_000),
        },
      });
    }
  }
  return verslag;
}
