// `maatwerkbot audit verifieer`: recomputes every tenant's chain and reports the first broken link, the
// events still waiting for their place in the chain, and whether the chain still matches every signed
// checkpoint in the anchor file (truncation and a rewrite with recomputed hashes both fail there).
import type { Anker, GelezenAnker } from '../domain/auditanker.ts';
import { toetsAnkers } from '../domain/auditanker.ts';
import { type KetenOordeel, verifieerKeten } from '../domain/auditketen.ts';
import { bronVan } from '../store/database.ts';
import { type AnkerInstellingen, leesAnkers } from './auditanker.ts';
import type { Diensten } from './context.ts';

export interface TenantOordeel {
  tenant: string;
  oordeel: KetenOordeel;
  /** Events not chained yet, and the moment of the oldest. */
  ongeketend: { aantal: number; oudste: Date | null };
  /** Checkpoints of this tenant in the anchor file; null when no anchor file was checked. */
  ankers: { aantal: number; laatsteGoed: Anker | null } | null;
}

export interface VerificatieOpties {
  /** The anchor file and its key; without it, only the chain itself is checked. */
  anker?: AnkerInstellingen | null;
  /** An unchained event older than this fails the check (default 5 minutes). */
  ongeketendMaxMs?: number;
}

/** The anchor file itself: was there one, and its unreadable or forged lines, or lines of another key. */
export interface AnkerbestandOordeel {
  gelezen: boolean;
  meldingen: string[];
  fout: boolean;
}

const tijd = (iso: string | Date) =>
  new Date(iso).toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'medium',
  });

export const ankerNaam = (a: Anker) => `positie ${a.positie} van ${tijd(a.moment)}`;

function beoordeelBestand(gelezen: GelezenAnker[] | null): AnkerbestandOordeel {
  if (!gelezen) return { gelezen: false, meldingen: [], fout: false };
  const meldingen: string[] = [];
  let fout = false;
  for (const g of gelezen) {
    if (g.soort === 'onleesbaar') {
      meldingen.push(`regel ${g.regel} van het ankerbestand is onleesbaar`);
      fout = true;
    } else if (g.soort === 'vals') {
      meldingen.push(
        `regel ${g.regel} van het ankerbestand heeft een handtekening die niet klopt (gewijzigd?)`,
      );
      fout = true;
    } else if (g.soort === 'andere_sleutel') {
      meldingen.push(
        `regel ${g.regel} is getekend met een andere sleutel (${g.sleutel}) en is niet gecontroleerd`,
      );
    }
  }
  return { gelezen: true, meldingen, fout };
}

export async function controleerAnkerbestand(anker: AnkerInstellingen): Promise<AnkerbestandOordeel> {
  return beoordeelBestand(await leesAnkers(anker));
}

export async function verifieerAudit(d: Diensten, opties: VerificatieOpties = {}): Promise<TenantOordeel[]> {
  const gelezen = opties.anker ? await leesAnkers(opties.anker) : null;
  const ankers = (gelezen ?? []).flatMap((g) => (g.soort === 'anker' ? [g.anker] : []));
  const maxMs = opties.ongeketendMaxMs ?? 5 * 60_000;
  const nu = d.klok.nu();
  const tenants = await d.db.tenant.findMany({ orderBy: { slug: 'asc' } });
  const uitkomst: TenantOordeel[] = [];
  for (const tenant of tenants) {
    const events = await d.db.auditEvent.findMany({
      where: { tenantId: tenant.id, positie: { not: null } },
      orderBy: { positie: 'asc' },
    });
    const [wacht] = await bronVan(d.db).lees.query<{ aantal: number; oudste: Date | null }>(
      `SELECT count(*)::int AS aantal, min(moment) AS oudste FROM "AuditEvent"
        WHERE "tenantId" = $1 AND positie IS NULL`,
      [tenant.id],
    );
    const ongeketend = { aantal: wacht?.aantal ?? 0, oudste: wacht?.oudste ?? null };
    const eigen = ankers.filter((a) => a.tenantId === tenant.id);
    const toets = gelezen ? toetsAnkers(eigen, (positie) => events[positie - 1]?.hash ?? undefined) : null;
    const oordeelVan = (): KetenOordeel => {
      const keten = verifieerKeten(
        events.map((e) => ({
          positie: e.positie!,
          actie: e.actie,
          actorSoort: e.actorSoort,
          actorId: e.actorId,
          casusRef: e.casusRef,
          data: e.data,
          moment: e.moment.toISOString(),
          vorigeHash: e.vorigeHash!,
          hash: e.hash!,
        })),
      );
      if (!keten.geldig) return keten;
      if (toets && !toets.geldig) {
        const goed = toets.laatsteGoed
          ? `laatste goede anker: ${ankerNaam(toets.laatsteGoed)}`
          : 'geen eerder goed anker';
        return {
          geldig: false,
          aantal: events.length,
          positie: toets.anker.positie,
          reden:
            toets.reden === 'ingekort'
              ? `keten ingekort: het anker van ${tijd(toets.anker.moment)} op positie ${toets.anker.positie} ontbreekt (${goed})`
              : `keten herschreven: de hash op positie ${toets.anker.positie} verschilt van het anker van ${tijd(toets.anker.moment)} (${goed})`,
        };
      }
      return keten;
    };
    let oordeel = oordeelVan();
    // The head remembers how long the chain was: a cut tail with the head left as it was.
    const kop = await d.db.auditKop.findUnique({ where: { tenantId: tenant.id } });
    if (
      oordeel.geldig &&
      kop &&
      (kop.positie !== events.length || kop.hash !== (events.at(-1)?.hash ?? kop.hash))
    ) {
      oordeel = {
        geldig: false,
        aantal: events.length,
        positie: Math.min(kop.positie, events.length + 1),
        reden: 'keten ingekort of kop gewijzigd',
      };
    }
    if (oordeel.geldig && ongeketend.oudste && nu.getTime() - ongeketend.oudste.getTime() > maxMs) {
      oordeel = {
        geldig: false,
        aantal: events.length,
        positie: events.length + 1,
        reden:
          `${ongeketend.aantal} gebeurtenis(sen) nog niet geketend, de oudste van ${tijd(ongeketend.oudste)} ` +
          `(langer dan ${Math.round(maxMs / 60_000)} minuten; draait de server?)`,
      };
    }
    uitkomst.push({
      tenant: tenant.slug,
      oordeel,
      ongeketend,
      ankers: toets ? { aantal: toets.aantal, laatsteGoed: toets.laatsteGoed } : null,
    });
  }
  return uitkomst;
}
