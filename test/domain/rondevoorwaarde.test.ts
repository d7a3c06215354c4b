import { describe, expect, it } from 'vitest';
import type { Aanvulling } from '../../src/domain/intake.ts';
import { type RondeOpening, rondeKanOpenen } from '../../src/domain/rondevoorwaarde.ts';

describe('rondeKanOpenen: docs/spelregels.md §4, a table may require additions before its round opens', () => {
  it.each([
    [
      'a table that requires nothing opens, whatever is missing',
      [],
      ['kosten', 'toestemming'],
      { open: true },
    ],
    ['nothing missing: the round opens', ['kosten', 'betrokkenheid', 'toestemming'], [], { open: true }],
    [
      'missing only what the table does not require: the round opens',
      ['kosten'],
      ['betrokkenheid', 'toestemming'],
      { open: true },
    ],
    [
      'missing the costs the table requires: it waits for them',
      ['kosten'],
      ['kosten'],
      { open: false, wacht: ['kosten'] },
    ],
    [
      'it waits only for what the table requires, not for the rest',
      ['kosten', 'toestemming'],
      ['kosten', 'betrokkenheid', 'toestemming'],
      { open: false, wacht: ['kosten', 'toestemming'] },
    ],
    [
      'it waits in the order of what is missing, each item once',
      ['toestemming', 'betrokkenheid'],
      ['betrokkenheid', 'toestemming', 'toestemming'],
      { open: false, wacht: ['betrokkenheid', 'toestemming'] },
    ],
  ] as [string, Aanvulling[], Aanvulling[], RondeOpening][])('%s', (_regel, vereist, ontbreekt, verwacht) => {
    expect(rondeKanOpenen(vereist, ontbreekt)).toEqual(verwacht);
  });
});
