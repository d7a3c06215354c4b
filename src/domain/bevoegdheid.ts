// Who may do what with a casus, decided from facts the services read from stored state. One rule per act,
// used alike by the read models (which controls a person gets) and by the commands (which refuse), so a
// button and the service behind it never disagree. Each rule takes only the facts it needs; the read model
// fills them all in and gets every verdict at once (`bevoegdheden`).
import { isDefinitief, volgendeStatus } from './casusstatus.ts';

export type Oordeel<Reden extends string> = { mag: true } | { mag: false; reden: Reden };

const toegestaan = { mag: true } as const;
const weiger = <R extends string>(reden: R): Oordeel<R> => ({ mag: false, reden });

export interface BevoegdheidFeiten {
  /** The person is known to the bot (an identity linked to a person). */
  bekend: boolean;
  /** An active member of the casus's table. */
  lidVanTafel: boolean;
  indiener: boolean;
  /** The chair of the casus's table. */
  voorzitter: boolean;
  /** Ever the target of an escalation of this casus (the chair or a bestuurder). */
  escalatieDoel: boolean;
  casusStatus: string;
  opAgenda: boolean;
  /** The latest round, if any: still open (not closed), and whether its deadline passed. */
  ronde: { open: boolean; deadlineVerstreken: boolean } | null;
  /** The latest round expects an answer from this person. */
  verwachtInRonde: boolean;
  /** The escalation waiting for an answer (open or waiting for information), if any. */
  openEscalatie: { niveau: 'voorzitter' | 'bestuurder'; aanPersoon: boolean } | null;
  /** Per level: an escalation at that level was answered already. */
  beslist: { voorzitter: boolean; bestuurder: boolean };
}

type Feiten<K extends keyof BevoegdheidFeiten> = Pick<BevoegdheidFeiten, K>;

/** Need-to-know (AVG, seeds 000/003): only the table, the submitter and whoever must decide see a casus. */
export function magZien(f: Feiten<'lidVanTafel' | 'indiener' | 'escalatieDoel'>): Oordeel<'geen_toegang'> {
  return f.lidVanTafel || f.indiener || f.escalatieDoel ? toegestaan : weiger('geen_toegang');
}

export type AntwoordWeigering =
  | 'onbekend'
  | 'ronde_gesloten'
  | 'wacht_op_aanvulling'
  | 'geen_lid'
  | 'niet_verwacht';

/** Only members the round expects, only while it is open; a casus waiting for its submitter has none yet. */
export function magAntwoorden(
  f: Feiten<'bekend' | 'lidVanTafel' | 'ronde' | 'verwachtInRonde' | 'casusStatus'>,
): Oordeel<AntwoordWeigering> {
  if (!f.bekend) return weiger('onbekend');
  // Someone not at the table hears nothing of the casus's state (see AntwoordVanBuiten in the services).
  if (f.casusStatus === 'wacht_op_aanvulling')
    return weiger(f.lidVanTafel ? 'wacht_op_aanvulling' : 'geen_lid');
  if (!f.ronde?.open || f.ronde.deadlineVerstreken) return weiger('ronde_gesloten');
  if (!f.lidVanTafel) return weiger('geen_lid');
  if (!f.verwachtInRonde) return weiger('niet_verwacht');
  return toegestaan;
}

export type EscalatieWeigering = 'al_beslist' | 'niet_aan_de_beurt';

/** Is it this level's turn? Refused as decided when this level (or the casus) was decided already. */
function aanDeBeurt(
  f: Feiten<'casusStatus' | 'openEscalatie' | 'beslist'>,
  niveau: 'voorzitter' | 'bestuurder',
): Oordeel<EscalatieWeigering> {
  if (f.openEscalatie?.niveau === niveau) return toegestaan;
  return f.beslist[niveau] || f.casusStatus === 'besloten'
    ? weiger('al_beslist')
    : weiger('niet_aan_de_beurt');
}

/** The chair's casting vote: the chair of the table, while an escalation waits for the chair. */
export function magBeslissenAlsVoorzitter(
  f: Feiten<'voorzitter' | 'casusStatus' | 'openEscalatie' | 'beslist'>,
): Oordeel<'geen_voorzitter' | EscalatieWeigering> {
  if (!f.voorzitter) return weiger('geen_voorzitter');
  return aanDeBeurt(f, 'voorzitter');
}

/** Only the bestuurder the open escalation is addressed to (also to ask for information). */
export function magBeslissenAlsBestuurder(
  f: Feiten<'casusStatus' | 'openEscalatie' | 'beslist'>,
): Oordeel<EscalatieWeigering | 'andere_bestuurder'> {
  const beurt = aanDeBeurt(f, 'bestuurder');
  if (!beurt.mag) return beurt;
  return f.openEscalatie?.aanPersoon ? toegestaan : weiger('andere_bestuurder');
}

/** The chair's controls on a casus (Slack's menu, Teams' chair card). */
export const BEHEERACTIES = ['verlengen', 'intrekken', 'heropenen', 'op_agenda', 'vergaderbesluit'] as const;
export type Beheeractie = (typeof BEHEERACTIES)[number];
export type BeheerWeigering = 'geen_voorzitter' | 'niet_bevoegd';

/**
 * Who may use one of the chair's controls at all: the chair; withdrawing also the submitter of the casus.
 * Whether the casus's state allows it is each control's own rule (below), judged when it is used.
 */
export function magBeheeractie(
  actie: Beheeractie,
  f: Feiten<'voorzitter' | 'indiener'>,
): Oordeel<BeheerWeigering> {
  if (f.voorzitter) return toegestaan;
  if (actie !== 'intrekken') return weiger('geen_voorzitter');
  return f.indiener ? toegestaan : weiger('niet_bevoegd');
}

/** The chair, or the submitter for their own casus, while it is not final. */
export function magIntrekken(
  f: Feiten<'voorzitter' | 'indiener' | 'casusStatus'>,
): Oordeel<BeheerWeigering | 'afgerond'> {
  const wie = magBeheeractie('intrekken', f);
  if (!wie.mag) return wie;
  return volgendeStatus(f.casusStatus, 'ingetrokken').soort === 'toegestaan'
    ? toegestaan
    : weiger('afgerond');
}

/**
 * Its round waits for what the table requires (spelregels §4): there is no round to extend or reopen, and
 * nothing for the meeting to decide yet.
 */
const wachtOpAanvulling = (f: Feiten<'casusStatus'>) => f.casusStatus === 'wacht_op_aanvulling';

/** The chair reopens a round that closed without a besluit (the casus waits for the chair or a bestuurder). */
export function magHeropenen(
  f: Feiten<'voorzitter' | 'casusStatus'>,
): Oordeel<'geen_voorzitter' | 'geen_gesloten_ronde' | 'wacht_op_aanvulling'> {
  if (!f.voorzitter) return weiger('geen_voorzitter');
  if (wachtOpAanvulling(f)) return weiger('wacht_op_aanvulling');
  return volgendeStatus(f.casusStatus, 'ronde_heropend').soort === 'toegestaan'
    ? toegestaan
    : weiger('geen_gesloten_ronde');
}

/** The chair extends the deadline of a round that has not closed yet (also just after its deadline). */
export function magTermijnVerlengen(
  f: Feiten<'voorzitter' | 'ronde' | 'casusStatus'>,
): Oordeel<'geen_voorzitter' | 'ronde_gesloten' | 'wacht_op_aanvulling'> {
  if (!f.voorzitter) return weiger('geen_voorzitter');
  if (wachtOpAanvulling(f)) return weiger('wacht_op_aanvulling');
  return f.ronde?.open ? toegestaan : weiger('ronde_gesloten');
}

/** The chair puts a casus that is not final, and not waiting for its round, on the meeting's agenda. */
export function magAgenderen(
  f: Feiten<'voorzitter' | 'casusStatus'>,
): Oordeel<'geen_voorzitter' | 'afgerond' | 'wacht_op_aanvulling'> {
  if (!f.voorzitter) return weiger('geen_voorzitter');
  if (wachtOpAanvulling(f)) return weiger('wacht_op_aanvulling');
  return isDefinitief(f.casusStatus) ? weiger('afgerond') : toegestaan;
}

/** The chair records what the meeting decided about a casus on its agenda. */
export function magVergaderbesluitVastleggen(
  f: Feiten<'voorzitter' | 'opAgenda' | 'casusStatus'>,
): Oordeel<'geen_voorzitter' | 'niet_op_agenda' | 'al_beslist' | 'wacht_op_aanvulling'> {
  if (!f.voorzitter) return weiger('geen_voorzitter');
  if (wachtOpAanvulling(f)) return weiger('wacht_op_aanvulling');
  if (!f.opAgenda) return weiger('niet_op_agenda');
  return f.casusStatus === 'besloten' ? weiger('al_beslist') : toegestaan;
}

/**
 * The chair's controls that apply to a casus in its state, the ones the chair's menu and card offer: none
 * once it is final; only withdrawing while its round waits for the submitter (there is no round to extend
 * or reopen, nothing on the agenda to decide); otherwise all of them, each judged again when it is used.
 */
export function beheeracties(f: Feiten<'voorzitter' | 'casusStatus'>): readonly Beheeractie[] {
  if (!f.voorzitter || isDefinitief(f.casusStatus)) return [];
  if (wachtOpAanvulling(f)) return ['intrekken'];
  return BEHEERACTIES;
}

export type ToezeggingWeigering = 'onbekend' | 'niet_bevoegd' | 'al_gedaan';

/**
 * A commitment is marked done by whoever made it, or by a member of that organisation at the casus's
 * table (the organisation owns the task), once.
 */
export function magToezeggingAfronden(f: {
  bekend: boolean;
  /** The person gave the commitment with their answer. */
  eigenaar: boolean;
  /** An active member of the commitment's organisation at the casus's table. */
  lidVanOrganisatie: boolean;
  gedaan: boolean;
}): Oordeel<ToezeggingWeigering> {
  if (!f.bekend) return weiger('onbekend');
  if (!f.eigenaar && !f.lidVanOrganisatie) return weiger('niet_bevoegd');
  if (f.gedaan) return weiger('al_gedaan');
  return toegestaan;
}

/** What one person's own view of the casus card holds (Teams' per-user refresh, Slack's own view). */
export interface Kaartweergave {
  /** The answer form: only whoever may answer now. */
  antwoordformulier: boolean;
  /** Their own answer and reason in the latest round: a member who answered, also after it closed. */
  eigenAntwoord: boolean;
  /** The way to the chair's controls: the chair, while the casus is not final. */
  voorzittersacties: boolean;
  /** Which of the chair's controls that way leads to (`beheeracties`). */
  beheeracties: readonly Beheeractie[];
}

/**
 * The parts of the casus card one person sees. The card everyone shares holds none of them: it shows the
 * state only, and each part appears in the view of the person this rule gives it to.
 */
export function kaartweergave(
  f: Feiten<'bekend' | 'lidVanTafel' | 'ronde' | 'verwachtInRonde' | 'voorzitter' | 'casusStatus'> & {
    /** This person has an answer in the latest round. */
    geantwoord: boolean;
  },
): Kaartweergave {
  const acties = beheeracties(f);
  return {
    antwoordformulier: magAntwoorden(f).mag,
    eigenAntwoord: f.bekend && f.lidVanTafel && f.geantwoord,
    voorzittersacties: acties.length > 0,
    beheeracties: acties,
  };
}

/** Every verdict for one person on one casus, for the read models. */
export function bevoegdheden(f: BevoegdheidFeiten) {
  return {
    zien: magZien(f),
    antwoorden: magAntwoorden(f),
    alsVoorzitter: magBeslissenAlsVoorzitter(f),
    alsBestuurder: magBeslissenAlsBestuurder(f),
    intrekken: magIntrekken(f),
    heropenen: magHeropenen(f),
    termijnVerlengen: magTermijnVerlengen(f),
    agenderen: magAgenderen(f),
    beheer: Object.fromEntries(BEHEERACTIES.map((a) => [a, magBeheeractie(a, f)])) as Record<
      Beheeractie,
      Oordeel<BeheerWeigering>
    >,
  };
}

export type Bevoegdheden = ReturnType<typeof bevoegdheden>;
