// Is a channel wider than its table? Whoever can read the table's channel reads every casus posted there,
// so need-to-know (AVG; seeds 000/003: only the partners who need it) holds in the chat only when the
// channel is as narrow as the table. The adapters gather what the platform shows of the channel; this rule
// says what counts as wider; the chair decides what to do with it (the binding stands either way).
//
// The table channel (soort 'tafel') is wider when it is open to people outside the table: a public Slack
// channel or a standard Teams channel (everyone in the workspace or team, also who joins later), a channel
// shared with another workspace, team or organisation, or anyone in it who does not sit at the table.
// The leerkanaal (soort 'leer') is meant for a wider group (docs/spelregels.md §8: "een eventueel breder leerkanaal")
// and carries the anonymised besluit only; it is wider than intended when it reaches outside the
// municipality's own organisation: shared with another one, guests, or accounts of another organisation.

export type KanaalSoort = 'tafel' | 'leer';

export interface Aanwezige {
  /** The platform id as the tables file stores it (Slack user id, Entra object id). */
  extern: string;
  /** A guest account (Teams userRole 'guest', Slack restricted account); undefined/null: not known. */
  gast?: boolean | null;
  /** The account's own organisation (Slack team id, Entra tenant id); undefined/null: not known. */
  organisatie?: string | null;
}

/** What the platform showed of the channel; null wherever it could not be read. */
export interface KanaalFeiten {
  /** Open to everyone in the workspace (Slack public) or the whole team (Teams standard channel). */
  openbaar: boolean | null;
  /** Shared with another workspace, team or organisation (Slack Connect, org-shared; Teams shared channel). */
  gedeeld: boolean | null;
  /** Everyone the platform lists in the channel, the bot itself left out. */
  aanwezigen: readonly Aanwezige[] | null;
}

/** The table as stored: who sits at it (members and chair, active) and its own organisation. */
export interface TafelKring {
  leden: ReadonlySet<string>;
  /** The municipality's Slack team id / Entra tenant id; null when not known. */
  eigenOrganisatie: string | null;
}

export type Breedtereden =
  | { soort: 'openbaar' }
  | { soort: 'gedeeld' }
  /** People (or apps) in the channel who do not sit at the table. */
  | { soort: 'niet_leden'; aantal: number }
  /** Of those not at the table: guest accounts. */
  | { soort: 'gasten'; aantal: number }
  /** Of those not at the table: accounts of another organisation. */
  | { soort: 'andere_organisatie'; aantal: number };

/** What could not be checked, so the chair is not told "fine" on a guess. */
export type Onderdeel = 'openbaar' | 'gedeeld' | 'aanwezigen' | 'gasten' | 'organisatie';

export interface Kanaalbreedte {
  /** 'breder' as soon as one reason holds, even when other parts could not be checked. */
  uitkomst: 'binnen_tafel' | 'breder' | 'onbekend';
  redenen: Breedtereden[];
  onbekend: Onderdeel[];
}

export function kanaalBreedte(soort: KanaalSoort, f: KanaalFeiten, kring: TafelKring): Kanaalbreedte {
  const redenen: Breedtereden[] = [];
  const onbekend: Onderdeel[] = [];
  const tafel = soort === 'tafel';

  if (tafel) {
    if (f.openbaar === null) onbekend.push('openbaar');
    else if (f.openbaar) redenen.push({ soort: 'openbaar' });
  }
  if (f.gedeeld === null) onbekend.push('gedeeld');
  else if (f.gedeeld) redenen.push({ soort: 'gedeeld' });

  if (f.aanwezigen === null) {
    onbekend.push('aanwezigen');
  } else {
    const buiten = f.aanwezigen.filter((a) => !kring.leden.has(a.extern));
    if (tafel && buiten.length > 0) redenen.push({ soort: 'niet_leden', aantal: buiten.length });
    const gasten = buiten.filter((a) => a.gast === true).length;
    if (gasten > 0) redenen.push({ soort: 'gasten', aantal: gasten });
    const eigen = kring.eigenOrganisatie;
    const anderen = eigen ? buiten.filter((a) => a.organisatie != null && a.organisatie !== eigen).length : 0;
    if (anderen > 0) redenen.push({ soort: 'andere_organisatie', aantal: anderen });
    // At the table channel everyone outside the table is a reason already; what kind of account they
    // are only matters for the leerkanaal, so only there is not knowing it a gap.
    if (!tafel && buiten.length > 0) {
      if (buiten.some((a) => a.gast == null)) onbekend.push('gasten');
      if (!eigen || buiten.some((a) => a.organisatie == null)) onbekend.push('organisatie');
    }
  }

  const uitkomst = redenen.length > 0 ? 'breder' : onbekend.length > 0 ? 'onbekend' : 'binnen_tafel';
  return { uitkomst, redenen, onbekend };
}

/** The number of one kind of reason (0 when it does not hold), for messages and the audit. */
export function aantalVan(b: Kanaalbreedte, soort: 'niet_leden' | 'gasten' | 'andere_organisatie'): number {
  const r = b.redenen.find((x) => x.soort === soort);
  return r && 'aantal' in r ? r.aantal : 0;
}
