// The tables file (YAML): tenant, organisations, people, knelpunten, bestuurders and tables.
// Validated whole, references included, before anything is written. Strict: a key the file does not
// know is an error (a misspelt `toestemmingVereistVoorBesluit` must not quietly fall back to its
// default), and every finding of the file is reported at once, in the order of the file, with its line.
import { type Document, isMap, isScalar, isSeq } from 'yaml';
import { tafelBeleidSchema, termijnObject, termijnSchema, werkkalenderSchema } from '../domain/beleid.ts';
import { crisisdienstSchema } from '../domain/crisis.ts';
import { DomeinFout } from '../domain/fouten.ts';
import { omschrijfProbleem, padNaarTekst, z } from '../domain/validatie.ts';
import { LEEFGEBIEDEN, LID_ROLLEN } from '../domain/woorden.ts';
import { TALEN } from '../taal/taal.ts';
import { beschrijfMeldingen, type Melding, metPlek, opVolgorde, zoekBereik } from './meldingen.ts';
import { bekendeSleutels, dichtstbij, type Grammatica, onbekendeSleutels } from './sleutelcontrole.ts';
import { leesYaml } from './yamlfouten.ts';

/**
 * What the tables file's error map answers when a schema has no sentence of its own: the sentence is
 * then written here, with the path and the value in it, in `zinVoor`.
 */
const ZONDER_EIGEN_ZIN = '\u0000zonder-eigen-zin';
const PARSEER = { reportInput: true, error: () => ZONDER_EIGEN_ZIN } as const;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
  error: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals citydeal-utrecht (hooguit 63 tekens)',
});
const naam = (max: number) => z.string().trim().min(2).max(max);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const slackGebruiker = z.string().regex(/^[UW][A-Z0-9]{2,}$/, {
  error:
    'Een Slack-gebruikers-id begint met U of W en heeft alleen hoofdletters en cijfers, zoals U012AB3CD (in Slack: profiel → ⋮ → lid-ID kopiëren)',
});
const slackKanaal = z.string().regex(/^[CG][A-Z0-9]{2,}$/, {
  error:
    'Een Slack-kanaal-id begint met C of G en heeft alleen hoofdletters en cijfers, zoals C0123ABCD (in Slack: klik op de kanaalnaam, het id staat onderaan); een naam als #tafel werkt hier niet',
});
const slackWerkruimte = z.string().regex(/^[TE][A-Z0-9]{2,}$/, {
  error: 'Een Slack-werkruimte-id begint met T (of E voor een organisatie), zoals T0123ABCD',
});
const entraId = (wat: string) =>
  z.string().regex(GUID, {
    error: `${wat} is een id uit Microsoft Entra ID, zoals 72f988bf-86f1-41af-91ab-2d7cd011db47`,
  });
const teamsKanaal = z.string().regex(/^19:\S+@thread\.\S+$/, {
  error:
    'Een Teams-kanaal-id ziet eruit als 19:abc123…@thread.tacv2 (in Teams: ⋯ bij het kanaal → Koppeling naar kanaal ophalen; het id staat na /channel/, met %3a als : en %40 als @)',
});
const consoleKanaal = z.string().min(1);

const persoonSchema = z.object({
  sleutel: slug,
  naam: naam(200),
  taal: z.enum(TALEN).optional(),
  slack: slackGebruiker.optional(),
  teams: entraId('Een Teams-gebruiker').optional(),
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

function controleerVerwijzingen(bestand: unknown, ctx: z.RefinementCtx) {
  const b = isGroep(bestand) ? bestand : {};
  const fout = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const uniek = (items: Groep[] | undefined, veld: string, pad: (string | number)[], wat: string) => {
    const eerder = new Map<string, number>();
    items?.forEach((item, i) => {
      const waarde = tekst(item[veld]);
      if (waarde === undefined) return;
      const j = eerder.get(waarde);
      if (j !== undefined)
        fout(
          [...pad, i, veld],
          `${wat} "${waarde}" staat al bij ${padNaarTekst([...pad, j])}; elk mag maar één keer voorkomen`,
        );
      else eerder.set(waarde, i);
    });
  };
  const bestaat = (lijstVan: Groep[] | undefined, veld: string) =>
    lijstVan && new Set(lijstVan.map((x) => tekst(x[veld])).filter((x): x is string => !!x));
  const nietGevonden = (wat: string, waarde: string, onder: string, bekend: Set<string>) => {
    const bedoeld = dichtstbij(waarde, [...bekend]);
    return `${wat} "${waarde}" staat niet onder ${onder}${bedoeld ? ` — bedoelde u "${bedoeld}"?` : ''}`;
  };

  const organisatieLijst = lijst(b.organisaties);
  const personenLijst = lijst(b.personen);
  const tafelLijst = lijst(b.tafels);
  uniek(organisatieLijst, 'slug', ['organisaties'], 'Organisatie');
  uniek(personenLijst, 'sleutel', ['personen'], 'Persoon');
  uniek(personenLijst, 'slack', ['personen'], 'Slack-id');
  uniek(personenLijst, 'teams', ['personen'], 'Teams-id');
  uniek(lijst(b.knelpunten), 'code', ['knelpunten'], 'Knelpunt');
  uniek(tafelLijst, 'slug', ['tafels'], 'Tafel');
  const organisaties = bestaat(organisatieLijst, 'slug');
  const personen = bestaat(personenLijst, 'sleutel');
  const tafels = bestaat(tafelLijst, 'slug');

  lijst(b.bestuurders)?.forEach((be, i) => {
    const persoon = tekst(be.persoon);
    const tafel = tekst(be.tafel);
    if (persoon && personen && !personen.has(persoon))
      fout(['bestuurders', i, 'persoon'], nietGevonden('Persoon', persoon, 'personen', personen));
    if (tafel && tafels && !tafels.has(tafel))
      fout(['bestuurders', i, 'tafel'], nietGevonden('Tafel', tafel, 'tafels', tafels));
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
        fout([...pad, 'persoon'], nietGevonden('Persoon', persoon, 'personen', personen));
      if (organisatie && organisaties && !organisaties.has(organisatie))
        fout([...pad, 'organisatie'], nietGevonden('Organisatie', organisatie, 'organisaties', organisaties));
      if (l.rol === 'voorzitter') voorzitters++;
      else if (organisatie) {
        // One representative per organisation (Dordrecht's maatwerk-tafel), so every party counts once.
        const eerder = orgsAanTafel.get(organisatie);
        if (eerder !== undefined)
          fout(
            [...pad, 'organisatie'],
            `Organisatie "${organisatie}" heeft al een lid aan deze tafel (${padNaarTekst(['tafels', ti, 'leden', eerder])})`,
          );
        else orgsAanTafel.set(organisatie, li);
      }
    });
    uniek(leden, 'persoon', ['tafels', ti, 'leden'], 'Persoon');
    if (voorzitters !== 1)
      fout(
        ['tafels', ti, 'leden'],
        `Een tafel heeft precies één voorzitter (rol: voorzitter); deze tafel heeft er ${voorzitters === 0 ? 'geen' : voorzitters}`,
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
      teamsTenantId: entraId('Een Teams-tenant-id').optional(),
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
  ) {
    super(
      'configuratie',
      soort === 'yaml'
        ? 'Het bestand is geen geldige YAML; er is niets geïmporteerd.'
        : 'Het tafelbestand klopt niet; er is niets geïmporteerd.',
      meldingen.map((m) => ({
        veld: m.pad || (m.regel ? `regel ${m.regel}, kolom ${m.kolom}` : '(bestand)'),
        bericht: m.bericht,
      })),
    );
    this.name = 'TafelsBestandFout';
  }
}

// --- Sentences: what an administrator sees -------------------------------------------------------

type Pad = (string | number)[];

function onderwerp(pad: Pad): string {
  const laatste = pad.at(-1);
  if (laatste === undefined) return 'Het bestand';
  if (typeof laatste === 'number') return padNaarTekst(pad);
  return pad.length === 1 ? `\`${laatste}\`` : `\`${laatste}\` bij ${padNaarTekst(pad.slice(0, -1))}`;
}

function toon(waarde: unknown): string {
  if (typeof waarde === 'string') return `"${waarde.length > 40 ? `${waarde.slice(0, 39)}…` : waarde}"`;
  if (Array.isArray(waarde)) return 'een lijst';
  if (isGroep(waarde)) return 'een groep instellingen';
  return String(waarde);
}

const JA_NEE = /^(ja|nee|j|n|yes|no|y|waar|onwaar|aan|uit|on|off|wel|niet)$/i;

function tip(issue: z.core.$ZodIssue, regelTekst: string): string {
  const invoer = issue.input;
  if (issue.code === 'invalid_type') {
    if (invoer === null)
      return /:\s+#/.test(regelTekst)
        ? ' — begint de waarde met #? Zet haar dan tussen aanhalingstekens ("#…"): zonder is het commentaar'
        : ' — vul een waarde in, of haal de regel weg';
    if (issue.expected === 'boolean' && typeof invoer === 'string')
      return JA_NEE.test(invoer.trim()) ? ' — schrijf true (ja) of false (nee), zonder aanhalingstekens' : '';
    if ((issue.expected === 'number' || issue.expected === 'int') && typeof invoer === 'string') {
      const s = invoer.trim();
      if (/€|euro|^\d{1,3}(\.\d{3})+(,\d*|,-)?$|\d,\d{2}$|,-$/i.test(s))
        return " — schrijf een bedrag in hele euro's, zonder €-teken, punt of komma, zoals 5000";
      if (/^\d+([.,]\d+)?$/.test(s)) return ' — schrijf het getal zonder aanhalingstekens';
      if (/^\d+([.,]\d+)?\s*\p{L}/u.test(s))
        return ' — schrijf alleen het getal; de eenheid staat al in de naam';
      return '';
    }
    if (issue.expected === 'array' && !Array.isArray(invoer))
      return " — schrijf een lijst als [8, 2], of zet elk item op een eigen regel die begint met '- '";
    if (issue.expected === 'object' && !isGroep(invoer))
      return ' — zet de onderdelen ingesprongen op de regels eronder, zoals in tafels.example.yml';
  }
  if (issue.code === 'invalid_value' && typeof invoer === 'string') {
    const bedoeld = dichtstbij(invoer, issue.values.map(String));
    return bedoeld ? ` — bedoelde u \`${bedoeld}\`?` : '';
  }
  return '';
}

function zinVoor(issue: z.core.$ZodIssue, regelTekst: string): string {
  const pad = issue.path as Pad;
  if (issue.message !== ZONDER_EIGEN_ZIN) return `${onderwerp(pad)}: ${issue.message}`;
  if (pad.length === 0)
    return 'Het bestand is leeg of heeft niet de vorm van een tafelbestand; begin met tafels.example.yml.';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const laatste = pad.at(-1);
    const ouder = pad.slice(0, -1);
    return typeof laatste === 'string'
      ? `\`${laatste}\` ontbreekt ${ouder.length ? `bij ${padNaarTekst(ouder)}` : 'in het bestand'}`
      : `${padNaarTekst(pad)} ontbreekt`;
  }
  const waarde =
    issue.input !== undefined &&
    issue.input !== null &&
    ['invalid_type', 'invalid_value', 'invalid_format', 'too_small', 'too_big'].includes(issue.code) &&
    !(Array.isArray(issue.input) && issue.code !== 'invalid_type')
      ? `; er staat ${toon(issue.input)}`
      : '';
  return `${onderwerp(pad)} ${omschrijfProbleem(issue)}${waarde}${tip(issue, regelTekst)}`;
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

export function leesTafelsBestand(tekst: string): TafelsBestand {
  const { document, regels, fouten, waarde } = leesYaml(tekst);
  if (fouten.length) throw new TafelsBestandFout('yaml', fouten);

  const regelVan = (bereik: { begin: number } | undefined) =>
    bereik ? (tekst.split('\n')[regels.linePos(bereik.begin).line - 1] ?? '') : '';
  const onbekend = onbekendeSleutels(tafelsBestandSchema, waarde, GRAMMATICA);
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
        { pad: padNaarTekst(issue.path), bericht: zinVoor(issue, regelVan(bereik)) },
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
          bericht: `${onderwerp(pad)}: ${bron} leest het bestand als ${Number(bron)} (de punt is een decimaalteken); schrijf ${bron.replaceAll('.', '')} zonder punt`,
        },
        { begin, eind },
        regels,
        tekst,
      );
    }),
  ];
  if (meldingen.length || !r.success) throw new TafelsBestandFout('inhoud', opVolgorde(meldingen));
  return r.data;
}

/** The refusal as text for a terminal: how many findings, then each with its line. */
export function beschrijfTafelsBestandFout(fout: TafelsBestandFout, tekst: string, bestand?: string): string {
  const aantal = fout.meldingen.length;
  const kop = `${fout.message} ${aantal === 1 ? '1 fout' : `${aantal} fouten`}:`;
  return [
    kop,
    beschrijfMeldingen(fout.meldingen, tekst, bestand),
    ...(fout.soort === 'yaml'
      ? [
          `Los eerst ${aantal === 1 ? 'deze fout' : 'deze fouten'} op; daarna wordt de inhoud van het bestand gecontroleerd.`,
        ]
      : []),
  ].join('\n');
}
