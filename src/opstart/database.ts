// Opening the database at start-up, with the failures a person can fix said in one Dutch line each:
// a database that does not exist (and how to create it), a server that cannot be reached or refuses
// the login, a data directory in use. Anything else stays the error it was.
import { type Database, type DatabaseKeuze, openDatabase } from '../store/database.ts';
import { DataMapInGebruik, DataMapVerhuisd } from '../store/datalock.ts';
import { MigratieFout } from '../store/migraties.ts';
import { zin } from '../taal/tekst.ts';
import { AFSLUITCODE, OpstartFout } from './afsluitcodes.ts';

/** Network errors of the driver that mean "no server there" (node:net and DNS codes). */
const ONBEREIKBAAR = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Where DATABASE_URL points, for the message: never the password. */
function doel(url: string) {
  const u = URL.canParse(url) ? new URL(url) : null;
  const host = u?.hostname || 'localhost';
  const poort = u?.port || '5432';
  return {
    host,
    poort,
    gebruiker: decodeURIComponent(u?.username || '') || 'postgres',
    naam: decodeURIComponent(u?.pathname.replace(/^\//, '') || ''),
  };
}

export function alsDatabaseFout(fout: unknown, keuze: DatabaseKeuze): OpstartFout | null {
  if (fout instanceof DataMapInGebruik)
    return new OpstartFout(AFSLUITCODE.dataMapInGebruik, fout.message, { cause: fout });
  // Moved to PostgreSQL by `maatwerkbot verhuis`: DATABASE_URL is what is missing.
  if (fout instanceof DataMapVerhuisd)
    return new OpstartFout(AFSLUITCODE.configuratie, fout.message, { cause: fout });
  if (fout instanceof MigratieFout)
    return new OpstartFout(AFSLUITCODE.fout, zin('cli.opstart.migraties', { fout: fout.message }), {
      cause: fout,
    });
  if (keuze.soort !== 'postgres') return null;
  const code = (fout as { code?: unknown })?.code;
  const { host, poort, gebruiker, naam } = doel(keuze.url);
  if (code === '3D000')
    return new OpstartFout(
      AFSLUITCODE.databaseOntbreekt,
      zin('cli.opstart.database_ontbreekt', { naam, host, poort, gebruiker }),
      { cause: fout },
    );
  if (code === '28P01' || code === '28000')
    return new OpstartFout(
      AFSLUITCODE.databaseOnbereikbaar,
      zin('cli.opstart.login_geweigerd', { host, poort, gebruiker, hba: 'pg_hba.conf' }),
      { cause: fout },
    );
  if ((typeof code === 'string' && ONBEREIKBAAR.has(code)) || code === '57P03')
    return new OpstartFout(
      AFSLUITCODE.databaseOnbereikbaar,
      zin('cli.opstart.onbereikbaar', { host, poort, foutcode: String(code) }),
      { cause: fout },
    );
  return null;
}

export async function openDatabaseBijStart(keuze: DatabaseKeuze): Promise<Database> {
  try {
    return await openDatabase(keuze);
  } catch (fout) {
    throw alsDatabaseFout(fout, keuze) ?? fout;
  }
}
