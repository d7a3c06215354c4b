// Delivers outbox rows through the adapter of each recipient's platform. Rows are claimed with a
// lease (FOR UPDATE SKIP LOCKED), so several dispatchers never deliver the same row at once.

import type { OutboxBericht } from '@prisma/client';
import type { Adres, Bericht } from '../domain/berichten.ts';
import type { Diensten, Tx } from '../services/context.ts';
import { plaatsBericht } from './plaats.ts';

export interface UitgaandBericht {
  id: string;
  sleutel: string;
  casusId: string | null;
  adres: Adres;
  bericht: Bericht;
  pogingen: number;
}

export type BezorgUitkomst =
  | { ok: true }
  | { ok: false; tijdelijk: boolean; opnieuwNaMs?: number; fout: string };

export interface Bezorger {
  platform: string;
  bezorg(bericht: UitgaandBericht): Promise<BezorgUitkomst>;
}

export interface DispatchVerslag {
  verzonden: number;
  uitgesteld: number;
  mislukt: number;
}

const LEASE_MS = 60_000;
const MAX_POGINGEN = 8;

export function wachttijd(pogingen: number, opnieuwNaMs?: number): number {
  // Honour the platform's Retry-After; otherwise exponential backoff, capped at an hour.
  return opnieuwNaMs ?? Math.min(3_600_000, 1_000 * 2 ** pogingen);
}

export async function verstuurOutbox(
  d: Diensten,
  bezorgers: readonly Bezorger[],
  opties: { max?: number } = {},
): Promise<DispatchVerslag> {
  const verslag: DispatchVerslag = { verzonden: 0, uitgesteld: 0, mislukt: 0 };
  const platforms = bezorgers.map((b) => b.platform);
  if (platforms.length === 0) return verslag;
  const nu = d.klok.nu();
  const geclaimd = await d.db.$transaction(async (tx) => {
    const rijen = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "OutboxBericht"
       WHERE ((status = 'wachtend' AND "volgendePoging" <= ${nu}) OR (status = 'bezig' AND "geclaimdTot" < ${nu}))
         AND ontvanger->>'platform' = ANY(${platforms})
       ORDER BY volgorde LIMIT ${opties.max ?? 100} FOR UPDATE SKIP LOCKED`;
    const ids = rijen.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.outboxBericht.updateMany({
      where: { id: { in: ids } },
      data: { status: 'bezig', geclaimdTot: new Date(nu.getTime() + LEASE_MS) },
    });
    return tx.outboxBericht.findMany({ where: { id: { in: ids } }, orderBy: { volgorde: 'asc' } });
  });
  for (const rij of geclaimd) {
    const adres = rij.ontvanger as unknown as Adres;
    const bezorger = bezorgers.find((b) => b.platform === adres.platform)!;
    let uitkomst: BezorgUitkomst;
    try {
      uitkomst = await bezorger.bezorg({
        id: rij.id,
        sleutel: rij.sleutel,
        casusId: rij.casusId,
        adres,
        bericht: rij.data as unknown as Bericht,
        pogingen: rij.pogingen,
      });
    } catch (fout) {
      uitkomst = {
        ok: false,
        tijdelijk: true,
        fout: fout instanceof Error ? fout.message : 'onbekende fout',
      };
    }
    const later = d.klok.nu();
    if (uitkomst.ok) {
      await d.db.outboxBericht.update({
        where: { id: rij.id },
        data: { status: 'verzonden', verzonden: later, pogingen: { increment: 1 }, geclaimdTot: null },
      });
      verslag.verzonden++;
      continue;
    }
    const pogingen = rij.pogingen + 1;
    const definitief = !uitkomst.tijdelijk || pogingen >= MAX_POGINGEN;
    await d.db.$transaction(async (tx) => {
      await tx.outboxBericht.update({
        where: { id: rij.id },
        data: {
          status: definitief ? 'mislukt' : 'wachtend',
          pogingen,
          laatsteFout: uitkomst.fout.slice(0, 500),
          volgendePoging: new Date(later.getTime() + wachttijd(pogingen, uitkomst.opnieuwNaMs)),
          geclaimdTot: null,
        },
      });
      if (definitief) await meldAanVoorzitter(tx, rij, adres, uitkomst.fout, later);
    });
    if (definitief) verslag.mislukt++;
    else verslag.uitgesteld++;
  }
  return verslag;
}

/** Nothing lost silently: a message that could not be delivered is reported to the table's chair. */
async function meldAanVoorzitter(tx: Tx, rij: OutboxBericht, adres: Adres, fout: string, nu: Date) {
  if (rij.soort === 'bezorging_mislukt' || !rij.casusId) return;
  const casus = await tx.casus.findUnique({ where: { id: rij.casusId } });
  if (!casus) return;
  const voorzitter = await tx.lid.findFirst({
    where: { tafelId: casus.tafelId, rol: 'voorzitter', actief: true },
  });
  if (!voorzitter) return;
  await plaatsBericht(tx, {
    tenantId: rij.tenantId,
    casusId: rij.casusId,
    sleutel: `mislukt:${rij.id}`,
    ontvangers: [{ soort: 'persoon', persoonId: voorzitter.persoonId }],
    bericht: {
      soort: 'bezorging_mislukt',
      referentie: casus.referentie,
      soortBericht: rij.soort,
      ontvanger:
        adres.soort === 'kanaal'
          ? `kanaal ${adres.kanaalId} (${adres.platform})`
          : `${adres.naam} (${adres.platform})`,
      fout: fout.slice(0, 200),
    },
    moment: nu,
  });
}
