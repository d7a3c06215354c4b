// Opening the database at start-up, with the failures a person can fix said in one Dutch line each:
// a database that does not exist (and how to create it), a server that cannot be reached or refuses
// the login, a data directory in use. Anything else stays the error it was.
import { type Database, type DatabaseKeuze, openDatabase } from '../store/database.ts';
import { DataMapInGebruik, DataMapVerhuisd } from '../store/datalock.ts';
import { MigratieFout } from '../store/migraties.ts';
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
    return new OpstartFout(AFSLUITCODE.fout, `De migraties konden niet worden toegepast: ${fout.message}`, {
      cause: fout,
    });
  if (keuze.soort !== 'postgres') return null;
  const code = (fout as { code?: unknown })?.code;
  const { host, poort, gebruiker, naam } = doel(keuze.url);
  if (code === '3D000')
    return new OpstartFout(
      AFSLUITCODE.databaseOntbreekt,
      `Database "${naam}" bestaat niet op ${host}:${poort}: maak hem aan met \`createdb -h ${host} -p ${poort} -U ${gebruiker} ${naam}\` (of in psql: CREATE DATABASE "${naam}";) en start opnieuw; de bot maakt de tabellen zelf.`,
      { cause: fout },
    );
  if (code === '28P01' || code === '28000')
    return new OpstartFout(
      AFSLUITCODE.databaseOnbereikbaar,
      `PostgreSQL op ${host}:${poort} weigert gebruiker "${gebruiker}": controleer gebruiker en wachtwoord in DATABASE_URL (en pg_hba.conf op de server).`,
      { cause: fout },
    );
  if ((typeof code === 'string' && ONBEREIKBAAR.has(code)) || code === '57P03')
    return new OpstartFout(
      AFSLUITCODE.databaseOnbereikbaar,
      `PostgreSQL op ${host}:${poort} is niet bereikbaar (${code}): start de databaseserver of controleer host en poort in DATABASE_URL.`,
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
