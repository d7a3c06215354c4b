// The vocabulary of docs/spelregels.md §2 as closed sets, with the Dutch and English labels the UI shows.

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
  'Reactie.keuze': KEUZES,
  'Escalatie.niveau': ESCALATIENIVEAUS,
  'Escalatie.status': ESCALATIE_STATUSSEN,
  'Escalatie.uitkomst': ESCALATIE_UITKOMSTEN,
  'Besluit.uitkomst': UITKOMSTEN,
  'Besluit.genomenDoor': GENOMEN_DOOR,
  'OutboxBericht.status': OUTBOX_STATUSSEN,
  'Job.status': JOB_STATUSSEN,
  'Job.soort': JOB_SOORTEN,
} as const satisfies Record<string, readonly string[]>;

export type Taal = 'nl' | 'en';

export const LABELS: Record<string, { nl: string; en: string }> = {
  akkoord: { nl: 'Akkoord', en: 'Agree' },
  akkoord_met_voorwaarden: { nl: 'Akkoord met voorwaarden', en: 'Agree with conditions' },
  niet_akkoord: { nl: 'Niet akkoord', en: 'Disagree' },
  buiten_mandaat: { nl: 'Buiten mijn mandaat', en: 'Beyond my mandate' },
  onthouding: { nl: 'Onthouding', en: 'Abstain' },
  toegekend: { nl: 'Toegekend', en: 'Granted' },
  deels_toegekend: { nl: 'Deels toegekend', en: 'Partly granted' },
  afgewezen: { nl: 'Afgewezen', en: 'Rejected' },
  doorverwezen: { nl: 'Doorverwezen', en: 'Referred' },
  toekennen: { nl: 'Toekennen', en: 'Grant' },
  deels_toekennen: { nl: 'Deels toekennen', en: 'Partly grant' },
  afwijzen: { nl: 'Afwijzen', en: 'Reject' },
  doorverwijzen: { nl: 'Doorverwijzen', en: 'Refer' },
  normaal: { nl: 'Normaal', en: 'Normal' },
  spoed: { nl: 'Spoed', en: 'Urgent' },
  crisis: { nl: 'Crisis', en: 'Crisis' },
  ja_vastgelegd: { nl: 'Toestemming vastgelegd', en: 'Consent recorded' },
  nee_afweging_vastgelegd: {
    nl: 'Geen toestemming, afweging vastgelegd',
    en: 'No consent, weighing recorded',
  },
  nog_niet: { nl: 'Toestemming nog niet vastgelegd', en: 'Consent not yet recorded' },
  hoog: { nl: 'Hoog', en: 'High' },
  wisselend: { nl: 'Wisselend', en: 'Varying' },
  laag: { nl: 'Laag', en: 'Low' },
  onbekend: { nl: 'Onbekend', en: 'Unknown' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  inkomen: { nl: 'Inkomen', en: 'Income' },
  schulden: { nl: 'Schulden', en: 'Debts' },
  werk_dagbesteding: { nl: 'Werk & dagbesteding', en: 'Work & day activities' },
  zorg_gezondheid: { nl: 'Zorg & gezondheid', en: 'Care & health' },
  psychisch_welzijn: { nl: 'Psychisch welzijn', en: 'Mental well-being' },
  jeugd_opvoeding: { nl: 'Jeugd & opvoeding', en: 'Youth & parenting' },
  veiligheid_overlast: { nl: 'Veiligheid & overlast', en: 'Safety & nuisance' },
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  sociaal_netwerk: { nl: 'Sociaal netwerk', en: 'Social network' },
  crisis_doorverwezen: { nl: 'Doorverwezen naar crisisdienst', en: 'Referred to crisis service' },
  in_besluitronde: { nl: 'In besluitronde', en: 'Decision round open' },
  bij_voorzitter: { nl: 'Bij de voorzitter', en: 'With the chair' },
  bij_bestuurder: { nl: 'Bij de bestuurder', en: 'With the administrator' },
  wacht_op_toestemming: { nl: 'Besluit wacht op toestemming of afweging', en: 'Decision waits for consent' },
  besloten: { nl: 'Besloten', en: 'Decided' },
  ingetrokken: { nl: 'Ingetrokken', en: 'Withdrawn' },
};

export function label(woord: string, taal: Taal = 'nl'): string {
  return LABELS[woord]?.[taal] ?? woord;
}

/** Why a casus went to the chair or a bestuurder (the closing rule's reasons and the ladder's timeouts). */
const ESCALATIEREDENEN: Record<string, string> = {
  geen_quorum: 'te weinig leden hebben geantwoord (geen quorum)',
  niet_akkoord: 'een of meer leden gingen niet akkoord',
  geen_akkoord: 'niemand aan tafel steunde het verzoek',
  buiten_mandaat: 'een lid gaf aan dat dit buiten het mandaat valt',
  boven_mandaat: 'de kosten liggen boven het mandaat van de tafel',
  regel_niet_afwijkbaar: 'de tafel mag niet afwijken van deze regel',
  geen_bestuurder: 'er is geen bestuurder ingesteld',
  bestuurder_verlopen: 'de bestuurders beslisten niet binnen de termijn',
  voorzitter_verlopen: 'de voorzitter besliste niet binnen de termijn',
};

/** An escalation reason as a person reads it; a reason without a phrase yet still shows no code. */
export const redenTekst = (code: string) => ESCALATIEREDENEN[code] ?? code.replace(/_/g, ' ');
