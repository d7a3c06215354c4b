// The vocabulary of docs/spelregels.md §2 as closed sets; their labels are in the catalogue (src/taal/).
import redenen from '../taal/nl/reden.ts';
import woordLabels from '../taal/nl/woord.ts';
import { TALEN, type Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';

export const KEUZES = [
  'akkoord',
  'akkoord_met_voorwaarden',
  'niet_akkoord',
  'buiten_mandaat',
  'onthouding',
] as const;
export type Keuze = (typeof KEUZES)[number];

export const UITKOMSTEN = ['toegekend', 'deels_toegekend', 'afgewezen', 'doorverwezen'] as const;
export type BesluitUitkomst = (typeof UITKOMSTEN)[number];

/** What the chair (or the meeting) decides when the table could not; each leads to a BesluitUitkomst. */
export const BESLISSINGEN = ['toekennen', 'deels_toekennen', 'afwijzen', 'doorverwijzen'] as const;
export type Beslissing = (typeof BESLISSINGEN)[number];

export const URGENTIES = ['normaal', 'spoed', 'crisis'] as const;
export type Urgentie = (typeof URGENTIES)[number];

export const TOESTEMMINGEN = ['ja_vastgelegd', 'nee_afweging_vastgelegd', 'nog_niet'] as const;
export type Toestemming = (typeof TOESTEMMINGEN)[number];

export const BETROKKENHEDEN = ['hoog', 'wisselend', 'laag', 'onbekend'] as const;
export type Betrokkenheid = (typeof BETROKKENHEDEN)[number];

export const LEEFGEBIEDEN = [
  'wonen',
  'inkomen',
  'schulden',
  'werk_dagbesteding',
  'zorg_gezondheid',
  'psychisch_welzijn',
  'jeugd_opvoeding',
  'veiligheid_overlast',
  'onderwijs',
  'sociaal_netwerk',
] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];

export const CASUS_STATUSSEN = [
  'crisis_doorverwezen',
  'wacht_op_aanvulling',
  'in_besluitronde',
  'bij_voorzitter',
  'bij_bestuurder',
  'wacht_op_toestemming',
  'besloten',
  'ingetrokken',
] as const;
export type CasusStatus = (typeof CASUS_STATUSSEN)[number];

export const LID_ROLLEN = ['lid', 'voorzitter'] as const;
export type LidRol = (typeof LID_ROLLEN)[number];

export const RONDE_STATUSSEN = ['open', 'gesloten'] as const;
export type RondeStatus = (typeof RONDE_STATUSSEN)[number];

export const ESCALATIENIVEAUS = ['voorzitter', 'bestuurder'] as const;
export type Escalatieniveau = (typeof ESCALATIENIVEAUS)[number];

/** 'vervallen': the casus was decided or withdrawn another way while the escalation was still open. */
export const ESCALATIE_STATUSSEN = ['open', 'info_gevraagd', 'beslist', 'verlopen', 'vervallen'] as const;
export type EscalatieStatus = (typeof ESCALATIE_STATUSSEN)[number];

/** What the chair (or the meeting) decides; the besluit then records the matching BesluitUitkomst. */
export const VOORZITTER_UITKOMSTEN = ['toekennen', 'deels_toekennen', 'afwijzen', 'doorverwijzen'] as const;
export type VoorzitterUitkomst = (typeof VOORZITTER_UITKOMSTEN)[number];

/** A bestuurder approves or rejects the exception beyond the table's mandate. */
export const BESTUURDER_BESLUITEN = ['goedkeuren', 'afwijzen'] as const;
export type BestuurderBesluit = (typeof BESTUURDER_BESLUITEN)[number];

/** An escalation records the answer of whoever it was for: a chair's uitkomst or a bestuurder's besluit. */
export const ESCALATIE_UITKOMSTEN = [
  ...VOORZITTER_UITKOMSTEN,
  'goedkeuren', // the bestuurder's 'afwijzen' is the chair's word too
] as const satisfies readonly (VoorzitterUitkomst | BestuurderBesluit)[];

export const GENOMEN_DOOR = ['tafel', 'voorzitter', 'bestuurder', 'vergadering'] as const;
export type GenomenDoor = (typeof GENOMEN_DOOR)[number];

// The machinery's own states (technical words, never shown to a member).

/**
 * 'vervangen': a newer card update made it redundant; 'onbezorgbaar': no address, or no process serves its
 * platform; 'vervallen': the casus's free text was purged before it was sent.
 */
export const OUTBOX_STATUSSEN = [
  'wachtend',
  'bezig',
  'verzonden',
  'mislukt',
  'vervangen',
  'onbezorgbaar',
  'vervallen',
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSSEN)[number];

/** 'vervangen': a reminder superseded by a later one (its laatsteFout says which). */
export const JOB_STATUSSEN = ['gepland', 'klaar', 'geannuleerd', 'mislukt', 'vervangen'] as const;
export type JobStatus = (typeof JOB_STATUSSEN)[number];

export const JOB_SOORTEN = [
  'ronde_sluiten',
  'ronde_afronden',
  'herinnering',
  'escalatie_verlopen',
  'toezegging_herinnering',
  'evaluatie_vragen',
  'agenda',
  'bewaartermijn',
  'toestemming_herinnering',
  'rapportgrafiek_verwijderen',
  'aanvulling_herinnering',
] as const;
export type JobSoort = (typeof JOB_SOORTEN)[number];

/**
 * Every column with a closed set of values, and that set: the database refuses anything else through a
 * CHECK constraint named `<Tabel>_<kolom>_check` (prisma/migrations/…_toegestane_waarden).
 * test/store/toegestanewaarden.test.ts compares each constraint with this list, so a value added here
 * needs a migration that drops and re-adds the column's CHECK.
 */
export const TOEGESTANE_WAARDEN = {
  'Casus.status': CASUS_STATUSSEN,
  'Casus.urgentie': URGENTIES,
  'Casus.betrokkenheid': BETROKKENHEDEN,
  'Casus.toestemming': TOESTEMMINGEN,
  'Lid.rol': LID_ROLLEN,
  'Besluitronde.status': RONDE_STATUSSEN,
  'Antwoord.keuze': KEUZES,
  'Escalatie.niveau': ESCALATIENIVEAUS,
  'Escalatie.status': ESCALATIE_STATUSSEN,
  'Escalatie.uitkomst': ESCALATIE_UITKOMSTEN,
  'Besluit.uitkomst': UITKOMSTEN,
  'Besluit.genomenDoor': GENOMEN_DOOR,
  'OutboxBericht.status': OUTBOX_STATUSSEN,
  'Job.status': JOB_STATUSSEN,
  'Job.soort': JOB_SOORTEN,
  'Tenant.taal': TALEN,
  'Persoon.taal': TALEN,
} as const satisfies Record<string, readonly string[]>;

export type { Taal } from '../taal/taal.ts';

const heeftLabel = (woord: string): woord is keyof typeof woordLabels => Object.hasOwn(woordLabels, woord);

/** A code as a person reads it, from the catalogue; a code without a label yet still shows no underscore. */
export function label(woord: string, taal: Taal = 'nl'): string {
  return heeftLabel(woord) ? tekst(taal, `woord.${woord}`) : woord.replace(/_/g, ' ');
}

export const isGenomenDoor = (x: string): x is GenomenDoor => (GENOMEN_DOOR as readonly string[]).includes(x);

/** Who took a besluit, as the end of "Besloten door …": "de voorzitter". */
export const genomenDoorLabel = (wie: GenomenDoor, taal: Taal = 'nl'): string =>
  tekst(taal, `berichten.genomen_door.${wie}`);

const heeftReden = (code: string): code is keyof typeof redenen => Object.hasOwn(redenen, code);

/** Why a casus went to the chair or a bestuurder, as a phrase; a reason without a phrase yet shows no code. */
export const redenTekst = (code: string, taal: Taal = 'nl') =>
  heeftReden(code) ? tekst(taal, `reden.${code}`) : code.replace(/_/g, ' ');
