// `maatwerkbot audit exporteer` and `maatwerkbot privacy overzicht`: what a privacy officer (FG)
// asks for. Exports hold actor, action, casus reference, time, chain position and hash, and for a refused
// access and a channel check their codes (`kenmerk`); never text.
import { type CsvKolom, naarCsv } from '../formaat/csv.ts';
import { type VerificatieOpties, verifieerAudit } from './auditverificatie.ts';
import type { Diensten } from './context.ts';

export interface AuditRegel {
  gemeente: string;
  /** Null while the event waits for the sequencer (see auditvolgorde.ts). */
  positie: number | null;
  moment: string;
  actie: string;
  actor: string;
  actorId: string | null;
  casus: string | null;
  hash: string | null;
  vorigeHash: string | null;
  /** Codes only: how a refused person came (`pad=kaart`), what a channel check found; else null. */
  kenmerk: string | null;
}

/** Per action the data keys the export may show; their values must be codes, or they are left out. */
const KENMERKEN: Partial<Record<string, readonly string[]>> = {
  toegang_geweigerd: ['pad'],
  kanaal_gecontroleerd: ['soort', 'uitkomst', 'redenen', 'onbekend', 'leesfout'],
};

function kenmerk(actie: string, data: unknown): string | null {
  const sleutels = KENMERKEN[actie];
  if (!sleutels || !data || typeof data !== 'object') return null;
  const delen = sleutels.flatMap((sleutel) => {
    const waarde = (data as Record<string, unknown>)[sleutel];
    const tekst = Array.isArray(waarde) ? waarde.join('+') : waarde;
    return typeof tekst === 'string' && /^[a-z_+]+$/.test(tekst) ? [`${sleutel}=${tekst}`] : [];
  });
  return delen.length > 0 ? delen.join(' ') : null;
}

export async function auditRegels(d: Diensten, van: Date, tot: Date): Promise<AuditRegel[]> {
  const events = await d.db.auditEvent.findMany({
    where: { moment: { gte: van, lt: tot } },
    orderBy: [{ tenantId: 'asc' }, { positie: { sort: 'asc', nulls: 'last' } }, { volgnummer: 'asc' }],
  });
  const tenants = new Map((await d.db.tenant.findMany()).map((t) => [t.id, t.slug]));
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const personen = new Map(
    (await d.db.persoon.findMany({ where: { id: { in: actorIds } } })).map((p) => [p.id, p.naam]),
  );
  return events.map((e) => ({
    gemeente: tenants.get(e.tenantId) ?? e.tenantId,
    positie: e.positie,
    moment: e.moment.toISOString(),
    actie: e.actie,
    actor: e.actorId ? (personen.get(e.actorId) ?? 'onbekend') : 'systeem',
    actorId: e.actorId,
    casus: e.casusRef,
    hash: e.hash,
    vorigeHash: e.vorigeHash,
    kenmerk: kenmerk(e.actie, e.data),
  }));
}

const KOLOMMEN: readonly CsvKolom<AuditRegel>[] = [
  ['gemeente', (r) => r.gemeente],
  ['positie', (r) => r.positie],
  // Dutch local time with its offset for the spreadsheet; the JSONL export keeps ISO 8601 in UTC.
  ['moment', (r) => new Date(r.moment)],
  ['actie', (r) => r.actie],
  ['actor', (r) => r.actor],
  ['actorId', (r) => r.actorId],
  ['casus', (r) => r.casus],
  ['hash', (r) => r.hash],
  ['vorigeHash', (r) => r.vorigeHash],
  ['kenmerk', (r) => r.kenmerk],
];

/** For Dutch Excel, like the knelpunten report: ';', BOM, local time, formula guard (src/formaat/csv.ts). */
export function auditNaarCsv(regels: AuditRegel[]): string {
  return naarCsv(KOLOMMEN, regels);
}

export function auditNaarJsonl(regels: AuditRegel[]): string {
  return regels.map((r) => `${JSON.stringify(r)}\n`).join('');
}

export interface PrivacyOverzicht {
  gemeente: string;
  bewaartermijnMaanden: number;
  categorieen: { categorie: string; aantal: number }[];
  wachtenOpToestemming: number;
  gewist: number;
  teWissenBinnen30Dagen: number;
  ketenGeldig: boolean;
  ketenLengte: number;
  /**
   * Outbox messages that never reached their recipient: no address or no platform serving it
   * (`onbezorgbaar`), or given up after repeated failures (`mislukt`). Their content waits in the database.
   */
  nietBezorgd: { onbezorgbaar: number; mislukt: number };
}

export async function privacyOverzicht(
  d: Diensten,
  opties: VerificatieOpties = {},
): Promise<PrivacyOverzicht[]> {
  const nu = d.klok.nu();
  const over30 = new Date(nu.getTime() + 30 * 24 * 3_600_000);
  const ketens = new Map((await verifieerAudit(d, opties)).map((k) => [k.tenant, k.oordeel]));
  const uit: PrivacyOverzicht[] = [];
  for (const t of await d.db.tenant.findMany({ orderBy: { slug: 'asc' } })) {
    const metTekst = { tenantId: t.id, tekstGewist: null, status: { not: 'crisis_doorverwezen' } };
    const oordeel = ketens.get(t.slug);
    uit.push({
      gemeente: t.slug,
      bewaartermijnMaanden: t.bewaartermijnMaanden,
      categorieen: [
        {
          categorie: 'casussen met vrije tekst (situatie, gevraagde oplossing, toelichtingen)',
          aantal: await d.db.casus.count({ where: metTekst }),
        },
        {
          categorie: 'antwoorden van leden met reden',
          aantal: await d.db.antwoord.count({ where: { ronde: { casus: metTekst } } }),
        },
        {
          categorie: 'besluiten met geanonimiseerde motivering',
          aantal: await d.db.besluit.count({ where: { casus: { tenantId: t.id } } }),
        },
        {
          categorie: 'professionals (naam, platform-id)',
          aantal: await d.db.persoon.count({ where: { tenantId: t.id } }),
        },
        {
          categorie: 'auditgebeurtenissen (verwijzingen en digests)',
          aantal: await d.db.auditEvent.count({ where: { tenantId: t.id } }),
        },
      ],
      wachtenOpToestemming: await d.db.casus.count({
        where: {
          tenantId: t.id,
          toestemming: 'nog_niet',
          status: { notIn: ['crisis_doorverwezen', 'ingetrokken'] },
          tekstGewist: null,
        },
      }),
      gewist: await d.db.auditEvent.count({ where: { tenantId: t.id, actie: 'tekst_gewist' } }),
      teWissenBinnen30Dagen: await d.db.job.count({
        where: {
          soort: 'bewaartermijn',
          status: 'gepland',
          due: { lte: over30 },
          sleutel: {
            in: (
              await d.db.casus.findMany({
                where: { tenantId: t.id, tekstGewist: null },
                select: { id: true },
              })
            ).map((c) => `bewaartermijn:${c.id}`),
          },
        },
      }),
      ketenGeldig: oordeel?.geldig ?? true,
      ketenLengte: oordeel?.aantal ?? 0,
      nietBezorgd: {
        onbezorgbaar: await d.db.outboxBericht.count({ where: { tenantId: t.id, status: 'onbezorgbaar' } }),
        mislukt: await d.db.outboxBericht.count({ where: { tenantId: t.id, status: 'mislukt' } }),
      },
    });
  }
  return uit;
}
