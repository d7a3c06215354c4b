// Waiting in a test for something another part writes later (a log line, a call to the fake Slack): looked
// for now, then again on each event, with a deadline that only turns a missing thing into a readable failure.
import type { EventEmitter } from 'node:events';

export function wachtTot<T>(
  bron: EventEmitter,
  gebeurtenis: string,
  zoek: () => T | undefined,
  ms: number,
  fout: () => Error,
): Promise<T> {
  const nu = zoek();
  if (nu !== undefined) return Promise.resolve(nu);
  return new Promise((klaar, mis) => {
    const kijk = () => {
      const gevonden = zoek();
      if (gevonden === undefined) return;
      clearTimeout(wekker);
      bron.off(gebeurtenis, kijk);
      klaar(gevonden);
    };
    const wekker = setTimeout(() => {
      bron.off(gebeurtenis, kijk);
      mis(fout());
    }, ms);
    bron.on(gebeurtenis, kijk);
  });
}
