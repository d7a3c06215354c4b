// The beheerpunt's wire format: JSON lines over a Unix socket (or, when the socket's path would be too
// long for the kernel, a loopback port), one command per connection.
//
//   command line → server   {"token":"…","argv":["audit","verifieer"]}, later answers to questions:
//                           {"antwoord":3,"data":"<base64>"} or {"antwoord":3,"fout":"…"}
//   server → command line   {"uit":"<base64>"} {"fout":"<base64>"}   output, as the command wrote it
//                           {"vraag":3,"lees":"tafels.yml"}           read a file where the command line runs
//                           {"vraag":4,"schrijf":"r.csv","data":…}    write one
//                           {"vraag":5,"open":"b.jsonl.gz"} then {"vraag":6,"stuk":5,"data":…},
//                           {"vraag":7,"sluit":5} or {"vraag":7,"breekAf":5}: a file in parts
//                           {"code":0}                                 the exit code; the server then hangs up
//                           {"geweigerd":"…"}                          wrong token
// The endpoint file beside the data directory (mode 0600) holds the token: who may read it may run
// these commands, which is who may read the data directory anyway.
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { TALEN } from '../taal/taal.ts';

export const eindpuntPad = (map: string) => `${map}.beheer.json`;
export const socketPad = (map: string) => `${map}.beheer.sock`;
/** sun_path holds 108 bytes on Linux, 104 on macOS; longer paths fall back to a loopback port. */
export const MAX_SOCKETPAD = 100;

export const eindpuntSchema = z
  .object({
    pid: z.number().int().positive(),
    nonce: z.string(),
    token: z.string().regex(/^[0-9a-f]{64}$/),
    socket: z.string().optional(),
    poort: z.number().int().min(1).max(65535).optional(),
  })
  .refine((e) => (e.socket === undefined) !== (e.poort === undefined));
export type Eindpunt = z.infer<typeof eindpuntSchema>;

export const verzoekSchema = z.object({
  token: z.string().max(200),
  argv: z.array(z.string().max(10_000)).max(200),
  // The terminal's language; a command line from before languages sends none and reads Dutch.
  taal: z.enum(TALEN).optional(),
});

export const antwoordSchema = z.union([
  z.object({ antwoord: z.number().int(), fout: z.string() }),
  z.object({ antwoord: z.number().int(), data: z.string().optional() }),
]);
export type Antwoord = z.infer<typeof antwoordSchema>;

const id = z.number().int();
const pad = z.string().min(1).max(4096);
export const serverBerichtSchema = z.union([
  z.object({ uit: z.base64() }),
  z.object({ fout: z.base64() }),
  z.object({ vraag: id, lees: pad }),
  z.object({ vraag: id, schrijf: pad, data: z.base64() }),
  z.object({ vraag: id, open: pad }),
  z.object({ vraag: id, stuk: id, data: z.base64() }),
  z.object({ vraag: id, sluit: id }),
  z.object({ vraag: id, breekAf: id }),
  z.object({ code: z.number().int().min(0).max(255) }),
  z.object({ geweigerd: z.string() }),
]);
export type ServerBericht = z.infer<typeof serverBerichtSchema>;

/** Line by line from a stream; a line over `max` bytes ends it with an error. */
export function leesRegels(
  stroom: Readable,
  max: number,
  opRegel: (regel: string) => void,
  opEinde: (fout?: Error) => void,
): void {
  let buffer: Buffer = Buffer.alloc(0);
  let klaar = false;
  const eindig = (fout?: Error) => {
    if (klaar) return;
    klaar = true;
    opEinde(fout);
  };
  stroom.on('data', (stuk: Buffer) => {
    buffer = buffer.length === 0 ? stuk : Buffer.concat([buffer, stuk]);
    for (let nl = buffer.indexOf(10); nl >= 0; nl = buffer.indexOf(10)) {
      const regel = buffer.subarray(0, nl).toString('utf8');
      buffer = buffer.subarray(nl + 1);
      opRegel(regel);
    }
    if (buffer.length > max) {
      eindig(new Error('regel te lang'));
      stroom.destroy();
    }
  });
  stroom.on('end', () => eindig());
  stroom.on('close', () => eindig());
  stroom.on('error', (fout) => eindig(fout));
}
