// Durable time-driven steps, planned and cancelled in the transaction of the change that implies them.
import type { Prisma } from '@prisma/client';
import type { Tx } from '../services/context.ts';

export type JobSoort =
  | 'ronde_sluiten'
  | 'herinnering'
  | 'escalatie_verlopen'
  | 'toezegging_herinnering'
  | 'evaluatie_vragen'
  | 'agenda'
  | 'bewaartermijn'
  | 'toestemming_herinnering'
  | 'rapportgrafiek_verwijderen';

export interface JobPlan {
  soort: JobSoort;
  /** One live job per purpose; planning the same key again moves its due time. */
  sleutel: string;
  due: Date;
  payload: Record<string, string | number>;
}

export async function planJob(tx: Tx, plan: JobPlan, nu: Date): Promise<void> {
  await tx.job.upsert({
    where: { sleutel: plan.sleutel },
    create: { ...plan, payload: plan.payload as Prisma.InputJsonObject, aangemaakt: nu },
    update: {
      due: plan.due,
      payload: plan.payload as Prisma.InputJsonObject,
      status: 'gepland',
      pogingen: 0,
      afgerond: null,
    },
  });
}

/** Cancels planned jobs whose key starts with a prefix (e.g. every job of one round). */
export async function annuleerJobs(tx: Tx, sleutelBegin: string, nu: Date): Promise<number> {
  const { count } = await tx.job.updateMany({
    where: { sleutel: { startsWith: sleutelBegin }, status: 'gepland' },
    data: { status: 'geannuleerd', afgerond: nu },
  });
  return count;
}
