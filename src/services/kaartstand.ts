// The casus card as it stands: the casus, its latest round, who answered and who is awaited. Two plain
// SQL queries, because it is read for every card a dispatcher delivers and every card action.
import { leesBeleid } from '../domain/beleid.ts';
import type { KaartStand, KaartVerwijzing, LidStand } from '../domain/berichten.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { rondeKanOpenen } from '../domain/rondevoorwaarde.ts';
import type {
  BesluitUitkomst,
  Betrokkenheid,
  Keuze,
  Leefgebied,
  Toestemming,
  Urgentie,
} from '../domain/woorden.ts';
import type { Sql } from '../store/transactie.ts';
import { zin } from '../taal/tekst.ts';

interface CasusRij {
  id: string;
  referentie: string;
  tafelId: string;
  tafelNaam: string;
  beleid: unknown;
  titel: string;
  situatie: string;
  knelpuntCode: string | null;
  knelpuntNaam: string | null;
  knelpuntRegel: string | null;
  knelpuntVrij: string | null;
  leefgebieden: string[];
  gevraagdeOplossing: string;
  kostenMaatwerkCent: number;
  kostenNietsDoenCent: number;
  kostenNietsDoenToelichting: string;
  urgentie: string;
  betrokkenheid: string;
  betrokkenheidToelichting: string | null;
  toestemming: string;
  kostenOntbreken: boolean;
  betrokkenheidOntbreekt: boolean;
  status: string;
  opAgenda: boolean;
  versie: number;
  rondeId: string | null;
  rondeStatus: string | null;
  rondeDeadline: Date | null;
  verwachteLidIds: string[] | null;
  besluitUitkomst: string | null;
  besluitWaarom: string | null;
}

interface LidRij {
  lidId: string;
  naam: string;
  organisatie: string;
  keuze: string | null;
  reden: string | null;
  voorwaarden: string | null;
}

/** The first line of a text that says something, for a card that shows only the gist. */
function eersteRegel(tekst: string): string {
  return (
    tekst
      .split(/\r?\n/)
      .map((r) => r.trim())
      .find((r) => r.length > 0) ?? ''
  );
}

export async function kaartStand(sql: Sql, casusId: string): Promise<KaartStand> {
  const [c] = await sql.query<CasusRij>(
    `SELECT c.id, c.referentie, c."tafelId", t.naam AS "tafelNaam", t.beleid, c.titel, c.situatie,
            k.code AS "knelpuntCode", k.naam AS "knelpuntNaam", k.regel AS "knelpuntRegel", c."knelpuntVrij",
            c.leefgebieden, c."gevraagdeOplossing", c."kostenMaatwerkCent", c."kostenNietsDoenCent",
            c."kostenNietsDoenToelichting", c.urgentie, c.betrokkenheid, c."betrokkenheidToelichting",
            c.toestemming, c."kostenOntbreken", c."betrokkenheidOntbreekt", c.status, c."opAgenda", c.versie,
            r.id AS "rondeId", r.status AS "rondeStatus", r.deadline AS "rondeDeadline", r."verwachteLidIds",
            b.uitkomst AS "besluitUitkomst", b.waarom AS "besluitWaarom"
       FROM "Casus" c
       JOIN "Tafel" t ON t.id = c."tafelId"
       LEFT JOIN "Knelpunt" k ON k.id = c."knelpuntId"
       LEFT JOIN "Besluit" b ON b."casusId" = c.id
       LEFT JOIN LATERAL (
         SELECT id, status, deadline, "verwachteLidIds" FROM "Besluitronde"
          WHERE "casusId" = c.id ORDER BY volgnummer DESC LIMIT 1) r ON true
      WHERE c.id = $1`,
    [casusId],
  );
  if (!c) throw new DomeinFout('onbekend', zin('fouten.onbekend.casus', { casus: casusId }));
  const ontbreekt = [
    ...(c.kostenOntbreken ? (['kosten'] as const) : []),
    ...(c.betrokkenheidOntbreekt ? (['betrokkenheid'] as const) : []),
    ...(c.toestemming === 'nog_niet' ? (['toestemming'] as const) : []),
  ];
  const opening = rondeKanOpenen(leesBeleid(c.beleid).vereistVoorRonde, ontbreekt);
  const casus = {
    casusId: c.id,
    referentie: c.referentie,
    tafelId: c.tafelId,
    tafelNaam: c.tafelNaam,
    titel: c.titel,
    situatie: c.situatie,
    knelpunt: { code: c.knelpuntCode, naam: c.knelpuntNaam ?? c.knelpuntVrij ?? '', regel: c.knelpuntRegel },
    leefgebieden: c.leefgebieden as Leefgebied[],
    gevraagdeOplossing: c.gevraagdeOplossing,
    kostenMaatwerkCent: c.kostenMaatwerkCent,
    kostenNietsDoenCent: c.kostenNietsDoenCent,
    kostenNietsDoenToelichting: c.kostenNietsDoenToelichting,
    urgentie: c.urgentie as Urgentie,
    betrokkenheid: c.betrokkenheid as Betrokkenheid,
    betrokkenheidToelichting: c.betrokkenheidToelichting,
    toestemming: c.toestemming as Toestemming,
    status: c.status,
    opAgenda: c.opAgenda,
    ontbreekt,
    // No round yet: it waits for what the table requires before it (spelregels §4).
    ...(c.status === 'wacht_op_aanvulling' ? { wachtOp: opening.open ? [] : opening.wacht } : {}),
  };
  const besluit = c.besluitUitkomst
    ? {
        uitkomst: c.besluitUitkomst as BesluitUitkomst,
        waaromEersteRegel: eersteRegel(c.besluitWaarom ?? ''),
      }
    : null;
  if (!c.rondeId) return { casus, versie: c.versie, ronde: null, besluit };
  const inhoudZichtbaar = c.rondeStatus === 'gesloten' || leesBeleid(c.beleid).antwoordenZichtbaarVoorSluiten;
  const leden = await sql.query<LidRij>(
    `SELECT l.id AS "lidId", p.naam, o.naam AS organisatie, re.keuze, re.reden, re.voorwaarden
       FROM "Lid" l
       JOIN "Persoon" p ON p.id = l."persoonId"
       JOIN "Organisatie" o ON o.id = l."organisatieId"
       LEFT JOIN LATERAL (
         SELECT keuze, reden, voorwaarden FROM "Antwoord"
          WHERE "rondeId" = $2 AND "lidId" = l.id ORDER BY revisie DESC LIMIT 1) re ON true
      WHERE l.id = ANY($1::text[])
      ORDER BY o.naam, l.id`,
    [c.verwachteLidIds ?? [], c.rondeId],
  );
  const geantwoord: LidStand[] = [];
  const wachtend: LidStand[] = [];
  for (const l of leden) {
    const basis = { lidId: l.lidId, naam: l.naam, organisatie: l.organisatie };
    if (l.keuze === null) wachtend.push(basis);
    else if (inhoudZichtbaar)
      geantwoord.push({ ...basis, keuze: l.keuze as Keuze, reden: l.reden!, voorwaarden: l.voorwaarden });
    else geantwoord.push(basis);
  }
  return {
    casus,
    versie: c.versie,
    ronde: {
      rondeId: c.rondeId,
      status: c.rondeStatus as 'open' | 'gesloten',
      deadline: c.rondeDeadline!.toISOString(),
      geantwoord,
      wachtend,
      inhoudZichtbaar,
    },
    besluit,
  };
}

/** A card stored by reference in the outbox becomes the card as it stands now. */
export async function vulKaart(sql: Sql, verwijzing: KaartVerwijzing): Promise<KaartStand> {
  const stand = await kaartStand(sql, verwijzing.casusId);
  return verwijzing.vergelijkbaar ? { ...stand, vergelijkbaar: verwijzing.vergelijkbaar } : stand;
}
