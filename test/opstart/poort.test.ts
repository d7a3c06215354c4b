// The port is bound before anything else: until the server is ready it answers 503, and a port in use
// is an OpstartFout with its own exit code, not Node's unhandled 'error' event.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { AFSLUITCODE, OpstartFout } from '../../src/opstart/afsluitcodes.ts';
import { bindPoort, type GebondenPoort } from '../../src/opstart/poort.ts';

describe('the HTTP port, bound first', () => {
  const open: GebondenPoort[] = [];
  afterAll(async () => {
    for (const p of open) await p.sluit();
  });

  it('answers 503 with a reason until it is opened, then the server’s own answers', async () => {
    const p = await bindPoort(0, '127.0.0.1');
    open.push(p);
    const url = `http://127.0.0.1:${p.poort}/healthz`;
    const vroeg = await fetch(url);
    expect([vroeg.status, await vroeg.json()]).toEqual([
      503,
      { fout: 'De server start nog; probeer het zo opnieuw.' },
    ]);
    expect(vroeg.headers.get('retry-after')).toBe('5');
    p.open((_req, res) => res.end('klaar'));
    const later = await fetch(url);
    expect([later.status, await later.text()]).toEqual([200, 'klaar']);
  });

  it('a port in use: one Dutch line that says what to do, exit code 4', async () => {
    const bezet = net.createServer();
    await new Promise<void>((r) => bezet.listen(0, '127.0.0.1', r));
    const poort = (bezet.address() as net.AddressInfo).port;
    try {
      const fout = await bindPoort(poort, '127.0.0.1').catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(OpstartFout);
      expect((fout as OpstartFout).afsluitcode).toBe(AFSLUITCODE.poort);
      expect((fout as OpstartFout).message).toBe(
        `Poort ${poort} op 127.0.0.1 is al in gebruik: stop het andere proces (zie: ss -ltnp 'sport = :${poort}') of kies een andere poort met PORT=….`,
      );
    } finally {
      await new Promise<void>((r) => bezet.close(() => r()));
    }
  });

  it('a HOST that is not an address of this machine says so', async () => {
    const fout = await bindPoort(0, '203.0.113.7').catch((e: unknown) => e);
    expect((fout as OpstartFout).afsluitcode).toBe(AFSLUITCODE.poort);
    expect((fout as OpstartFout).message).toMatch(/^HOST=203\.0\.113\.7 is geen adres van deze machine/);
  });
});
