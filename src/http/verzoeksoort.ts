// What kind of request a platform sent (a slash command, a modal submission, a card action, …), as the
// adapter that parsed it says, for the ack metric. The adapter knows it once it has parsed the body; the
// server's route wrapper, which sees the request come in and the ack go out, reads it when it is done.
import type { IncomingMessage } from 'node:http';

const soorten = new WeakMap<IncomingMessage, string>();

/** Called by an adapter when it knows the kind: a short label from a fixed set, never user input. */
export function zetVerzoekSoort(req: IncomingMessage, soort: string): void {
  soorten.set(req, soort);
}

/** The kind an adapter set, or 'onbekend' (e.g. a request refused before it was parsed: a bad signature). */
export function verzoekSoort(req: IncomingMessage): string {
  return soorten.get(req) ?? 'onbekend';
}
