// Delivers outbox rows through the adapter of each recipient's platform. Rows are claimed with a
// lease (FOR UPDATE SKIP LOCKED), so several dispatchers never deliver the same row at once.

import type { OutboxBericht } from '@prisma/client';
import type {
  Adres,
  Bericht,
  GrafiekMisluktReden,
  KaartVerwijzing,
  OpgeslagenBericht,
} from '../domain/berichten.ts';
import { type Diensten, inTransactie, type Tx } from '../services/context.ts';
import { vulKaart } from '../services/kaartstand.ts';
import { adresSleutel, plaatsBericht } from '../services/outboxplaatsing.ts';
import { bronVan } from '../store/database.ts';
import type { Sql } from '../store/transactie.ts';
import { type Beeindigd, beeindigOnbezorgbaar } from './onbezorgbaar.ts';

export interface UitgaandBericht {
  id: string;
  sleutel: string;
  casusId: string | null;
  adres: Adres;
  bericht: Bericht;
  pogingen: number;
}

export type BezorgUitkomst =
  /**
   * Delivered. `zonderGrafiek`: the knelpunten report went without its chart (the upload failed for this
   * reason); the text went, and the chair is told.
   */
  | { ok: true; zonderGrafiek?: { reden: GrafiekMisluktReden; fout: string } }
  | { ok: false; tijdelijk: boolean; opnieuwNaMs?: number; fout: string };

export interface Bezorger {
  platform: string;
  bezorg(bericht: UitgaandBericht): Promise<BezorgUitkomst>;
}

export interface DispatchVerslag {
  verzonden: number;
  uitgesteld: number;
  mislukt: number;
  /** Card updates made redundant by a newer delivered card. */
  vervangen: number;
  /** Ended because no dispatcher serves their platform (see onbezorgbaar.ts), per platform; only when asked. */
  onbezorgbaar?: Beeindigd[];
}

export interface DispatchOpties {
  /** At most this many messages in this call (default 100). */
  max?: number;
  /**
   * End messages for platforms none of `bezorgers` serves once they have been due this long unclaimed
   * (see onbezorgbaar.ts); left waiting when not given.
   */
  onbezorgbaarNaMs?: number;
  /** Every failed attempt, for the metrics: the platform and the deliverer's error code. */
  bijMislukt?: (platform: string, fout: string) => void;
}

const LEASE_MS = 60_000;
/** After this many failed attempts a message ends as 'mislukt'. */
export const MAX_POGINGEN = 8;

const isVerwijzing = (kaart: unknown): kaart is KaartVerwijzing =>
  typeof kaart === 'object' && kaart !== null && 'casusId' in kaart && !('casus' in kaart);

/** The message as the adapter gets it: a card stored by reference is read as it stands now. */
export async function vulIn(sql: Sql, bericht: OpgeslagenBericht): Promise<Bericht> {
  if ('kaart' in bericht && isVerwijzing(bericht.kaart)) {
    return { ...bericht, kaart: await vulKaart(sql, bericht.kaart) } as Bericht;
  }
  return bericht as Bericht;
}

/**
 * A card delivered at version `versie` makes the waiting updates of that card up to that version
 * redundant: they would show the same state. They end as 'vervangen', not sent, not lost.
 */
async function vervangOudereKaarten(sql: Sql, casusId: string, adres: Adres, versie: number, nu: Date) {
  await sql.query(
    `UPDATE "OutboxBericht" SET status = 'vervangen', verzonden = $4
      WHERE "casusId" = $1 AND soort = 'casus_bijgewerkt' AND status = 'wachtend'
        AND ontvanger = $2::jsonb AND (data->'kaart'->>'versie')::int <= $3`,
    [casusId, JSON.stringify(adres), versie, nu],
  );
}

export function wachttijd(pogingen: number, opnieuwNaMs?: number): number {
  // Honour the platform's Retry-After; otherwise exponential backoff, capped at an hour.
  return opnieuwNaMs ?? Math.min(3_600_000, 1_000 * 2 ** pogingen);
}

export async function verstuurOutbox(
  d: Diensten,
  bezorgers: readonly Bezorger[],
  opties: DispatchOpties = {},
): Promise<DispatchVerslag> {
  const verslag: DispatchVerslag = { verzonden: 0, uitgesteld: 0, mislukt: 0, vervangen: 0 };
  const platforms = bezorgers.map((b) => b.platform);
  if (opties.onbezorgbaarNaMs !== undefined)
    verslag.onbezorgbaar = await beeindigOnbezorgbaar(d, platforms, opties.onbezorgbaarNaMs);
  if (platforms.length === 0) return verslag;
  const nu = d.klok.nu();
  const geclaimd = await inTransactie(d, async (tx) => {
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
  const lees = bronVan(d.db).lees;
  // Per card and address, the version this round already delivered: older updates are redundant.
  const geleverd = new Map<string, number>();
  for (const rij of geclaimd) {
    const adres = rij.ontvanger as unknown as Adres;
    const bezorger = bezorgers.find((b) => b.platform === adres.platform)!;
    const opgeslagen = rij.data as unknown as OpgeslagenBericht;
    const kaart = 'kaart' in opgeslagen && isVerwijzing(opgeslagen.kaart) ? opgeslagen.kaart : null;
    const kaartSleutel = kaart ? `${kaart.casusId}|${adresSleutel(adres)}` : '';
    if (
      kaart &&
      opgeslagen.soort === 'casus_bijgewerkt' &&
      (geleverd.get(kaartSleutel) ?? -1) >= kaart.versie
    ) {
      await lees.query(
        `UPDATE "OutboxBericht" SET status = 'vervangen', verzonden = $2, "geclaimdTot" = NULL WHERE id = $1`,
        [rij.id, d.klok.nu()],
      );
      verslag.vervangen++;
      continue;
    }
    let uitkomst: BezorgUitkomst;
    let bericht: Bericht | null = null;
    try {
      bericht = await vulIn(lees, opgeslagen);
      uitkomst = await bezorger.bezorg({
        id: rij.id,
        sleutel: rij.sleutel,
        casusId: rij.casusId,
        adres,
        bericht,
        pogingen: rij.pogingen,
      });
    } catch (fout) {
      uitkomst = {
        ok: false,
        tijdelijk: true,
        fout: fout instanceof Error ? fout.message : 'onbekende fout',
      };
    }
    if (uitkomst.ok && kaart && bericht && 'kaart' in bericht) {
      const versie = bericht.kaart.versie;
      geleverd.set(kaartSleutel, Math.max(versie, geleverd.get(kaartSleutel) ?? -1));
      await vervangOudereKaarten(lees, kaart.casusId, adres, versie, d.klok.nu());
    }
    const later = d.klok.nu();
    if (uitkomst.ok) {
      const zonderGrafiek = uitkomst.zonderGrafiek;
      await inTransactie(d, async (tx) => {
        await tx.outboxBericht.update({
          where: { id: rij.id },
          data: { status: 'verzonden', verzonden: later, pogingen: { increment: 1 }, geclaimdTot: null },
        });
        if (zonderGrafiek && bericht?.soort === 'knelpuntenrapport')
          await meldGrafiekMislukt(tx, rij, adres, bericht, zonderGrafiek, later);
      });
      verslag.verzonden++;
      continue;
    }
    opties.bijMislukt?.(adres.platform, uitkomst.fout);
    const pogingen = rij.pogingen + 1;
    const definitief = !uitkomst.tijdelijk || pogingen >= MAX_POGINGEN;
    await inTransactie(d, async (tx) => {
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

/**
 * Nothing lost silently: a message that could not be delivered is reported to whoever answers for it. A
 * casus message: the chair of its table. The monthly report has no casus: the chair(s) of its table, and
 * for the report over all tables the chairs of every active table, the same people `meldGrafiekMislukt`
 * tells (a tenant has no administrator role of its own; the chairs run the tables the report is about and
 * are the ones who can get the channel or bestuurder fixed). Other messages without a casus stay unreported.
 */
async function meldAanVoorzitter(tx: Tx, rij: OutboxBericht, adres: Adres, fout: string, nu: Date) {
  // A failed report of a failure is not reported again: that could go on forever.
  if (rij.soort === 'bezorging_mislukt') return;
  const doel = await wieHoortHet(tx, rij);
  if (!doel || doel.personen.length === 0) return;
  await plaatsBericht(tx, {
    tenantId: rij.tenantId,
    ...(rij.casusId ? { casusId: rij.casusId } : {}),
    sleutel: `mislukt:${rij.id}`,
    ontvangers: doel.personen.map((persoonId) => ({ soort: 'persoon' as const, persoonId })),
    bericht: {
      soort: 'bezorging_mislukt',
      referentie: doel.referentie,
      soortBericht: rij.soort,
      ontvanger: ontvangerTekst(adres),
      fout: fout.slice(0, 200),
    },
    moment: nu,
  });
}

/** Who hears of a failed delivery, and the casus it was about (null for the monthly report). */
async function wieHoortHet(
  tx: Tx,
  rij: OutboxBericht,
): Promise<{ personen: string[]; referentie: string | null } | null> {
  if (rij.casusId) {
    const casus = await tx.casus.findUnique({ where: { id: rij.casusId } });
    if (!casus) return null;
    const voorzitter = await tx.lid.findFirst({
      where: { tafelId: casus.tafelId, rol: 'voorzitter', actief: true },
    });
    return voorzitter ? { personen: [voorzitter.persoonId], referentie: casus.referentie } : null;
  }
  const opgeslagen = rij.data as unknown as OpgeslagenBericht;
  if (opgeslagen.soort !== 'knelpuntenrapport') return null;
  return {
    personen: await voorzittersVanRapport(tx, rij.tenantId, opgeslagen.rapport.tafel?.slug),
    referentie: null,
  };
}

/** The chairs who answer for a monthly report: of its table, or of every active table for the tenant's. */
async function voorzittersVanRapport(tx: Tx, tenantId: string, tafelSlug: string | undefined) {
  const tafels = await tx.tafel.findMany({
    where: { tenantId, ...(tafelSlug ? { slug: tafelSlug } : { actief: true }) },
    select: { id: true },
  });
  const voorzitters = await tx.lid.findMany({
    where: { tafelId: { in: tafels.map((t) => t.id) }, rol: 'voorzitter', actief: true },
    select: { persoonId: true },
  });
  return [...new Set(voorzitters.map((v) => v.persoonId))];
}

const ontvangerTekst = (adres: Adres) =>
  adres.soort === 'kanaal'
    ? `kanaal ${adres.kanaalId} (${adres.platform})`
    : `${adres.naam} (${adres.platform})`;

/**
 * A monthly report that went without its chart is not dropped, nor silent: the chair of its table (for
 * the report over all tables: the chair of every active table) hears what failed, once per report.
 */
async function meldGrafiekMislukt(
  tx: Tx,
  rij: OutboxBericht,
  adres: Adres,
  bericht: Extract<Bericht, { soort: 'knelpuntenrapport' }>,
  mislukt: { reden: GrafiekMisluktReden; fout: string },
  nu: Date,
) {
  const personen = await voorzittersVanRapport(tx, rij.tenantId, bericht.rapport.tafel?.slug);
  if (personen.length === 0) return;
  // The report's key, not the row's: one word to the chair per report, however many recipients failed.
  const rapportSleutel = rij.sleutel.split(':').slice(0, 3).join(':');
  await plaatsBericht(tx, {
    tenantId: rij.tenantId,
    sleutel: `grafiek_mislukt:${rapportSleutel}`,
    ontvangers: personen.map((persoonId) => ({ soort: 'persoon' as const, persoonId })),
    bericht: {
      soort: 'rapportgrafiek_mislukt',
      tafelNaam: bericht.tafelNaam,
      van: bericht.van,
      tot: bericht.tot,
      ontvanger: ontvangerTekst(adres),
      reden: mislukt.reden,
      fout: mislukt.fout.slice(0, 200),
    },
    moment: nu,
  });
}
