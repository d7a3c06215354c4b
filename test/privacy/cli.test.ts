import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { anonimiseer } from '../../src/cli/anonimiseer.ts';

async function draai(
  args: string[],
  invoer: string | string[],
): Promise<{ code: number; uit: string; fout: string }> {
  const stukken = Array.isArray(invoer) ? invoer : [invoer];
  const bron = Readable.from(stukken.map((s) => Buffer.from(s, 'utf8')));
  const uit = new PassThrough();
  const fout = new PassThrough();
  const delen: Buffer[] = [];
  const foutDelen: Buffer[] = [];
  uit.on('data', (d: Buffer) => delen.push(d));
  fout.on('data', (d: Buffer) => foutDelen.push(d));
  const code = await anonimiseer(args, bron, uit, fout);
  return {
    code,
    uit: Buffer.concat(delen).toString('utf8'),
    fout: Buffer.concat(foutDelen).toString('utf8'),
  };
}

describe('anonimiseer CLI', () => {
  it('prints the redacted text without a flag', async () => {
    const r = await draai([], 'Mw. Jansen, BSN 111222333, woont in Utrecht.\n');
    expect(r).toEqual({ code: 0, uit: 'Mw. [NAAM], BSN [BSN], woont in Utrecht.\n', fout: '' });
  });

  it('reads input that arrives in pieces, also split inside a multi-byte character', async () => {
    const bytes = Buffer.from('Cliënte Sanne belt 06-12345678.', 'utf8');
    // byte 4 is the middle of the two-byte 'ë'
    expect(await anonimiseerBytes([bytes.subarray(0, 4), bytes.subarray(4)])).toBe(
      'Cliënte [NAAM] belt [TELEFOON].',
    );
  });

  it('--json prints findings and the redacted text', async () => {
    const r = await draai(['--json'], 'Bel 06-12345678.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit)).toEqual({
      findings: [{ type: 'telefoon', start: 4, end: 15, text: '06-12345678' }],
      redacted: 'Bel [TELEFOON].',
    });
  });

  it('--jsonl prints one line per input line and reports malformed lines in Dutch', async () => {
    const invoer = [
      JSON.stringify({ id: 'a', text: 'Zoon Mohammed (15)' }),
      '',
      '{kapot',
      JSON.stringify({ id: 7, text: 'Niets bijzonders.' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'IBAN NL91ABNA0417164300' }),
    ].join('\n');
    const r = await draai(['--jsonl'], invoer);
    expect(r.code).toBe(1);
    const regels = r.uit
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(regels).toEqual([
      { id: 'a', findings: [{ type: 'naam', start: 5, end: 13, text: 'Mohammed' }] },
      { id: null, fout: 'regel 3: geen geldige JSON' },
      { id: 7, findings: [] },
      { id: null, fout: 'regel 5: veld "text" ontbreekt of is geen tekst' },
      { id: 'd', findings: [{ type: 'iban', start: 5, end: 23, text: 'NL91ABNA0417164300' }] },
    ]);
  });

  it('--jsonl streams: a line is answered before the input ends', async () => {
    const bron = new PassThrough();
    const uit = new PassThrough();
    const ontvangen: string[] = [];
    uit.on('data', (d: Buffer) => ontvangen.push(d.toString('utf8')));
    const eersteRegel = new Promise((r) => uit.once('data', r));
    const klaar = anonimiseer(['--jsonl'], bron, uit, new PassThrough());
    bron.write(`${JSON.stringify({ id: 1, text: 'bel 06-12345678' })}\n`);
    // The input is still open: output can only come now if the line was answered on its own.
    await eersteRegel;
    expect(ontvangen.join('')).toContain('"id":1');
    bron.end(`${JSON.stringify({ id: 2, text: 'niets' })}\n`);
    expect(await klaar).toBe(0);
    expect(ontvangen.join('').trim().split('\n')).toHaveLength(2);
  });

  it('exit code 0 for a clean --jsonl run', async () => {
    const r = await draai(['--jsonl'], `${JSON.stringify({ id: 'x', text: 'Den Haag' })}\n`);
    expect(r.code).toBe(0);
  });

  it('error messages never contain the input text', async () => {
    const r = await draai(
      ['--jsonl'],
      '{"id":"x","text":123,"geheim":"Fatima El Amrani"}\n{Fatima El Amrani',
    );
    expect(r.uit).not.toContain('Fatima');
    expect(r.code).toBe(1);
  });

  it('--naam adds workspace member names', async () => {
    const r = await draai(['--naam', 'Kowalczyk'], 'Overleg met Kowalczyk.');
    expect(r.uit).toBe('Overleg met [NAAM].');
  });

  it('rejects unknown options with exit code 2', async () => {
    const r = await draai(['--xml'], 'x');
    expect(r.code).toBe(2);
    expect(r.fout).toContain('Onbekende optie: --xml');
    expect(r.uit).toBe('');
  });

  it('rejects --json together with --jsonl', async () => {
    expect((await draai(['--json', '--jsonl'], 'x')).code).toBe(2);
  });
});

async function anonimiseerBytes(stukken: Buffer[]): Promise<string> {
  const uit = new PassThrough();
  const delen: Buffer[] = [];
  uit.on('data', (d: Buffer) => delen.push(d));
  await anonimiseer([], Readable.from(stukken), uit, new PassThrough());
  return Buffer.concat(delen).toString('utf8');
}
