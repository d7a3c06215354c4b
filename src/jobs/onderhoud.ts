// Housekeeping on every process's scheduler tick: chain committed audit events (auditvolgorde.ts), write
// a signed checkpoint of each chain head every few minutes and at shutdown (auditanker.ts), and forget
// platform deliveries whose redelivery window has passed (eenmalig.ts) and intake drafts past their
// retention (concept.ts). Safe on any number of replicas.
import { type AnkerInstellingen, type AnkerLog, zetAnkers } from '../services/auditanker.ts';
import { ketenAudit } from '../services/auditvolgorde.ts';
import { vergeetVerlopenConcepten } from '../services/concept.ts';
import type { Diensten } from '../services/context.ts';
import { vergeetVerlopenLeveringen } from '../services/eenmalig.ts';

export interface Onderhoud {
  /** One tick: chain, and checkpoint or clean up when their time has come. */
  tik(): Promise<{ geketend: number; ankers: number; vergeten: number }>;
  /** At shutdown: chain what is committed and write a last checkpoint. */
  stop(): Promise<void>;
}

const OPRUIMEN_ELKE_MS = 60_000;

export function maakOnderhoud(
  d: Diensten,
  opties: { anker: AnkerInstellingen | null; ankerElkeMs: number; log?: AnkerLog },
): Onderhoud {
  let volgendAnker = 0;
  let volgendOpruimen = 0;
  const anker = async () => (opties.anker ? (await zetAnkers(d, opties.anker, opties.log)).length : 0);
  return {
    async tik() {
      const geketend = await ketenAudit(d);
      // Wall-clock pacing: the injected clock only decides what the checkpoints say.
      const nu = Date.now();
      let ankers = 0;
      if (nu >= volgendAnker) {
        volgendAnker = nu + opties.ankerElkeMs;
        ankers = await anker();
      }
      let vergeten = 0;
      if (nu >= volgendOpruimen) {
        volgendOpruimen = nu + OPRUIMEN_ELKE_MS;
        vergeten = await vergeetVerlopenLeveringen(d, d.klok.nu());
        vergeten += await vergeetVerlopenConcepten(d, d.klok.nu());
      }
      return { geketend, ankers, vergeten };
    },
    async stop() {
      await ketenAudit(d);
      await anker();
    },
  };
}
