// A process that takes the data-directory lock and holds it until stdin closes:
//   node --import tsx test/beheer/hulp/houder.ts <map>
// Prints one JSON line: {"genomen":pid} or {"geweigerd":"<message>"}.
import { DataMapInGebruik, vergrendelDataMap } from '../../../src/store/datalock.ts';

const map = process.argv[2];
if (!map) throw new Error('gebruik: houder.ts <map>');
try {
  const geefTerug = await vergrendelDataMap(map);
  process.stdout.write(`${JSON.stringify({ genomen: process.pid })}\n`);
  process.stdin.resume();
  await new Promise((klaar) => process.stdin.once('end', klaar));
  await geefTerug();
} catch (fout) {
  if (!(fout instanceof DataMapInGebruik)) throw fout;
  process.stdout.write(`${JSON.stringify({ geweigerd: fout.message })}\n`);
}
