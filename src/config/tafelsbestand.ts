// The tables file (YAML): tenant, organisations, people, knelpunten, bestuurders and tables.
// Validated whole, references included, before anything is written. Strict: a key the file does not
// know is an error (a misspelt `toestemmingVereistVoorBesluit` must not quietly fall back to its
// default), and every finding of the file is reported at once, in the order of the file, with its line.
import { type Document, isMap, isScalar, isSeq } from 'yaml';
import { tafelBeleidSchema, termijnObject, termijnSchema, werkkalenderSchema } from '../domain/beleid.ts';
import { crisisdienstSchema } from '../domain/crisis.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { padNaarTekst, probleemZin, z, zinVan } from '../domain/validatie.ts';
import { LEEFGEBIEDEN, LID_ROLLEN } from '../domain/woorden.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import { TALEN, type Taal } from '../taal/taal.ts';
import { type Waarden, weergave, tekst as zin } from '../taal/tekst.ts';
import { beschrijfMeldingen, type Melding, metPlek, opVolgorde, plekTekst, zoekBereik } from './meldingen.ts';
import { bekendeSleutels, dichtstbij, type Grammatica, onbekendeSleutels } from './sleutelcontrole.ts';
import { leesYaml } from './yamlfouten.ts';

/**
 * What the tables file's error map answers when a schema has no sentence of its own: the sentence is
 * then written here, with the path and the value in it, in `zinVoor`.
 */
const ZONDER_EIGEN_ZIN = '\u0000zonder-eigen-zin';
const PARSEER = { reportInput: true, error: () => ZONDER_EIGEN_ZIN } as const;

/**
 * The sentences of the values with a form of their own. A schema carries the key of its sentence as its
 * message; `zinVoor` renders it in the reader's language.
 */
const WAARDEZINNEN = new Set<string>([
  'instellingen.waarde.slug',
  'instellingen.waarde.slack_gebruiker',
  'instellingen.waarde.slack_kanaal',
  'instellingen.waarde.slack_werkruimte',
  'instellingen.waarde.teams_gebruiker',
  'instellingen.waarde.teams_tenant',
  'instellingen.waarde.teams_kanaal',
] satisfies Sleutel[]);

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: 'instellingen.waarde.slug' });
const naam = (max: number) => z.string().trim().min(2).max(max);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const slackGebruiker = z
  .string()
  .regex(/^[UW][A-Z0-9]{2,}$/, { error: 'instellingen.waarde.slack_gebruiker' });
const slackKanaal = z.string().regex(/^[CG][A-Z0-9]{2,}$/, { error: 'instellingen.waarde.slack_kanaal' });
const slackWerkruimte = z
  .string()
  .regex(/^[TE][A-Z0-9]{2,}$/, { error: 'instellingen.waarde.slack_werkruimte' });
const entraId = (sleutel: Sleutel) => z.string().regex(GUID, { error: sleutel });
const teamsKanaal = z.string().regex(/^19:\S+@thread\.\S+$/, { error: 'instellingen.waarde.teams_kanaal' });
const consoleKanaal = z.string().min(1);

const persoonSchema = z.object({
  sleutel: slug,
  naam: naam(200),
  taal: z.enum(TALEN).optional(),
  slack: slackGebruiker.optional(),
  teams: entraId('instellingen.waarde.teams_gebruiker').optional(),
  console: z.string().min(1).optional(),
});

const lidSchema = z.object({
  persoon: slug,
  organisatie: slug,
  rol: z.enum(LID_ROLLEN).default('lid'),
  beslissingsbevoegd: z.boolean().optional(),
  /** The member's own mandate per casus, in euro. */
  mandaat: z.number().nonnegative().optional(),
  domeinen: z.array(z.enum(LEEFGEBIEDEN)).default([]),
});

const kanalen = (kanaal: z.ZodString) =>
  z.object({ tafel: kanaal.optional(), leer: kanaal.optional() }).optional();

/** Parses a part of the file with a domain schema, its findings at their place in the file. */
function alsDeel(schema: z.ZodType) {
  return z
    .unknown()
    .default({})
    .superRefine((waarde, ctx) => {
      const r = schema.safeParse(waarde, PARSEER);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue });
    });
}

// Kept as written (the service stores the policy and calendar as the file says them); validated whole.
const beleidVeld = alsDeel(tafelBeleidSchema);
const werkkalenderVeld = alsDeel(werkkalenderSchema);

/** The keys behind the parts the schema keeps as written, for the check on unknown keys. */
const GRAMMATICA: Grammatica = new Map<z.ZodType, z.ZodType>([
  [beleidVeld, tafelBeleidSchema],
  [werkkalenderVeld, werkkalenderSchema],
  [termijnSchema, termijnObject],
]);

const tafelSchema = z.object({
  slug,
  naam: naam(120),
  kanalen: z
    .object({ slack: kanalen(slackKanaal), teams: kanalen(teamsKanaal), console: kanalen(consoleKanaal) })
    .default({}),
  leden: z.array(lidSchema).min(1),
  beleid: beleidVeld,
});

type Groep = Record<string, unknown>;
const isGroep = (x: unknown): x is Groep => !!x && typeof x === 'object' && !Array.isArray(x);
/** The items of a list as far as they are readable: the checks below also run on a file with other errors. */
const lijst = (x: unknown): Groep[] | undefined =>
  Array.isArray(x) ? x.map((i) => (isGroep(i) ? i : {})) : undefined;
const tekst = (x: unknown) => (typeof x === 'string' ? x : undefined);

/** A finding of the checks below, rendered when the reader's language is known. */
type Verwijzingszin = (taal: Taal) => string;

type Wat = 'organisatie' | 'persoon' | 'slack' | 'teams' | 'knelpunt' | 'tafel';

const watTekst = (taal: Taal, wat: Wat) => zin(taal, 'instellingen.verwijzing.wat', { wat });

function controleerVerwijzingen(bestand: unknown, ctx: z.RefinementCtx) {
  const b = isGroep(bestand) ? bestand : {};
  const fout = (path: (string | number)[], bericht: Verwijzingszin) =>
    ctx.addIssue({ code: 'custom', path, message: bericht('nl'), params: { bericht } });
  const uniek = (items: Groep[] | undefined, veld: string, pad: (string | number)[], wat: Wat) => {
    const eerder = new Map<string, number>();
    items?.forEach((item, i) => {
      const waarde = tekst(item[veld]);
      if (waarde === undefined) return;
      const j = eerder.get(waarde);
      if (j !== undefined)
        fout([...pad, i, veld], (taal) =>
          zin(taal, 'instellingen.verwijzing.dubbel', {
            wat: watTekst(taal, wat),
            waarde,
            pad: padNaarTekst([...pad, j]),
          }),
        );
      else eerder.set(waarde, i);
    });
  };
  const bestaat = (lijstVan: Groep[] | undefined, veld: string) =>
    lijstVan && new Set(lijstVan.map((x) => tekst(x[veld])).filter((x): x is string => !!x));
  const nietGevonden =
    (wat: Wat, waarde: string, onder: string, bekend: Set<string>): Verwijzingszin =>
    (taal) => {
      const bedoeld = dichtstbij(waarde, [...bekend]);
      const waarden = { wat: watTekst(taal, wat), waarde, onder };
      return bedoeld
        ? zin(taal, 'instellingen.verwijzing.niet_gevonden_bedoeld', { ...waarden, bedoeld })
        : zin(taal, 'instellingen.verwijzing.niet_gevonden', waarden);
    };

  const organisatieLijst = lijst(b.organisaties);
  const personenLijst = lijst(b.personen);
  const tafelLijst = lijst(b.tafels);
  uniek(organisatieLijst, 'slug', ['organisaties'], 'organisatie');
  uniek(personenLijst, 'sleutel', ['personen'], 'persoon');
  uniek(personenLijst, 'slack', ['personen'], 'slack');
  uniek(personenLijst, 'teams', ['personen'], 'teams');
  uniek(lijst(b.knelpunten), 'code', ['knelpunten'], 'knelpunt');
  uniek(tafelLijst, 'slug', ['tafels'], 'tafel');
  const organisaties = bestaat(organisatieLijst, 'slug');
  const personen = bestaat(personenLijst, 'sleutel');
  const tafels = bestaat(tafelLijst, 'slug');

  lijst(b.bestuurders)?.forEach((be, i) => {
    const persoon = tekst(be.persoon);
    const tafel = tekst(be.tafel);
    if (persoon && personen && !personen.has(persoon))
      fout(['bestuurders', i, 'persoon'], nietGevonden('persoon', persoon, 'personen', personen));
    if (tafel && tafels && !tafels.has(tafel))
      fout(['bestuurders', i, 'tafel'], nietGevonden('tafel', tafel, 'tafels', tafels));
  });

  tafelLijst?.forEach((t, ti) => {
    const leden = lijst(t.leden);
    if (!leden) return;
    const orgsAanTafel = new Map<string, number>();
    let voorzitters = 0;
    leden.forEach((l, li) => {
      const pad = ['tafels', ti, 'leden', li];
      const persoon = tekst(l.persoon);
      const organisatie = tekst(l.organisatie);
      if (persoon && personen && !personen.has(persoon))
        fout([...pad, 'persoon'], nietGevonden('persoon', persoon, 'personen', personen));
      if (organisatie && organisaties && !organisaties.has(organisatie))
        fout([...pad, 'organisatie'], nietGevonden('organisatie', organisatie, 'organisaties', organisaties));
      if (l.rol === 'voorzitter') voorzitters++;
      else if (organisatie) {
        // One representative per organisation (Dordrecht's maatwerk-tafel), so every party counts once.
        const eerder = orgsAanTafel.get(organisatie);
        if (eerder !== undefined)
          fout([...pad, 'organisatie'], (taal) =>
            zin(taal, 'instellingen.verwijzing.organisatie_al_aan_tafel', {
              organisatie,
              pad: padNaarTekst(['tafels', ti, 'leden', eerder]),
            }),
          );
        else orgsAanTafel.set(organisatie, li);
      }
    });
    uniek(leden, 'persoon', ['tafels', ti, 'leden'], 'persoon');
    if (voorzitters !== 1)
      fout(['tafels', ti, 'leden'], (taal) =>
        zin(taal, 'instellingen.verwijzing.voorzitters', { aantal: voorzitters, n: String(voorzitters) }),
      );
  });
}

/** Read only through `leesTafelsBestand`: its parts report in the sentences written below. */
const tafelsBestandSchema = z
  .object({
    tenant: z.object({
      slug,
      naam: naam(200),
      bewaartermijnMaanden: z.number().int().min(1).max(120).default(12),
      taal: z.enum(TALEN).default('nl'),
      crisisdienst: crisisdienstSchema.optional(),
      slackTeamId: slackWerkruimte.optional(),
      teamsTenantId: entraId('instellingen.waarde.teams_tenant').optional(),
      werkkalender: werkkalenderVeld,
    }),
    organisaties: z.array(z.object({ slug, naam: naam(200) })).min(1),
    personen: z.array(persoonSchema).min(1),
    knelpunten: z
      .array(
        z.object({
          code: slug,
          naam: naam(200),
          regel: z.string().trim().min(2).max(300),
          tafelMagAfwijken: z.boolean().default(true),
        }),
      )
      .default([]),
    bestuurders: z
      .array(
        z.object({
          persoon: slug,
          trede: z.number().int().min(1).max(9),
          titel: naam(120),
          termijnWerkdagen: z.number().positive().max(60).default(3),
          /** Limit to one table; absent = all tables of the tenant. */
          tafel: slug.optional(),
        }),
      )
      .default([]),
    tafels: z.array(tafelSchema).min(1),
  })
  // Also when parts of the file are wrong, so that one run shows every finding.
  .superRefine(controleerVerwijzingen, { when: () => true });

export type TafelsBestand = z.output<typeof tafelsBestandSchema>;

/** Every key the file may hold, as `tafels[].beleid.quorum`: what the documentation has to mention. */
export const tafelsBestandSleutels = () => [...new Set(bekendeSleutels(tafelsBestandSchema, GRAMMATICA))];

/** Every finding of one tables file, each with its place; nothing of the file was imported. */
export class TafelsBestandFout extends DomeinFout {
  constructor(
    /** `yaml`: the file could not be read, so its content was not checked yet. */
    public readonly soort: 'yaml' | 'inhoud',
    public readonly meldingen: readonly Melding[],
    /** The language the findings are written in. */
    taal: Taal = 'nl',
  ) {
    super(
      'configuratie',
      { sleutel: soort === 'yaml' ? 'instellingen.fout.yaml' : 'instellingen.fout.inhoud' },
      meldingen.map((m) => ({
        veld:
          m.pad ||
          (m.regel ? plekTekst(m.regel, m.kolom ?? 1, taal) : zin(taal, 'instellingen.plek.bestand')),
        bericht: m.bericht,
      })),
    );
    this.name = 'TafelsBestandFout';
  }
}

// --- Sentences: what an administrator sees -------------------------------------------------------

type Pad = (string | number)[];
type T = (sleutel: Sleutel, waarden?: Waarden) => string;

function onderwerp(pad: Pad, t: T): string {
  const laatste = pad.at(-1);
  if (laatste === undefined) return t('instellingen.onderwerp.bestand');
  if (typeof laatste === 'number') return padNaarTekst(pad);
  return pad.length === 1
    ? `\`${laatste}\``
    : t('instellingen.onderwerp.bij', { sleutel: laatste, pad: padNaarTekst(pad.slice(0, -1)) });
}

function toon(waarde: unknown, t: T): string {
  if (typeof waarde === 'string') return `"${waarde.length > 40 ? `${waarde.slice(0, 39)}…` : waarde}"`;
  if (Array.isArray(waarde)) return t('instellingen.toon.lijst');
  if (isGroep(waarde)) return t('instellingen.toon.groep');
  return String(waarde);
}

const JA_NEE = /^(ja|nee|j|n|yes|no|y|waar|onwaar|aan|uit|on|off|wel|niet)$/i;

function tip(issue: z.core.$ZodIssue, regelTekst: string, t: T): string {
  const invoer = issue.input;
  const na = (sleutel: Sleutel, waarden?: Waarden) => ` — ${t(sleutel, waarden)}`;
  if (issue.code === 'invalid_type') {
    if (invoer === null)
      return /:\s+#/.test(regelTekst) ? na('instellingen.tip.hekje') : na('instellingen.tip.vul_in');
    if (issue.expected === 'boolean' && typeof invoer === 'string')
      return JA_NEE.test(invoer.trim()) ? na('instellingen.tip.ja_nee') : '';
    if ((issue.expected === 'number' || issue.expected === 'int') && typeof invoer === 'string') {
      const s = invoer.trim();
      if (/€|euro|^\d{1,3}(\.\d{3})+(,\d*|,-)?$|\d,\d{2}$|,-$/i.test(s)) return na('instellingen.tip.bedrag');
      if (/^\d+([.,]\d+)?$/.test(s)) return na('instellingen.tip.getal_zonder_aanhalingstekens');
      if (/^\d+([.,]\d+)?\s*\p{L}/u.test(s)) return na('instellingen.tip.getal_zonder_eenheid');
      return '';
    }
    if (issue.expected === 'array' && !Array.isArray(invoer)) return na('instellingen.tip.lijst');
    if (issue.expected === 'object' && !isGroep(invoer)) return na('instellingen.tip.groep');
  }
  if (issue.code === 'invalid_value' && typeof invoer === 'string') {
    const bedoeld = dichtstbij(invoer, issue.values.map(String));
    return bedoeld ? na('instellingen.tip.bedoeld', { bedoeld }) : '';
  }
  return '';
}

function zinVoor(issue: z.core.$ZodIssue, regelTekst: string, taal: Taal): string {
  const t: T = (sleutel, waarden) => zin(taal, sleutel, waarden);
  const pad = issue.path as Pad;
  const verwijzing =
    issue.code === 'custom' ? (issue.params?.bericht as Verwijzingszin | undefined) : undefined;
  if (verwijzing) return `${onderwerp(pad, t)}: ${verwijzing(taal)}`;
  if (WAARDEZINNEN.has(issue.message)) return `${onderwerp(pad, t)}: ${t(issue.message as Sleutel)}`;
  const eigen = zinVan(issue.message);
  if (eigen) return `${onderwerp(pad, t)}: ${weergave(taal, eigen)}`;
  // A sentence from outside the catalogue is Dutch; another reader gets what is wrong in general.
  if (issue.message !== ZONDER_EIGEN_ZIN && taal === 'nl') return `${onderwerp(pad, t)}: ${issue.message}`;
  if (pad.length === 0) return t('instellingen.zin.vorm');
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const laatste = pad.at(-1);
    const ouder = pad.slice(0, -1);
    if (typeof laatste !== 'string') return t('instellingen.zin.item_ontbreekt', { pad: padNaarTekst(pad) });
    return ouder.length
      ? t('instellingen.zin.ontbreekt_bij', { sleutel: laatste, pad: padNaarTekst(ouder) })
      : t('instellingen.zin.ontbreekt_in_bestand', { sleutel: laatste });
  }
  const waarde =
    issue.input !== undefined &&
    issue.input !== null &&
    ['invalid_type', 'invalid_value', 'invalid_format', 'too_small', 'too_big'].includes(issue.code) &&
    !(Array.isArray(issue.input) && issue.code !== 'invalid_type')
      ? `; ${t('instellingen.zin.er_staat', { waarde: toon(issue.input, t) })}`
      : '';
  return `${onderwerp(pad, t)} ${weergave(taal, probleemZin(issue))}${waarde}${tip(issue, regelTekst, t)}`;
}

/** `5.000` is read as five: in Dutch it means five thousand, so a number written that way is refused. */
function getallenMetPunt(document: Document, tekst: string): { pad: Pad; begin: number; eind: number }[] {
  const gevonden: { pad: Pad; begin: number; eind: number }[] = [];
  const loop = (knoop: unknown, pad: Pad) => {
    if (isMap(knoop))
      for (const paar of knoop.items)
        loop(paar.value, [...pad, String(isScalar(paar.key) ? paar.key.value : paar.key)]);
    else if (isSeq(knoop)) {
      for (const [i, item] of knoop.items.entries()) loop(item, [...pad, i]);
    } else if (isScalar(knoop) && typeof knoop.value === 'number' && knoop.range) {
      const bron = tekst.slice(knoop.range[0], knoop.range[1]);
      if (/^\d{1,3}(\.\d{3})+$/.test(bron))
        gevonden.push({ pad, begin: knoop.range[0], eind: knoop.range[1] });
    }
  };
  loop(document.contents, []);
  return gevonden;
}

/** The file read and checked; every finding is written in `taal` (the administrator's terminal). */
export function leesTafelsBestand(tekst: string, taal: Taal = 'nl'): TafelsBestand {
  const t: T = (sleutel, waarden) => zin(taal, sleutel, waarden);
  const { document, regels, fouten, waarde } = leesYaml(tekst, taal);
  if (fouten.length) throw new TafelsBestandFout('yaml', fouten, taal);

  const regelVan = (bereik: { begin: number } | undefined) =>
    bereik ? (tekst.split('\n')[regels.linePos(bereik.begin).line - 1] ?? '') : '';
  const onbekend = onbekendeSleutels(tafelsBestandSchema, waarde, GRAMMATICA, taal);
  // "`naam` ontbreekt" says nothing new next to "Onbekende instelling `nam` — bedoelde u `naam`?".
  const bedoeld = new Set(
    onbekend.filter((o) => o.bedoeld).map((o) => padNaarTekst([...o.pad.slice(0, -1), o.bedoeld as string])),
  );
  const r = tafelsBestandSchema.safeParse(waarde, PARSEER);
  const issues = (r.success ? [] : r.error.issues).filter(
    (i) => !(i.code === 'invalid_type' && i.input === undefined && bedoeld.has(padNaarTekst(i.path))),
  );
  const meldingen = [
    ...onbekend.map((o) =>
      metPlek(
        { pad: padNaarTekst(o.pad), bericht: o.bericht },
        zoekBereik(document, o.pad, true),
        regels,
        tekst,
      ),
    ),
    ...issues.map((issue) => {
      const bereik = zoekBereik(document, issue.path as Pad);
      return metPlek(
        { pad: padNaarTekst(issue.path), bericht: zinVoor(issue, regelVan(bereik), taal) },
        bereik,
        regels,
        tekst,
      );
    }),
    ...getallenMetPunt(document, tekst).map(({ pad, begin, eind }) => {
      const bron = tekst.slice(begin, eind);
      return metPlek(
        {
          pad: padNaarTekst(pad),
          bericht: `${onderwerp(pad, t)}: ${t('instellingen.zin.punt_in_getal', {
            bron,
            getal: String(Number(bron)),
            zonderPunt: bron.replaceAll('.', ''),
          })}`,
        },
        { begin, eind },
        regels,
        tekst,
      );
    }),
  ];
  if (meldingen.length || !r.success) throw new TafelsBestandFout('inhoud', opVolgorde(meldingen), taal);
  return r.data;
}

/** The refusal as text for a terminal: how many findings, then each with its line. */
export function beschrijfTafelsBestandFout(
  fout: TafelsBestandFout,
  tekst: string,
  bestand?: string,
  taal: Taal = 'nl',
): string {
  const aantal = fout.meldingen.length;
  const kop = `${fout.tekst(taal)} ${zin(taal, 'instellingen.fout.aantal', { aantal, n: String(aantal) })}`;
  return [
    kop,
    beschrijfMeldingen(fout.meldingen, tekst, bestand, taal),
    ...(fout.soort === 'yaml' ? [zin(taal, 'instellingen.fout.eerst_yaml', { aantal })] : []),
  ].join('\n');
}
