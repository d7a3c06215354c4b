// Anchors of the audit chain: signed checkpoints of a tenant's chain head, kept outside the database. The
// chain's SHA-256 links show that events were changed, but whoever can write the database can also recompute
// them, or cut the tail off and move the head back. A checkpoint signed with a key the database never sees
// (HMAC-SHA256) pins the hash at a position: a rewrite before it, or a chain that no longer reaches it, no
// longer matches. Pure, so the writer and the verifier cannot drift apart.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canoniek } from './auditketen.ts';
import { z } from './validatie.ts';

export interface AuditSleutel {
  /** Names the key without revealing it: the first 16 hex digits of its SHA-256. */
  id: string;
  geheim: Buffer;
}

/** Where checkpoints go and what signs them; read from settings by the composition (config/auditsleutel.ts). */
export interface AnkerInstellingen {
  sleutel: AuditSleutel;
  /** The append-only file of checkpoints (JSON Lines). */
  bestand: string;
}

export function auditSleutel(geheim: Buffer): AuditSleutel {
  return { id: createHash('sha256').update(geheim).digest('hex').slice(0, 16), geheim };
}

export const ankerSchema = z.object({
  tenant: z.string().max(200),
  tenantId: z.string().max(100),
  positie: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  moment: z.iso.datetime(),
  sleutel: z.string().regex(/^[0-9a-f]{16}$/),
  handtekening: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Anker = z.infer<typeof ankerSchema>;

export type AnkerInhoud = Omit<Anker, 'handtekening' | 'sleutel'>;

function handtekening(inhoud: Omit<Anker, 'handtekening'>, sleutel: AuditSleutel): string {
  return createHmac('sha256', sleutel.geheim).update(canoniek(inhoud)).digest('hex');
}

export function ondertekenAnker(inhoud: AnkerInhoud, sleutel: AuditSleutel): Anker {
  const ondertekend = { ...inhoud, sleutel: sleutel.id };
  return { ...ondertekend, handtekening: handtekening(ondertekend, sleutel) };
}

/** One line of the anchor file (JSON Lines). */
export const ankerRegel = (anker: Anker) => `${JSON.stringify(anker)}\n`;

export type GelezenAnker =
  | { soort: 'anker'; regel: number; anker: Anker }
  | { soort: 'andere_sleutel'; regel: number; sleutel: string }
  | { soort: 'onleesbaar'; regel: number }
  | { soort: 'vals'; regel: number };

/** Reads an anchor file's text; every line is judged, a bad one never stops the rest from being read. */
export function leesAnkerTekst(tekst: string, sleutel: AuditSleutel): GelezenAnker[] {
  const uit: GelezenAnker[] = [];
  for (const [i, r] of tekst.split('\n').entries()) {
    if (r.trim() === '') continue;
    const regel = i + 1;
    let ruw: unknown;
    try {
      ruw = JSON.parse(r);
    } catch {
      uit.push({ soort: 'onleesbaar', regel });
      continue;
    }
    const p = ankerSchema.safeParse(ruw);
    if (!p.success) {
      uit.push({ soort: 'onleesbaar', regel });
      continue;
    }
    const { handtekening: gegeven, ...inhoud } = p.data;
    if (inhoud.sleutel !== sleutel.id) {
      uit.push({ soort: 'andere_sleutel', regel, sleutel: inhoud.sleutel });
      continue;
    }
    const verwacht = Buffer.from(handtekening(inhoud, sleutel), 'hex');
    const echt = verwacht.length === 32 && timingSafeEqual(verwacht, Buffer.from(gegeven, 'hex'));
    uit.push(echt ? { soort: 'anker', regel, anker: p.data } : { soort: 'vals', regel });
  }
  return uit;
}

export interface KetenPunt {
  positie: number;
  hash: string;
}

export type AnkerOordeel =
  | { geldig: true; aantal: number; laatsteGoed: Anker | null }
  | {
      geldig: false;
      aantal: number;
      /** The first anchor the chain no longer matches. */
      anker: Anker;
      reden: 'ingekort' | 'herschreven';
      laatsteGoed: Anker | null;
    };

/**
 * Checks a tenant's chain against its anchors, lowest position first: an anchored position that is gone
 * means the chain was cut short, a different hash there means it was rewritten (recomputed hashes included).
 * `hashOp` gives the stored hash at a position, or undefined when there is none.
 */
export function toetsAnkers(ankers: readonly Anker[], hashOp: (positie: number) => string | undefined) {
  const volgorde = [...ankers].sort((a, b) => a.positie - b.positie || a.moment.localeCompare(b.moment));
  let laatsteGoed: Anker | null = null;
  for (const anker of volgorde) {
    if (anker.positie === 0) continue;
    const hash = hashOp(anker.positie);
    if (hash === undefined || hash !== anker.hash) {
      return {
        geldig: false,
        aantal: volgorde.length,
        anker,
        reden: hash === undefined ? 'ingekort' : 'herschreven',
        laatsteGoed,
      } satisfies AnkerOordeel;
    }
    laatsteGoed = anker;
  }
  return { geldig: true, aantal: volgorde.length, laatsteGoed } satisfies AnkerOordeel;
}
