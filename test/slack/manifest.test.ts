// The Slack app manifest against the limits of Slack's manifest format (schema 1.0, slackapi/manifest-schema),
// and against the adapter: the command, the shortcuts' callback ids and the events it listens to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDO, SHORTCUT } from '../../adapters/slack/ids.ts';
import { z } from '../../src/domain/validatie.ts';

const url = z
  .string()
  .regex(/^https?:\/\//)
  .max(3500);

const manifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.literal(1), minor_version: z.number().int() }),
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().min(1).max(140),
    background_color: z.string().regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/),
    long_description: z.string().min(175).max(4000),
  }),
  features: z.strictObject({
    app_home: z.strictObject({
      home_tab_enabled: z.boolean(),
      messages_tab_enabled: z.boolean(),
      messages_tab_read_only_enabled: z.boolean(),
    }),
    bot_user: z.strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    shortcuts: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(24),
          type: z.enum(['global', 'message']),
          callback_id: z.string().min(1).max(255),
          description: z.string().min(1).max(150),
        }),
      )
      .min(1)
      .max(10),
    slash_commands: z
      .array(
        z.strictObject({
          command: z.string().min(2).max(32).regex(/^\//),
          url: z
            .string()
            .regex(/^https?:\/\//)
            .max(3000),
          description: z.string().min(1).max(2000),
          usage_hint: z.string().min(1).max(1000),
          should_escape: z.boolean(),
        }),
      )
      .min(1)
      .max(50),
  }),
  oauth_config: z.strictObject({
    scopes: z.strictObject({ bot: z.array(z.string().max(50)).max(255) }),
  }),
  settings: z.strictObject({
    event_subscriptions: z.strictObject({
      request_url: url,
      bot_events: z.array(z.string().max(50)).max(100),
    }),
    interactivity: z.strictObject({ is_enabled: z.boolean(), request_url: url }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

const manifest = parse(readFileSync(new URL('../../manifest/slack/manifest.yml', import.meta.url), 'utf8'));

describe('Slack app manifest', () => {
  it('is within the limits of the manifest format', () => {
    const r = manifestSchema.safeParse(manifest);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('declares what the adapter listens to', () => {
    const m = manifestSchema.parse(manifest);
    expect(m.features.slash_commands.map((c) => c.command)).toEqual([COMMANDO]);
    expect(m.features.shortcuts.map((s) => [s.type, s.callback_id])).toEqual([
      ['global', SHORTCUT.nieuw],
      ['message', SHORTCUT.uitBericht],
    ]);
    expect(m.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    for (const scope of [
      'commands',
      'chat:write',
      // The monthly report's chart: files.getUploadURLExternal and files.completeUploadExternal.
      'files:write',
      'im:write',
      'users:read',
      'channels:read',
      'groups:read',
    ]) {
      expect(m.oauth_config.scopes.bot).toContain(scope);
    }
    // One endpoint for commands, interactivity and events: the route the server mounts.
    const urls = [
      m.settings.event_subscriptions.request_url,
      m.settings.interactivity.request_url,
      ...m.features.slash_commands.map((c) => c.url),
    ];
    for (const u of urls) expect(new URL(u).pathname).toBe('/slack/events');
  });
});
