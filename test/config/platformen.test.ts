// Which platforms start, by the rule "fail closed": a credential without what its authentication needs
// refuses the start (exit 2) and names the missing variable; Teams runs unauthenticated only on request.
import { describe, expect, it } from 'vitest';
import { leesOmgeving } from '../../src/config/omgeving.ts';
import { platformKeuze } from '../../src/config/platformen.ts';
import { AFSLUITCODE, OpstartFout } from '../../src/opstart/afsluitcodes.ts';

const keuze = (env: Record<string, string>) => platformKeuze(leesOmgeving(env));

function weigering(env: Record<string, string>): OpstartFout {
  try {
    keuze(env);
  } catch (e) {
    if (e instanceof OpstartFout) return e;
    throw e;
  }
  throw new Error(`geen weigering voor ${JSON.stringify(env)}`);
}

const SLACK = { SLACK_SIGNING_SECRET: 'geheim', SLACK_BOT_TOKEN: 'xoxb-1' };
const TEAMS = { MICROSOFT_APP_ID: 'app-id', MICROSOFT_APP_PASSWORD: 'wachtwoord' };

describe('platform settings: what starts', () => {
  it.each([
    ['nothing set: both off', {}, 'uit', 'uit'],
    ['both Slack variables: Slack on', SLACK, 'aan', 'uit'],
    ['app id and password: Teams with JWT checks', TEAMS, 'uit', 'jwt'],
    ['single tenant as well', { ...TEAMS, MICROSOFT_APP_TENANT_ID: 'tenant' }, 'uit', 'jwt'],
    ['emulator asked for, no credentials: emulator', { MAATWERKBOT_TEAMS_EMULATOR: '1' }, 'uit', 'emulator'],
    ['emulator 0 is off', { MAATWERKBOT_TEAMS_EMULATOR: '0' }, 'uit', 'uit'],
    ['empty values count as not set', { SLACK_BOT_TOKEN: '', MICROSOFT_APP_PASSWORD: ' ' }, 'uit', 'uit'],
  ] as const)('%s', (_titel, env, slack, teams) => {
    const k = keuze(env);
    expect([k.slack.soort, k.teams.soort]).toEqual([slack, teams]);
  });

  it('hands the credentials on as set', () => {
    expect(keuze({ ...SLACK, ...TEAMS, MICROSOFT_APP_TENANT_ID: 't1' })).toEqual({
      slack: {
        soort: 'aan',
        signingSecret: 'geheim',
        botToken: 'xoxb-1',
        appToken: undefined,
        apiUrl: undefined,
      },
      teams: { soort: 'jwt', appId: 'app-id', appPassword: 'wachtwoord', tenantId: 't1' },
    });
  });
});

describe('platform settings: what refuses to start, naming the missing variable', () => {
  it.each([
    ['a signing secret without bot token', { SLACK_SIGNING_SECRET: 'geheim' }, /^SLACK_BOT_TOKEN ontbreekt/],
    ['a bot token without signing secret', { SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET ontbreekt/],
    [
      'an app token alone',
      { SLACK_APP_TOKEN: 'xapp-1' },
      /^SLACK_SIGNING_SECRET en SLACK_BOT_TOKEN ontbreken/,
    ],
    [
      'a Teams password without app id',
      { MICROSOFT_APP_PASSWORD: 'w' },
      /^MICROSOFT_APP_ID ontbreekt: MICROSOFT_APP_PASSWORD is gezet/,
    ],
    [
      'a tenant without app id',
      { MICROSOFT_APP_TENANT_ID: 't' },
      /^MICROSOFT_APP_ID ontbreekt: MICROSOFT_APP_TENANT_ID is gezet/,
    ],
    [
      'a password without app id, even with the emulator asked for',
      { MICROSOFT_APP_PASSWORD: 'w', MAATWERKBOT_TEAMS_EMULATOR: '1' },
      /^MICROSOFT_APP_ID ontbreekt/,
    ],
    ['an app id without password', { MICROSOFT_APP_ID: 'app-id' }, /^MICROSOFT_APP_PASSWORD ontbreekt/],
    [
      'an app id and the emulator',
      { ...TEAMS, MAATWERKBOT_TEAMS_EMULATOR: '1' },
      /^MAATWERKBOT_TEAMS_EMULATOR=1 en MICROSOFT_APP_ID sluiten elkaar uit/,
    ],
  ] as const)('%s', (_titel, env, melding) => {
    const fout = weigering(env);
    expect(fout.afsluitcode).toBe(AFSLUITCODE.configuratie);
    expect(fout.message).toMatch(melding);
    expect(fout.message).not.toContain('\n');
  });

  it('reads MAATWERKBOT_TEAMS_EMULATOR as 1 or 0 only', () => {
    expect(() => leesOmgeving({ MAATWERKBOT_TEAMS_EMULATOR: 'ja' })).toThrow(
      /MAATWERKBOT_TEAMS_EMULATOR is 1 \(emulatormodus aan\) of 0 \(uit\)/,
    );
  });

  it('listens on loopback unless HOST says otherwise', () => {
    expect(leesOmgeving({}).HOST).toBe('127.0.0.1');
    expect(leesOmgeving({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });
});
