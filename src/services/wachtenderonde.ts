// A casus whose round waits for what its table requires (spelregels §4, status `wacht_op_aanvulling`) gets
// its round once nothing the table requires is missing: when the submitter adds it (aanvulling.ts,
// toestemming.ts) or when a new tables file no longer requires it (tafelsimport.ts). Either way through the
// state machine and the path that opens the round of a casus raised complete.
import { nogOpen, rondeKanOpenen } from '../domain/rondevoorwaarde.ts';
import { openEersteRonde } from './casus.ts';
import type { Tx } from './context.ts';
import { werkKaartBij } from './kaart.ts';
import { laadCasusVoorUpdate } from './lezen.ts';
import { eisOvergang } from './overgang.ts';

type WachtendeCasus = Parameters<typeof openEersteRonde>[1] & {
  referentie: string;
  status: string;
  opAgenda: boolean;
};

/** The card shows the new status and the round opens, with its deadline, reminders and closing job. */
export async function openWachtendeRonde(tx: Tx, casus: WachtendeCasus, nu: Date): Promise<void> {
  const status = eisOvergang(casus, 'ronde_geopend');
  await werkKaartBij(tx, casus, nu, { status, opAgenda: casus.opAgenda });
  await openEersteRonde(tx, casus, nu);
}

/**
 * After the tables file was imported, in its transaction: each waiting casus of these tables whose table no
 * longer requires what it lacks gets its round. Returns how many opened.
 */
export async function openRondesNaImport(tx: Tx, tafelIds: readonly string[], nu: Date): Promise<number> {
  const wachtend = await tx.casus.findMany({
    where: { tafelId: { in: [...tafelIds] }, status: 'wacht_op_aanvulling' },
    select: { id: true },
    orderBy: { ingediend: 'asc' },
  });
  let geopend = 0;
  for (const { id } of wachtend) {
    const casus = await laadCasusVoorUpdate(tx, id);
    // Read after the lock: the submitter's addition (or a withdrawal) may have moved it meanwhile.
    if (casus.status !== 'wacht_op_aanvulling') continue;
    if (!rondeKanOpenen(casus.beleid.vereistVoorRonde, nogOpen(casus)).open) continue;
    await openWachtendeRonde(tx, casus, nu);
    geopend++;
  }
  return geopend;
}
