// A casus changes status only as the state machine (src/domain/casusstatus.ts) allows; an illegal step is
// refused with a typed error before anything is written.
import { type CasusGebeurtenis, type OvergangWeigering, volgendeStatus } from '../domain/casusstatus.ts';
import { DomeinFout } from '../domain/fouten.ts';
import type { CasusStatus } from '../domain/woorden.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import { type Zin, zin } from '../taal/tekst.ts';

export class OngeldigeOvergang extends DomeinFout {
  constructor(
    readonly van: string,
    readonly gebeurtenis: CasusGebeurtenis,
    readonly reden: OvergangWeigering,
    bericht: Zin,
  ) {
    super(reden === 'al_beslist' ? 'al_beslist' : 'ongeldige_overgang', bericht);
  }
}

const STANDAARD: Record<OvergangWeigering, Sleutel> = {
  al_beslist: 'fouten.stand.al_beslist',
  afgerond: 'fouten.stand.afgerond',
  niet_in_deze_fase: 'fouten.stand.niet_in_deze_fase',
};

/** The status `gebeurtenis` moves the casus to; `bericht` words a refusal where the use case says it better. */
export function eisOvergang(
  casus: { referentie: string; status: string },
  gebeurtenis: CasusGebeurtenis,
  bericht?: (reden: OvergangWeigering) => Zin,
): CasusStatus {
  const overgang = volgendeStatus(casus.status, gebeurtenis);
  if (overgang.soort === 'toegestaan') return overgang.status;
  const { reden } = overgang;
  throw new OngeldigeOvergang(
    casus.status,
    gebeurtenis,
    reden,
    bericht?.(reden) ?? zin(STANDAARD[reden], { referentie: casus.referentie }),
  );
}
