// An exclusive lock on the embedded data directory. PGlite itself does not refuse a second
// process and the directory is destroyed when two open it (STACK.md), so we refuse first.
import lockfile from 'proper-lockfile';

export class DataMapInGebruik extends Error {
  constructor(public readonly map: string) {
    super(
      `De database in ${map} is in gebruik door een ander maatwerkbot-proces (bijvoorbeeld een draaiende ` +
        '`npm start`). Stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL zodat ' +
        'meerdere processen tegelijk kunnen werken. (The embedded database is in use by another process.)',
    );
  }
}

export async function vergrendelDataMap(map: string): Promise<() => Promise<void>> {
  try {
    // The lock is refreshed every few seconds; a crashed holder's lock goes stale after 30 s.
    return await lockfile.lock(map, { realpath: false, stale: 30_000, update: 5_000, retries: 0 });
  } catch (fout) {
    if ((fout as { code?: string }).code === 'ELOCKED') throw new DataMapInGebruik(map);
    throw fout;
  }
}
