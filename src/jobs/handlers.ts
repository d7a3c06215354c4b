// Which service each job kind runs. The payload is parsed with zod: a row is outside input too.
import { TOEZEGGING_TREDEN } from '../domain/toezeggingladder.ts';
import { z } from '../domain/validatie.ts';
import type { JobSoort } from '../domain/woorden.ts';
import { verwijderGrafiek } from '../register/grafiekopslag.ts';
import { herinnerAanvulling } from '../services/aanvulling.ts';
import { deelAgenda } from '../services/agenda.ts';
import { wisVrijeTekst } from '../services/bewaartermijn.ts';
import { escalatieVerlopen } from '../services/escalatieverloop.ts';
import { herinnerLeden } from '../services/herinneringen.ts';
import { volgToezeggingOp, vraagEvaluatie } from '../services/opvolging.ts';
import { rondRondeAf, sluitNaDeadline } from '../services/sluiten.ts';
import { herinnerToestemming } from '../services/toestemming.ts';
import type { JobHandler } from './runner.ts';

// Built once: a zod schema is costly to build, cheap to use.
const payload = {
  ronde: z.object({ rondeId: z.string() }),
  herinnering: z.object({ rondeId: z.string(), nummer: z.number().int() }),
  escalatie: z.object({ escalatieId: z.string() }),
  // Every step of a commitment's ladder; without a step (jobs planned before the ladder) the reminder.
  toezegging: z.object({
    toezeggingId: z.string(),
    trede: z.enum(TOEZEGGING_TREDEN).default('herinnering'),
  }),
  agenda: z.object({ tafelId: z.string(), vergadering: z.string() }),
  casus: z.object({ casusId: z.string() }),
  besluit: z.object({ besluitId: z.string() }),
  grafiek: z.object({ grafiekId: z.string() }),
};

export const jobHandlers: Record<string, JobHandler> = {
  ronde_sluiten: (job, { tx, nu, laat }) =>
    sluitNaDeadline(tx, payload.ronde.parse(job.payload).rondeId, nu, laat),
  ronde_afronden: (job, { tx, nu, laat }) =>
    rondRondeAf(tx, payload.ronde.parse(job.payload).rondeId, nu, laat),
  herinnering: (job, { tx, nu, laat }) => {
    const p = payload.herinnering.parse(job.payload);
    return herinnerLeden(tx, p.rondeId, p.nummer, nu, laat, job);
  },
  escalatie_verlopen: (job, { tx, nu, laat }) =>
    escalatieVerlopen(tx, payload.escalatie.parse(job.payload).escalatieId, nu, laat),
  toezegging_herinnering: (job, { tx, nu, laat }) => {
    const p = payload.toezegging.parse(job.payload);
    return volgToezeggingOp(tx, p.toezeggingId, p.trede, nu, laat);
  },
  agenda: (job, { tx, nu, laat }) => {
    const p = payload.agenda.parse(job.payload);
    return deelAgenda(tx, p.tafelId, p.vergadering, nu, laat);
  },
  bewaartermijn: (job, { tx, nu }) => wisVrijeTekst(tx, payload.casus.parse(job.payload).casusId, nu),
  toestemming_herinnering: (job, { tx, nu }) =>
    herinnerToestemming(tx, payload.casus.parse(job.payload).casusId, nu),
  aanvulling_herinnering: (job, { tx, nu }) =>
    herinnerAanvulling(tx, payload.casus.parse(job.payload).casusId, nu),
  evaluatie_vragen: (job, { tx, nu }) => vraagEvaluatie(tx, payload.besluit.parse(job.payload).besluitId, nu),
  rapportgrafiek_verwijderen: (job, { tx, nu }) =>
    verwijderGrafiek(tx, payload.grafiek.parse(job.payload).grafiekId, nu),
} satisfies Record<JobSoort, JobHandler>;
