// The monitoring settings, and the request kinds the ack metric is labelled with (a fixed set, whatever comes in).
import { describe, expect, it } from 'vitest';
import { slackSoort } from '../../adapters/slack/index.ts';
import { teamsSoort } from '../../adapters/teams/index.ts';
import { leesOmgeving } from '../../src/config/omgeving.ts';

describe('monitoring settings', () => {
  it('keeps metrics off and sets sane bounds with nothing set', () => {
    const o = leesOmgeving({});
    expect(o.MAATWERKBOT_METRICS_PORT).toBeUndefined();
    expect(o.MAATWERKBOT_METRICS_TOKEN).toBeUndefined();
    expect(o.MAATWERKBOT_METRICS_HOST).toBe('127.0.0.1');
    expect(o.MAATWERKBOT_GEREED_OUTBOX_SECONDEN).toBe(300);
    expect(o.MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN).toBe(15);
    expect(o.LOG_FORMAT).toBeUndefined();
  });

  it('reads what is set', () => {
    const o = leesOmgeving({
      MAATWERKBOT_METRICS_PORT: '9464',
      MAATWERKBOT_METRICS_TOKEN: 'x'.repeat(16),
      MAATWERKBOT_GEREED_OUTBOX_SECONDEN: '0',
      MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN: '60',
      LOG_FORMAT: 'pretty',
    });
    expect(o).toMatchObject({
      MAATWERKBOT_METRICS_PORT: 9464,
      MAATWERKBOT_GEREED_OUTBOX_SECONDEN: 0,
      MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN: 60,
      LOG_FORMAT: 'pretty',
    });
  });

  it.each([
    [{ MAATWERKBOT_METRICS_TOKEN: 'kort' }, /MAATWERKBOT_METRICS_TOKEN moet minstens 16 tekens lang zijn/],
    [{ MAATWERKBOT_METRICS_PORT: '70000' }, /MAATWERKBOT_METRICS_PORT moet een poortnummer zijn/],
    [{ MAATWERKBOT_METRICS_PORT: 'negen' }, /MAATWERKBOT_METRICS_PORT moet een poortnummer zijn/],
    [
      { MAATWERKBOT_GEREED_OUTBOX_SECONDEN: '-1' },
      /MAATWERKBOT_GEREED_OUTBOX_SECONDEN moet een geheel aantal/,
    ],
    [
      { MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN: '0' },
      /MAATWERKBOT_ONBEZORGBAAR_NA_MINUTEN moet een geheel aantal/,
    ],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT is json of pretty/],
  ])('refuses %j in Dutch', (env, melding) => {
    expect(() => leesOmgeving(env)).toThrow(melding);
  });
});

describe('request kinds for the ack metric', () => {
  it.each([
    [{ command: '/casus', text: 'help' }, 'commando'],
    [{ type: 'view_submission', view: { callback_id: 'intake' } }, 'view:intake'],
    [{ type: 'view_submission', view: { callback_id: 'antwoord' } }, 'view:antwoord'],
    [{ type: 'view_submission', view: { callback_id: 'iets-anders-van-buiten' } }, 'view'],
    [{ type: 'block_actions' }, 'actie'],
    [{ type: 'shortcut' }, 'shortcut'],
    [{ type: 'message_action' }, 'shortcut'],
    [{ type: 'event_callback' }, 'event'],
    [{ type: 'onzin' }, 'overig'],
  ])('Slack %j is %s', (body, soort) => {
    expect(slackSoort(body)).toBe(soort);
  });

  it.each([
    [{ type: 'message' }, 'message'],
    [{ type: 'invoke', name: 'task/submit' }, 'invoke:task/submit'],
    [{ type: 'invoke', name: 'adaptiveCard/action' }, 'invoke:adaptiveCard/action'],
    [{ type: 'invoke', name: 'iets/willekeurigs' }, 'invoke:overig'],
    [{ type: 'conversationUpdate' }, 'conversationUpdate'],
    [{ type: 'x'.repeat(1000) }, 'overig'],
  ])('Teams %j is %s', (activiteit, soort) => {
    expect(teamsSoort(activiteit)).toBe(soort);
  });
});
