// What the first Slack request after a start would pay for, paid before the server says it is ready (see
// src/bewaking/opwarmen.ts): Bolt's request path (signature check, body parsing, middleware, a listener
// and its ack) with a signed `/casus help`, which reads and writes nothing; and the modals of the intake
// and the answer, built and checked against the Block Kit schemas once, so zod has compiled them.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { modalSchema, viewAntwoordSchema } from './blockkit.ts';
import { viewSchema } from './payloads.ts';
import { ingediendModal, intakeModal } from './weergave/modals.ts';

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

function bouwModals() {
  const intake = intakeModal({
    // Neutral tokens: the schemas check lengths and shapes, not words, and nobody reads this modal.
    tafels: [{ id: 'opwarmen', naam: 'opwarmen' }],
    knelpunten: [{ code: 'kostendelersnorm', naam: 'kostendelersnorm' }],
    tafelId: 'opwarmen',
  });
  modalSchema.parse(intake);
  viewAntwoordSchema.parse({
    response_action: 'update',
    view: ingediendModal({ referentie: 'MW-2026-0001', tafelNaam: 'opwarmen', deadline: new Date() }, 'nl'),
  });
  viewSchema.safeParse({
    type: 'view_submission',
    user: { id: 'U0OPWARMEN', team_id: 'T0OPWARMEN' },
    team: { id: 'T0OPWARMEN' },
    view: { id: 'V0OPWARMEN', callback_id: intake.callback_id, private_metadata: '', state: { values: {} } },
  });
}

/** `/casus help`, signed as Slack signs it, through the adapter's route on a loopback port of its own. */
async function hulpVerzoek(route: Route, signingSecret: string, pad: string): Promise<void> {
  const server = http.createServer((req, res) => void route(req, res));
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  try {
    const body = new URLSearchParams({
      command: '/casus',
      text: 'help',
      user_id: 'U0OPWARMEN',
      team_id: 'T0OPWARMEN',
      channel_id: 'C0OPWARMEN',
      trigger_id: 'opwarmen',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const handtekening = `v0=${createHmac('sha256', signingSecret).update(`v0:${ts}:${body}`).digest('hex')}`;
    await new Promise<void>((klaar, mis) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: (server.address() as AddressInfo).port,
          path: pad,
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
            'x-slack-signature': handtekening,
            'x-slack-request-timestamp': String(ts),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? klaar() : mis(new Error(`/casus help gaf ${res.statusCode}`)),
          );
        },
      );
      req.on('error', mis);
      req.end(body);
    });
  } finally {
    server.closeAllConnections();
    await new Promise<void>((klaar) => server.close(() => klaar()));
  }
}

export async function warmSlackOp(route: Route | null, signingSecret: string, pad: string): Promise<void> {
  bouwModals();
  // Socket Mode has no HTTP path to warm.
  if (route) await hulpVerzoek(route, signingSecret, pad);
}
