// Warm-up before the server says it is ready: what the first request would otherwise pay for. Measured on a
// fresh start (bench/eerste-intake): the Dutch dictionary of the privacy check loads on its first use
// (~1.2 s of the ~1.5 s the first intake took), and the first casus pays for compiling Prisma's queries and
// zod's schemas, the register's similar-case query, the audit chain's statement and the outbox insert.
// So: one privacy scan of a sample text, and one complete intake in a transaction that is rolled back, so
// that nothing of it remains (no casus, no reference number, no audit event, no message). Platform adapters
// add their own steps (Slack: its request path and modals).
import type { Logboek } from '../logboek.ts';
import { raiseCasus } from '../services/casus.ts';
import type { Diensten } from '../services/context.ts';
import { bronVan, koppelBron } from '../store/database.ts';

export type Opwarmer = () => Promise<unknown>;

const VOORBEELD = {
  titel: 'Kostendelersnorm bij een inwonende meerderjarige zoon',
  situatie:
    'Een moeder met een meerderjarige zoon met een beperking die thuis woont. Door de kostendelersnorm daalt ' +
    'haar uitkering fors en dreigt een huurachterstand; de zoon kan nog niet zelfstandig wonen.',
  gevraagdeOplossing:
    'De kostendelersnorm een jaar buiten toepassing laten en intussen een passende woonvorm zoeken.',
  kostenMaatwerk: '2.400',
  kostenNietsDoen: '18.000',
  kostenNietsDoenToelichting: 'Uithuiszetting, tijdelijke opvang en een crisisplaatsing.',
  urgentie: 'normaal',
  betrokkenheid: 'hoog',
  toestemming: 'ja_vastgelegd',
  leefgebieden: ['inkomen', 'wonen'],
};

class Terugdraaien extends Error {}

/**
 * The same services on a database whose every transaction is rolled back at its end (after its last
 * statement, so all of it ran): for running a use case once without leaving anything behind.
 */
export function terugdraaiend(d: Diensten): Diensten {
  const db = new Proxy(d.db, {
    get(doel, sleutel) {
      const waarde = Reflect.get(doel, sleutel);
      return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
    },
  });
  const bron = bronVan(d.db);
  koppelBron(db, {
    lees: bron.lees,
    gelijktijdig: bron.gelijktijdig,
    async transactie(werk) {
      let uitkomst: Awaited<ReturnType<typeof werk>> | undefined;
      try {
        await bron.transactie(async (sql) => {
          uitkomst = await werk(sql);
          throw new Terugdraaien();
        });
      } catch (fout) {
        if (!(fout instanceof Terugdraaien)) throw fout;
      }
      return uitkomst as Awaited<ReturnType<typeof werk>>;
    },
  });
  return { ...d, db };
}

/** One intake by someone who exists, at a table of theirs, rolled back; false when there is none yet. */
export async function proefIntake(d: Diensten): Promise<boolean> {
  const [wie] = await bronVan(d.db).lees.query<{
    platform: string;
    extern: string;
    tafel: string;
    knelpunt: string | null;
  }>(
    `SELECT i.platform, i.extern, t.slug AS tafel,
            (SELECT k.code FROM "Knelpunt" k WHERE k."tenantId" = t."tenantId" ORDER BY k.code LIMIT 1) AS knelpunt
       FROM "Identiteit" i JOIN "Persoon" p ON p.id = i."persoonId"
       JOIN "Tafel" t ON t."tenantId" = p."tenantId" AND t.actief
      ORDER BY i.platform, i.extern LIMIT 1`,
  );
  if (!wie) return false;
  await raiseCasus(
    terugdraaiend(d),
    { platform: wie.platform as 'slack', extern: wie.extern },
    { ...VOORBEELD, tafel: wie.tafel, ...(wie.knelpunt ? { knelpunt: wie.knelpunt } : {}) } as never,
    // A key of its own, so the request-once bookkeeping runs too (and is rolled back with the rest).
    { verzoek: `opwarmen:${process.pid}:${Date.now()}` },
  );
  return true;
}

export interface OpwarmVerslag {
  ms: number;
  stappen: Record<string, number | string>;
}

/** Runs every step, each timed; a step that fails is logged and skipped: warm-up is an optimisation. */
export async function warmOp(
  d: Diensten,
  log: Logboek,
  platformen: Record<string, Opwarmer> = {},
): Promise<OpwarmVerslag> {
  const stappen: Record<string, number | string> = {};
  const begin = performance.now();
  const stap = async (naam: string, werk: Opwarmer) => {
    const t = performance.now();
    try {
      const uit = await werk();
      stappen[naam] = uit === false ? 'overgeslagen' : Math.round(performance.now() - t);
    } catch (fout) {
      stappen[naam] = 'mislukt';
      log.warn({ err: fout, stap: naam }, 'opwarmen: stap mislukt');
    }
  };
  await stap('privacy', async () =>
    d.privacy.scan(VOORBEELD.situatie, { namen: ['Marieke Jansen'], woordenschat: [] }),
  );
  await stap('intake', () => proefIntake(d));
  for (const [naam, werk] of Object.entries(platformen)) await stap(naam, werk);
  return { ms: Math.round(performance.now() - begin), stappen };
}
