// Where the audit chain's checkpoint key and anchor file live. The key comes from a setting or a key file,
// never from the database: whoever can rewrite the database must not also hold what signs the checkpoints.
// Without a setting, a key file is created once (0600) beside the data directory, so the embedded database
// works out of the box; that place is next to the data, which the server then says in a warning.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type AnkerInstellingen, type AuditSleutel, auditSleutel } from '../domain/auditanker.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst } from '../taal/tekst.ts';
import type { Omgeving } from './omgeving.ts';

export class AuditSleutelFout extends Error {}

export interface AuditInstellingen {
  /** Null when no key is set and none could be found (`audit verifieer` does not create one). */
  anker: AnkerInstellingen | null;
  ankerElkeMs: number;
  ongeketendMaxMs: number;
  /** Warnings for the start-up log, in the language asked for. */
  meldingen: string[];
}

const standaardMap = (o: Omgeving) => path.dirname(path.resolve(o.MAATWERKBOT_DATA_DIR));

function leesSleutelBestand(bestand: string, taal: Taal): AuditSleutel {
  const geheim = readFileSync(bestand, 'utf8').trim();
  if (geheim.length < 32)
    throw new AuditSleutelFout(tekst(taal, 'instellingen.audit.sleutel_te_kort', { bestand }));
  return auditSleutel(Buffer.from(geheim, 'utf8'));
}

/**
 * The key, the anchor file and the bounds from the environment. `maakAan`: create the default key file when
 * no key is configured (the server); `audit verifieer` only reads.
 */
export function auditInstellingen(o: Omgeving, opties: { maakAan: boolean; taal?: Taal }): AuditInstellingen {
  const taal = opties.taal ?? 'nl';
  const variabelen = { variabele: 'MAATWERKBOT_AUDIT_SLEUTELBESTAND', sleutel: 'MAATWERKBOT_AUDIT_SLEUTEL' };
  const meldingen: string[] = [];
  const map = standaardMap(o);
  const bestand = path.resolve(o.MAATWERKBOT_AUDIT_ANKERBESTAND ?? path.join(map, 'audit-ankers.jsonl'));
  let sleutel: AuditSleutel | null = null;
  if (o.MAATWERKBOT_AUDIT_SLEUTEL) {
    sleutel = auditSleutel(Buffer.from(o.MAATWERKBOT_AUDIT_SLEUTEL, 'utf8'));
  } else if (o.MAATWERKBOT_AUDIT_SLEUTELBESTAND) {
    try {
      sleutel = leesSleutelBestand(o.MAATWERKBOT_AUDIT_SLEUTELBESTAND, taal);
    } catch (fout) {
      if (fout instanceof AuditSleutelFout) throw fout;
      throw new AuditSleutelFout(
        tekst(taal, 'instellingen.audit.niet_leesbaar', {
          ...variabelen,
          bestand: o.MAATWERKBOT_AUDIT_SLEUTELBESTAND,
        }),
      );
    }
  } else {
    const standaard = path.join(map, 'audit-sleutel');
    try {
      if (opties.maakAan) {
        mkdirSync(map, { recursive: true });
        try {
          writeFileSync(standaard, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
        } catch (fout) {
          if ((fout as { code?: string }).code !== 'EEXIST') throw fout;
        }
      }
      sleutel = leesSleutelBestand(standaard, taal);
      if (!o.DATABASE_URL) {
        meldingen.push(
          tekst(taal, 'instellingen.audit.naast_database', { ...variabelen, bestand: standaard }),
        );
      }
      if ((statSync(standaard).mode & 0o077) !== 0) {
        meldingen.push(tekst(taal, 'instellingen.audit.leesbaar_voor_anderen', { bestand: standaard }));
      }
    } catch (fout) {
      if (fout instanceof AuditSleutelFout) throw fout;
      if ((fout as { code?: string }).code !== 'ENOENT' || opties.maakAan) throw fout;
    }
  }
  return {
    anker: sleutel ? { sleutel, bestand } : null,
    ankerElkeMs: o.MAATWERKBOT_AUDIT_ANKER_MINUTEN * 60_000,
    ongeketendMaxMs: o.MAATWERKBOT_AUDIT_ONGEKETEND_MAX_MINUTEN * 60_000,
    meldingen,
  };
}
