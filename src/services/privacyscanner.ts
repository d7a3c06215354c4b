// The Dutch personal-data detector (src/privacy) behind the services' gate interface.
import { type Finding, omschrijving, scan, vervang } from '../privacy/index.ts';
import type { PoortKennis, PrivacyPoort } from './privacypoort.ts';

/**
 * The findings in one text with what the gate knows of the tenant, and the text with each of them
 * replaced: the bot's gate and `maatwerkbot anonimiseer` both answer through this.
 */
export function scanMetKennis(
  tekst: string,
  kennis: PoortKennis,
): { findings: Finding[]; suggestie: string } {
  const findings = scan(tekst, { bekendeNamen: [...kennis.namen], woordenschat: kennis.woordenschat });
  return { findings, suggestie: findings.length > 0 ? vervang(tekst, findings) : tekst };
}

export const nederlandsePrivacyPoort: PrivacyPoort = {
  scan(tekst, kennis) {
    const { findings, suggestie } = scanMetKennis(tekst, kennis);
    const vondsten = findings.map((v) => ({
      soort: v.type,
      start: v.start,
      eind: v.end,
      omschrijving: omschrijving(v.type),
    }));
    return { vondsten, suggestie };
  },
};
