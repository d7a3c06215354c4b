// Where a command line command runs: its output streams, the files it reads and writes, and its
// database. Run from a shell, that is this process's own; run through the server's beheerpunt, output
// and files go back to the command line that asked (files are read and written there, with its
// rights and relative to its directory) and the database is the server's own.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { auditInstellingen } from '../config/auditsleutel.ts';
import { databaseKeuze, leesOmgeving } from '../config/omgeving.ts';
import { zetAnkers } from '../services/auditanker.ts';
import { ketenAudit } from '../services/auditvolgorde.ts';
import { type Diensten, systeemklok } from '../services/context.ts';
import { nederlandsePrivacyPoort } from '../services/privacyscanner.ts';
import { type Database, openDatabase } from '../store/database.ts';
import { STANDAARDTAAL, type Taal } from '../taal/taal.ts';

/** A file written in parts; it appears under its name only when closed. */
export interface Schrijver {
  schrijf(stuk: Uint8Array): Promise<void>;
  sluit(): Promise<void>;
  breekAf(): Promise<void>;
}

export interface Bestanden {
  lees(naam: string): Promise<Buffer>;
  schrijf(naam: string, inhoud: string | Uint8Array): Promise<void>;
  open(naam: string): Promise<Schrijver>;
}

export interface Werkplek {
  uit: NodeJS.WritableStream;
  fout: NodeJS.WritableStream;
  bestanden: Bestanden;
  /**
   * Runs `werk` with the database; `migreer: false` to leave its migration level as it is (backups);
   * `keten: true` for a command that writes audit events: they are chained when it returns, as the
   * server's sequencer would (and, without a server, a checkpoint of them is set). Commands that only
   * read leave the chain as they find it: `audit verifieer` reports what waits instead of changing it.
   */
  metDatabase<T>(
    werk: (db: Database, d: Diensten) => Promise<T>,
    opties?: { migreer?: boolean; keten?: boolean },
  ): Promise<T>;
  /** Whether this runs inside the server (then the data directory is the server's, and in use). */
  inServer: boolean;
  /** The language of the terminal the command was typed in: the output is for that person. */
  taal: Taal;
}

export const diensten = (db: Database): Diensten => ({
  db: db.prisma,
  klok: systeemklok,
  privacy: nederlandsePrivacyPoort,
});

export const lokaleBestanden: Bestanden = {
  async lees(naam) {
    return readFileSync(naam);
  },
  async schrijf(naam, inhoud) {
    writeFileSync(naam, inhoud);
  },
  async open(naam) {
    const deel = `${naam}.deel`;
    const fd = openSync(deel, 'w', 0o600);
    let open = true;
    const dicht = () => {
      if (open) closeSync(fd);
      open = false;
    };
    return {
      async schrijf(stuk) {
        let gedaan = 0;
        while (gedaan < stuk.length) gedaan += writeSync(fd, stuk, gedaan);
      },
      async sluit() {
        dicht();
        renameSync(deel, naam);
      },
      async breekAf() {
        dicht();
        rmSync(deel, { force: true });
      },
    };
  },
};

/** This process: the database from the environment, opened for the command and closed after it. */
export function lokaleWerkplek(
  uit: NodeJS.WritableStream,
  fout: NodeJS.WritableStream,
  taal: Taal = STANDAARDTAAL,
): Werkplek {
  return {
    uit,
    fout,
    taal,
    bestanden: lokaleBestanden,
    inServer: false,
    async metDatabase(werk, opties = {}) {
      const db = await openDatabase(databaseKeuze(leesOmgeving()), { migreer: opties.migreer });
      try {
        const d = diensten(db);
        const uitkomst = await werk(db, d);
        if (opties.keten) {
          // As the server's sequencer would, and a checkpoint of what this command added, as the server
          // writes at shutdown (on the embedded database no server runs beside this command).
          await ketenAudit(d);
          const { anker } = auditInstellingen(leesOmgeving(), { maakAan: true });
          if (anker) await zetAnkers(d, anker);
        }
        return uitkomst;
      } finally {
        await db.sluit();
      }
    },
  };
}
