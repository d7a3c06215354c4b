// Answering: the respond verb, answers that arrive together stored as one batch in one transaction (one
// statement for the answers, their request keys and the cards' versions), and what is checked after it.
import { randomUUID } from 'node:crypto';
import { DomeinFout, isDomeinFout } from '../domain/fouten.ts';
import { bronVan } from '../store/database.ts';
import { json, type Kolom, kolomArrays } from '../store/rijen.ts';
import {
  type AntwoordInvoer,
  type AntwoordResultaat,
  type AntwoordStand,
  AntwoordVanBuiten,
  type AntwoordVraag,
  beoordeelAntwoord,
  CasusBezet,
  laadAntwoordStanden,
} from './antwoordstand.ts';
import { schrijfAudit } from './audit.ts';
import type { Diensten, Tx } from './context.ts';
import { AlVerwerkt, eerderResultaat, legVerzoekenVast, type VerzoekOpties } from './eenmalig.ts';
import { groepsCommit, type Uitkomst } from './groepscommit.ts';
import { type Identiteit, identiteitSchema } from './identiteit.ts';
import { plaatsKaart } from './kaart.ts';
import { bekendeNamen, laadCasus, laadCasusVoorUpdate } from './lezen.ts';
import { kenKanalenToe } from './outboxplaatsing.ts';
import { Partijen } from './partijen.ts';
import { poortVelden } from './privacypoort.ts';
import { probeerTeSluiten } from './sluiten.ts';
import { eisToegang, metToegang } from './toegang.ts';

/**
 * A member answers or changes their answer; only members of that table, only while the round is open.
 * Answers that arrive together are stored together (see Partijen): one transaction, a handful of
 * statements for the whole batch, so they can be stored before Slack's ack even when many come at once.
 * The answer that completes a round closes it in the same transaction; what follows (besluit, escalation,
 * cards, messages) is a job due at once, run right after the ack (see probeerTeSluiten in sluiten.ts).
 */
export function respond(
  d: Diensten,
  identiteit: Identiteit,
  casusIdOfReferentie: string,
  invoer: AntwoordInvoer,
  opties: VerzoekOpties = {},
): Promise<AntwoordResultaat> {
  const wie = identiteitSchema.parse(identiteit);
  let partijen = antwoordPartijen.get(d);
  if (!partijen) {
    partijen = new Partijen((vragen) => verwerkAntwoorden(d, vragen), {
      gelijktijdig: bronVan(d.db).gelijktijdig,
      // Answers on one casus in the order they came: a changed mind is not overtaken by the first answer,
      // and an answer after the one that closed the round stays after it. The casus as the request names
      // it: Slack and Teams always send its id.
      sleutel: (v) => v.casus,
      // An answer whose casus another replica holds right now: in the next batch, not a wait for this one.
      opnieuw: (fout) => fout instanceof CasusBezet,
    });
    antwoordPartijen.set(d, partijen);
  }
  return partijen.voeg({ wie, casus: casusIdOfReferentie, invoer, verzoek: opties.verzoek });
}

const antwoordPartijen = new WeakMap<Diensten, Partijen<AntwoordVraag, AntwoordResultaat>>();

/** A batch of answers in one transaction; when it fails, each on its own (see groepsCommit). */
async function verwerkAntwoorden(
  d: Diensten,
  vragen: AntwoordVraag[],
): Promise<Uitkomst<AntwoordResultaat>[]> {
  const verslag = await groepsCommit<AntwoordVraag, AntwoordResultaat>(d, {
    eenheden: vragen,
    werk: (tx, partij) => antwoordenInTx(tx, d, partij),
    // The batch did not go through (a twin of one request committed first, a deadlock that kept coming
    // back, an error while closing a round), and neither did this answer on its own: when its request was
    // handled meanwhile (by its twin), that result, else the error.
    bijFout: async (vraag, fout) => {
      const eerder = vraag.verzoek ? await eerderResultaat<AntwoordResultaat>(d, vraag.verzoek) : null;
      return eerder ? { waarde: eerder.resultaat } : { fout };
    },
  });
  // Answers are given, not claimed: none is ever `weg`.
  const uitkomsten = verslag.map(({ uitkomst }) =>
    'weg' in uitkomst ? { fout: new Error('antwoord zonder uitkomst') } : uitkomst,
  );
  await legPogingenVanBuitenVast(d, uitkomsten);
  return uitkomsten;
}

async function legPogingenVanBuitenVast(d: Diensten, uitkomsten: Uitkomst<AntwoordResultaat>[]) {
  for (const [i, u] of uitkomsten.entries()) {
    if (!('fout' in u) || !(u.fout instanceof AntwoordVanBuiten)) continue;
    const { persoonId, casusId } = u.fout.poging;
    try {
      await metToegang(d, async (tx) => {
        const persoon = persoonId
          ? await tx.persoon.findUnique({ where: { id: persoonId }, select: { id: true, tenantId: true } })
          : null;
        await eisToegang(tx, persoon, await laadCasus(tx, casusId), 'kaart');
      });
    } catch (fout) {
      if (!isDomeinFout(fout)) throw fout;
      uitkomsten[i] = { fout };
    }
  }
}

const VERZOEK_KOLOMMEN: readonly Kolom[] = [
  ['sleutel', 'text'],
  ['resultaat', 'jsonb'],
  ['moment', 'timestamp(3)'],
];

const ANTWOORD_KOLOMMEN: readonly Kolom[] = [
  ['id', 'text'],
  ['rondeId', 'text'],
  ['lidId', 'text'],
  ['revisie', 'int'],
  ['keuze', 'text'],
  ['reden', 'text'],
  ['voorwaarden', 'text'],
  ['toezeggingTaak', 'text'],
  ['toezeggingDatum', 'timestamp(3)'],
  ['gegeven', 'timestamp(3)'],
];

/** One batch of answers in one transaction; a refused answer is an outcome, not an exception. */
async function antwoordenInTx(
  tx: Tx,
  d: Diensten,
  vragen: AntwoordVraag[],
): Promise<Uitkomst<AntwoordResultaat>[]> {
  const nu = d.klok.nu();
  const uitkomsten: (Uitkomst<AntwoordResultaat> | undefined)[] = vragen.map(() => undefined);
  // A twin in this batch (same request key) gets the first one's outcome.
  const eersteMetSleutel = new Map<string, number>();
  const teDoen: number[] = [];
  for (const [i, v] of vragen.entries()) {
    if (v.verzoek && eersteMetSleutel.has(v.verzoek)) continue;
    if (v.verzoek) eersteMetSleutel.set(v.verzoek, i);
    teDoen.push(i);
  }
  const standen = await laadAntwoordStanden(
    tx,
    teDoen.map((i) => vragen[i]!),
  );

  const antwoorden: unknown[][] = [];
  const revisies = new Map<string, number>();
  const nieuweLeden = new Map<string, Set<string>>();
  const afgesloten = new Map<string, number>();
  const teSluiten: { casusId: string; rondeId: string; vraag: number }[] = [];
  const kaarten = new Map<string, AntwoordStand>();
  for (const [k, i] of teDoen.entries()) {
    const stand = standen[k]!;
    if (stand instanceof CasusBezet) {
      uitkomsten[i] = { fout: stand };
      continue;
    }
    try {
      if (stand instanceof DomeinFout) throw stand;
      // Handled before (a redelivery): its first result, nothing done again.
      if (stand.eerder) {
        uitkomsten[i] = { waarde: stand.eerder };
        continue;
      }
      const { r, revisie, kanSluiten } = beoordeelAntwoord(stand, vragen[i]!.invoer, nu, {
        revisies,
        nieuweLeden,
        afgesloten,
      });
      poortVelden(
        d.privacy,
        { reden: r.reden, voorwaarden: r.voorwaarden, 'toezegging.taak': r.toezegging?.taak },
        await bekendeNamen(tx, stand.tenantId, stand.namenVingerafdruk),
      );
      revisies.set(`${stand.rondeId}:${stand.lidId}`, revisie);
      if (revisie === 1) {
        const nieuw = nieuweLeden.get(stand.rondeId!) ?? new Set<string>();
        nieuw.add(stand.lidId!);
        nieuweLeden.set(stand.rondeId!, nieuw);
      }
      antwoorden.push([
        randomUUID(),
        stand.rondeId,
        stand.lidId,
        revisie,
        r.keuze,
        r.reden,
        r.voorwaarden ?? null,
        r.toezegging?.taak ?? null,
        r.toezegging?.deadline ?? null,
        nu,
      ]);
      await schrijfAudit(tx, {
        tenantId: stand.tenantId,
        actie: revisie > 1 ? 'reactie_gewijzigd' : 'reactie_gegeven',
        actorId: stand.persoonId,
        casusRef: stand.referentie,
        data: { ronde: stand.volgnummer, keuze: r.keuze, revisie },
        moment: nu,
      });
      if (kanSluiten) {
        afgesloten.set(stand.rondeId!, i);
        teSluiten.push({ casusId: stand.id, rondeId: stand.rondeId!, vraag: i });
      } else kaarten.set(stand.id, stand);
      uitkomsten[i] = {
        waarde: {
          referentie: stand.referentie,
          revisie,
          keuze: r.keuze,
          gesloten: null,
          deadline: stand.deadline!.toISOString(),
        },
      };
    } catch (fout) {
      if (!isDomeinFout(fout)) throw fout;
      uitkomsten[i] = { fout };
    }
  }

  for (const s of teSluiten) kaarten.delete(s.casusId);
  // The answers, their request keys and the cards' new versions in one statement. A key taken meanwhile
  // (a twin in another batch committed first) undoes the batch; each then goes on its own.
  const sleutelRijen = teDoen.flatMap((i): [string, string, Date][] => {
    const u = uitkomsten[i];
    const sleutel = vragen[i]!.verzoek;
    return sleutel && u && 'waarde' in u && !teSluiten.some((t) => t.vraag === i)
      ? [[sleutel, json(u.waarde), nu]]
      : [];
  });
  const antwoordLijst = kolomArrays(ANTWOORD_KOLOMMEN, antwoorden, 1);
  const sleutelLijst = kolomArrays(VERZOEK_KOLOMMEN, sleutelRijen, ANTWOORD_KOLOMMEN.length + 1);
  const versieParam = `$${ANTWOORD_KOLOMMEN.length + VERZOEK_KOLOMMEN.length + 1}::text[]`;
  const geschreven = await tx.sql.query<{ id: string | null; versie: number | null; sleutels: number }>(
    `WITH antwoorden AS (
       INSERT INTO "Antwoord" (${ANTWOORD_KOLOMMEN.map(([k]) => `"${k}"`).join(', ')}) ${antwoordLijst.lijst}),
     sleutels AS (
       INSERT INTO "VerwerktVerzoek" (sleutel, resultaat, moment) ${sleutelLijst.lijst}
       ON CONFLICT (sleutel) DO NOTHING RETURNING 1),
     versies AS (
       UPDATE "Casus" SET versie = versie + 1 WHERE id = ANY(${versieParam}) RETURNING id, versie)
     SELECT v.id, v.versie, (SELECT count(*) FROM sleutels)::int AS sleutels
       FROM (SELECT 1) een LEFT JOIN versies v ON true`,
    [...antwoordLijst.params, ...sleutelLijst.params, [...kaarten.keys()]],
  );
  if ((geschreven[0]?.sleutels ?? 0) !== sleutelRijen.length)
    throw new AlVerwerkt('een verzoek van deze partij');
  for (const s of teSluiten) {
    const gesloten = await probeerTeSluiten(
      tx,
      await laadCasusVoorUpdate(tx, s.casusId),
      s.rondeId,
      nu,
      false,
      {
        afrondenLater: true,
      },
    );
    const u = uitkomsten[s.vraag];
    if (u && 'waarde' in u) {
      u.waarde = { ...u.waarde, gesloten: gesloten?.soort ?? null, deadline: null };
      const sleutel = vragen[s.vraag]!.verzoek;
      if (sleutel) legVerzoekenVast(tx, [[sleutel, json(u.waarde), nu]]);
    }
  }
  // One card update per casus: the card is read when it is delivered, so it shows every answer of the batch.
  for (const { id, versie } of geschreven) {
    if (!id || versie === null) continue;
    const stand = kaarten.get(id)!;
    kenKanalenToe(tx, stand.tafelId, 'tafel', stand.kanalen);
    await plaatsKaart(tx, stand, versie, nu);
  }
  for (const [i, v] of vragen.entries()) {
    if (!uitkomsten[i] && v.verzoek) uitkomsten[i] = uitkomsten[eersteMetSleutel.get(v.verzoek)!];
  }
  return uitkomsten as Uitkomst<AntwoordResultaat>[];
}
