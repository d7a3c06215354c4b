// Readiness: may this process get requests? Ready when the migrations it ships are applied, the database
// answers, its scheduler ticked recently, no due outbox message for its platforms has waited unclaimed
// past a bound, and its warm-up is done. Each check says why not, in Dutch, for the one who reads the probe.
// Liveness is another question (see /healthz): a process that is alive but not ready must not be restarted.
import type { Diensten } from '../services/context.ts';
import { bronVan } from '../store/database.ts';
import { leesMigraties } from '../store/migraties.ts';

export type ControleNaam = 'migraties' | 'database' | 'planner' | 'outbox' | 'opwarmen';

export interface Oordeel {
  gereed: boolean;
  /** Per check: 'ok', or why not. */
  controles: Record<ControleNaam, string>;
  /** Why not: the failed checks, in the order above (not those that could not be checked). */
  redenen: string[];
}

export interface GereedheidsInstellingen {
  /** Seconds between scheduler ticks; the scheduler is late after three of them. */
  tikSeconden: number;
  /** A due outbox message may wait unclaimed this long (seconds); 0 leaves the outbox out. */
  outboxMaxSeconden: number;
  /** The platforms this process delivers to: only their messages are its backlog. */
  platforms: () => readonly string[];
  /** A database check slower than this counts as unreachable (ms, default 2000). */
  databaseBinnenMs?: number;
}

export interface Gereedheid {
  tikBegint(): void;
  tikKlaar(): void;
  opgewarmd(): void;
  oordeel(): Promise<Oordeel>;
}

class TeLaat extends Error {}

function binnen<T>(ms: number, werk: Promise<T>): Promise<T> {
  let klok: NodeJS.Timeout | undefined;
  return Promise.race([
    werk,
    new Promise<never>((_, mis) => {
      klok = setTimeout(() => mis(new TeLaat()), ms);
    }),
  ]).finally(() => clearTimeout(klok));
}

const s = (ms: number) => Math.round(ms / 1000);

export function maakGereedheid(d: Diensten, i: GereedheidsInstellingen): Gereedheid {
  const verwacht = leesMigraties().map((m) => m.naam);
  const tikGrensMs = 3 * i.tikSeconden * 1000;
  const dbGrensMs = i.databaseBinnenMs ?? 2000;
  let laatsteTik: number | null = null;
  let tikSinds: number | null = null;
  let warm = false;
  const nu = () => d.klok.nu().getTime();

  async function database(): Promise<Pick<Oordeel['controles'], 'migraties' | 'database' | 'outbox'>> {
    const lees = bronVan(d.db).lees;
    try {
      const toegepast = new Set(
        (
          await binnen(
            dbGrensMs,
            lees.query<{ migration_name: string }>(
              `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
            ),
          )
        ).map((r) => r.migration_name),
      );
      const ontbreekt = verwacht.filter((m) => !toegepast.has(m));
      const migraties =
        ontbreekt.length === 0
          ? 'ok'
          : `${ontbreekt.length} migratie(s) niet toegepast: ${ontbreekt.slice(0, 3).join(', ')}${ontbreekt.length > 3 ? ', …' : ''}`;
      let outbox = 'ok';
      if (i.outboxMaxSeconden > 0) {
        const [rij] = await binnen(
          dbGrensMs,
          lees.query<{ oudste: Date | null }>(
            `SELECT min("volgendePoging") AS oudste FROM "OutboxBericht"
              WHERE status = 'wachtend' AND "volgendePoging" <= $1 AND ontvanger->>'platform' = ANY($2::text[])`,
            [d.klok.nu(), [...i.platforms()]],
          ),
        );
        const wacht = rij?.oudste ? nu() - new Date(rij.oudste).getTime() : 0;
        if (wacht > i.outboxMaxSeconden * 1000)
          outbox = `outbox loopt achter: een bericht wacht al ${s(wacht)} s op bezorging (grens ${i.outboxMaxSeconden} s)`;
      }
      return { migraties, database: 'ok', outbox };
    } catch (fout) {
      const reden =
        fout instanceof TeLaat
          ? `database antwoordt niet binnen ${dbGrensMs} ms`
          : `database onbereikbaar (${(fout as { code?: string })?.code ?? (fout as Error)?.name ?? 'fout'})`;
      return {
        migraties: 'onbekend: database onbereikbaar',
        database: reden,
        outbox: 'onbekend: database onbereikbaar',
      };
    }
  }

  function planner(): string {
    const t = nu();
    if (tikSinds !== null && t - tikSinds > tikGrensMs)
      return `planner-tik loopt al ${s(t - tikSinds)} s (grens ${s(tikGrensMs)} s)`;
    if (laatsteTik === null) return tikSinds === null ? 'planner heeft nog niet getikt' : 'ok';
    if (tikSinds === null && t - laatsteTik > tikGrensMs)
      return `planner heeft ${s(t - laatsteTik)} s niet getikt (grens ${s(tikGrensMs)} s)`;
    return 'ok';
  }

  return {
    tikBegint() {
      tikSinds = nu();
    },
    tikKlaar() {
      laatsteTik = nu();
      tikSinds = null;
    },
    opgewarmd() {
      warm = true;
    },
    async oordeel() {
      const db = await database();
      const controles: Record<ControleNaam, string> = {
        migraties: db.migraties,
        database: db.database,
        planner: planner(),
        outbox: db.outbox,
        opwarmen: warm ? 'ok' : 'nog bezig met opwarmen',
      };
      const mis = Object.values(controles).filter((c) => c !== 'ok');
      // What could not be checked for want of a database is not a reason of its own.
      return { gereed: mis.length === 0, controles, redenen: mis.filter((c) => !c.startsWith('onbekend')) };
    },
  };
}
