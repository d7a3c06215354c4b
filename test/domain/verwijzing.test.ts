import { describe, expect, it } from 'vitest';
import { veldFouten, z } from '../../src/domain/validatie.ts';
import { eisVerwijzing, VERWIJZING_NODIG, verwijzingNodig } from '../../src/domain/verwijzing.ts';
import type { BesluitUitkomst } from '../../src/domain/woorden.ts';

describe('a rejection is always referred on', () => {
  it.each([
    ['toegekend', false],
    ['deels_toegekend', false],
    ['afgewezen', true],
    ['doorverwezen', true],
  ] as const)('%s needs a referral: %s', (uitkomst, nodig) => expect(verwijzingNodig(uitkomst)).toBe(nodig));

  const schema = z
    .object({
      uitkomst: z.enum(['toegekend', 'afgewezen', 'doorverwezen']),
      verwijzing: z.string().optional(),
    })
    .superRefine(eisVerwijzing((v) => v.uitkomst as BesluitUitkomst));

  it.each([
    [{ uitkomst: 'afgewezen' }, false],
    [{ uitkomst: 'doorverwezen', verwijzing: '   ' }, false],
    [{ uitkomst: 'afgewezen', verwijzing: 'Wmo-loket' }, true],
    [{ uitkomst: 'toegekend' }, true],
  ])('%o is accepted: %s', (invoer, geldig) => {
    const r = schema.safeParse(invoer);
    expect(r.success).toBe(geldig);
    if (!r.success) expect(veldFouten(r.error)).toEqual([{ veld: 'verwijzing', bericht: VERWIJZING_NODIG }]);
  });
});
