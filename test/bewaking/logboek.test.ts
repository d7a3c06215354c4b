// Errors in the log: message and stack where they speak about the code, never casus text (the rule is in
// src/logboek.ts, veiligeFout). Every error below carries the same casus sentence in the way its kind does.
import { Writable } from 'node:stream';
import { Prisma } from '@prisma/client';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomeinFout } from '../../src/domain/fouten.ts';
import { logFormaat, maakLogboek, veiligeFout } from '../../src/logboek.ts';
import { nederlandsePrivacyPoort } from '../../src/services/privacyscanner.ts';

const CASUS = 'Moeder van 52 met zoon Daan de Vries, huurachterstand bij Portaal';
const DELEN = ['Moeder van 52', 'Daan de Vries', 'huurachterstand', 'Portaal'];

function logboek(formaat: 'json' | 'pretty' = 'json') {
  const regels: string[] = [];
  const log = maakLogboek(
    'info',
    new Writable({
      write(chunk, _enc, klaar) {
        regels.push(String(chunk));
        klaar();
      },
    }),
    formaat,
  );
  return { log, regels };
}

function zonderCasus(regels: string[]) {
  for (const regel of regels) for (const deel of DELEN) expect(regel, regel).not.toContain(deel);
}

function fouten(): [string, unknown][] {
  const privacy = nederlandsePrivacyPoort.scan(CASUS, { namen: ['Daan de Vries'], woordenschat: [] });
  const pgFout = new pg.DatabaseError(`invalid input syntax for type integer: "${CASUS}"`, 0, 'error');
  Object.assign(pgFout, {
    severity: 'ERROR',
    code: '22P02',
    routine: 'pg_strtoint32',
    detail: `Key (titel)=(${CASUS}) already exists.`,
  });
  let json: unknown;
  try {
    JSON.parse(`{"situatie": ${CASUS}}`);
  } catch (fout) {
    json = fout;
  }
  let zod: unknown;
  try {
    z.object({ situatie: z.string().max(5, { error: `te lang: ${CASUS}` }) }).parse({ situatie: CASUS });
  } catch (fout) {
    zod = fout;
  }
  return [
    [
      'the privacy gate’s DomeinFout, with the suggestion in its fields',
      new DomeinFout('persoonsgegevens', `In "${CASUS}" staan persoonsgegevens.`, [
        { veld: 'situatie', bericht: CASUS, suggestie: privacy.suggestie, vondsten: [] },
      ]),
    ],
    ['a zod error with the input in its message', zod],
    [
      'a Prisma validation error that prints the call with its data',
      new Prisma.PrismaClientValidationError(
        `Invalid prisma.casus.create() invocation:\n{ situatie: ${CASUS} }`,
        {
          clientVersion: '6.19.3',
        },
      ),
    ],
    [
      'a Prisma request error',
      new Prisma.PrismaClientKnownRequestError(`Unique constraint failed: ${CASUS}`, {
        code: 'P2002',
        clientVersion: '6.19.3',
        meta: { modelName: 'Casus', target: ['referentie'], args: CASUS },
      }),
    ],
    ['a PostgreSQL error with the value in message and detail', pgFout],
    ['JSON.parse of a body', json],
    ['any error that quotes a value', new Error(`kan "${CASUS}" niet verwerken`)],
    ['a cause that carries the text', new Error('verwerking mislukt', { cause: new Error(`'${CASUS}'`) })],
    ['a string thrown as such', CASUS],
  ];
}

describe('errors in the log', () => {
  it.each(fouten())('%s: no casus text in the line', (_naam, fout) => {
    const { log, regels } = logboek();
    log.error({ err: fout, casus: 'MW-2026-0001' }, 'verzoek mislukt');
    // `fout` is also where callers put a name or a code (a string passes as such), so only errors go there.
    if (typeof fout === 'object') {
      log.error({ fout }, 'verzoek mislukt');
      log.error(fout as Error, 'verzoek mislukt');
    }
    expect(regels).toHaveLength(typeof fout === 'object' ? 3 : 1);
    zonderCasus(regels);
    expect(regels[0]).toContain('MW-2026-0001');
  });

  it('shows what a domain error is: its code and the fields, not its message', () => {
    const { log, regels } = logboek();
    const [, fout] = fouten()[0]!;
    log.info({ err: fout }, 'geweigerd');
    const err = JSON.parse(regels[0]!).err;
    expect(err).toEqual({ type: 'DomeinFout', code: 'persoonsgegevens', velden: ['situatie'] });
  });

  it('keeps message, stack and code of an ordinary error, and of its cause', () => {
    const { log, regels } = logboek();
    const oorzaak = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    log.error({ err: new Error('tik mislukt', { cause: oorzaak }) }, 'tik mislukt');
    const err = JSON.parse(regels[0]!).err;
    expect(err.type).toBe('Error');
    expect(err.message).toBe('tik mislukt');
    expect(err.stack).toMatch(/^Error: tik mislukt\n {4}at /);
    expect(err.stack).toContain('logboek.test.ts');
    expect(err.cause).toMatchObject({ message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' });
  });

  it('keeps the frames and the codes of the errors whose message it drops', () => {
    const pgFout = fouten().find(([naam]) => naam.startsWith('a PostgreSQL'))![1];
    expect(veiligeFout(pgFout)).toMatchObject({ type: 'DatabaseError', code: '22P02' });
    expect(veiligeFout(pgFout).stack).toMatch(/^ {4}at /);
    const prisma = fouten().find(([naam]) => naam === 'a Prisma request error')![1];
    expect(veiligeFout(prisma)).toMatchObject({ code: 'P2002', model: 'Casus', doel: ['referentie'] });
    const zod = fouten().find(([naam]) => naam.startsWith('a zod'))![1];
    expect(veiligeFout(zod)).toMatchObject({ issues: [{ pad: 'situatie', code: 'too_big' }] });
  });

  it('passes an error name or platform code under `fout` as it is', () => {
    const { log, regels } = logboek();
    log.warn({ fout: 'channel_not_found' }, 'niet bezorgd');
    expect(JSON.parse(regels[0]!).fout).toBe('channel_not_found');
  });

  it('writes readable lines when asked, with the same rule', () => {
    const { log, regels } = logboek('pretty');
    log.error({ err: new Error(`kan "${CASUS}" niet verwerken`) }, 'verzoek mislukt');
    expect(regels.join('')).toMatch(/ERROR.*verzoek mislukt/);
    expect(() => JSON.parse(regels[0]!)).toThrow();
    zonderCasus(regels);
  });

  it('chooses JSON unless LOG_FORMAT or a terminal says otherwise', () => {
    expect(logFormaat('pretty')).toBe('pretty');
    expect(logFormaat('json')).toBe('json');
    expect(logFormaat(undefined)).toBe(process.stdout.isTTY ? 'pretty' : 'json');
  });
});
