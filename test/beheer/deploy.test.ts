// deploy/: the systemd unit passes `systemd-analyze verify` and its offline security check, and the nginx
// example passes `nginx -t`, where those commands exist.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORTEL } from './hulp/proces.ts';

const heeft = (opdracht: string, ...args: string[]) => {
  const r = spawnSync(opdracht, args, { encoding: 'utf8' });
  return !r.error && r.status === 0;
};
const basis = mkdtempSync(path.join(tmpdir(), 'maatwerkbot-deploy-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));
const UNIT = readFileSync(path.join(WORTEL, 'deploy/maatwerkbot.service'), 'utf8');

describe.runIf(heeft('systemd-analyze', '--version'))('deploy/maatwerkbot.service', () => {
  // verify refuses an ExecStart whose program does not exist: /usr/bin/node need not exist on the machine
  // running the tests, so a copy is checked with ExecStart pointing to this Node and this checkout.
  const kopie = path.join(basis, 'maatwerkbot.service');
  writeFileSync(
    kopie,
    UNIT.replace(
      /^ExecStart=\/usr\/bin\/node \/opt\/maatwerkbot\//m,
      `ExecStart=${process.execPath} ${WORTEL}`,
    ).replace(/^WorkingDirectory=.*$/m, `WorkingDirectory=${WORTEL}`),
  );

  it('passes systemd-analyze verify without a warning', () => {
    expect(UNIT).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/maatwerkbot\/bin\/maatwerkbot\.mjs start$/m);
    const r = spawnSync('systemd-analyze', ['verify', kopie], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a unit with a mistake does not pass: the check above can fail', () => {
    const fout = path.join(basis, 'fout.service');
    writeFileSync(fout, readFileSync(kopie, 'utf8').replace('ProtectSystem=strict', 'ProtectSystem=strikt'));
    expect(spawnSync('systemd-analyze', ['verify', fout], { encoding: 'utf8' }).stderr).toContain(
      'Failed to parse protect system value',
    );
  });

  it('is hardened: own user, read-only system, writes only to its data directory, restarts on failure', () => {
    for (const regel of [
      'User=maatwerkbot',
      'ProtectSystem=strict',
      'ReadWritePaths=/var/lib/maatwerkbot',
      'StateDirectory=maatwerkbot',
      'NoNewPrivileges=yes',
      'PrivateTmp=yes',
      'ProtectHome=yes',
      'CapabilityBoundingSet=',
      'RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6',
      'SystemCallFilter=@system-service',
      'Restart=on-failure',
      'EnvironmentFile=/etc/maatwerkbot/maatwerkbot.env',
      'Environment=MAATWERKBOT_DATA_DIR=/var/lib/maatwerkbot/pglite',
    ])
      expect(UNIT.split('\n'), regel).toContain(regel);
    // V8 and PGlite's WebAssembly compile code at run time.
    expect(UNIT).not.toMatch(/^MemoryDenyWriteExecute=yes/m);
    // systemd's own exposure score, 0 (locked down) to 10: at most 2.0 here ("OK"; it measures 1.4).
    const r = spawnSync('systemd-analyze', ['security', '--offline=yes', '--threshold=20', kopie], {
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/Overall exposure level for maatwerkbot\.service: 1\.\d OK/);
    expect(r.status).toBe(0);
  });
});

// nginx is not needed to run the bot; set MAATWERKBOT_TEST_NGINX to a binary to check with one elsewhere.
const NGINX = process.env.MAATWERKBOT_TEST_NGINX ?? 'nginx';
describe.runIf(heeft(NGINX, '-v') && heeft('openssl', 'version'))('deploy/nginx.conf', () => {
  it('passes nginx -t (with a throw-away certificate in place of the real one)', () => {
    const map = path.join(basis, 'nginx');
    mkdirSync(path.join(map, 'tmp'), { recursive: true });
    const sleutel = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=maatwerkbot.test',
      '-days',
      '1',
      '-keyout',
      path.join(map, 'privkey.pem'),
      '-out',
      path.join(map, 'fullchain.pem'),
    ]);
    expect(sleutel.status).toBe(0);
    const site = readFileSync(path.join(WORTEL, 'deploy/nginx.conf'), 'utf8').replaceAll(
      '/etc/letsencrypt/live/maatwerkbot.gemeente.nl',
      map,
    );
    writeFileSync(path.join(map, 'site.conf'), site);
    const tmp = path.join(map, 'tmp');
    writeFileSync(
      path.join(map, 'nginx.conf'),
      `error_log ${map}/error.log; pid ${map}/nginx.pid; events {}
       http { access_log off; client_body_temp_path ${tmp}; proxy_temp_path ${tmp}; fastcgi_temp_path ${tmp};
              uwsgi_temp_path ${tmp}; scgi_temp_path ${tmp}; include ${map}/site.conf; }`,
    );
    const r = spawnSync(NGINX, ['-t', '-p', map, '-c', path.join(map, 'nginx.conf')], { encoding: 'utf8' });
    expect(r.stderr).toContain('test is successful');
    expect(r.status).toBe(0);
  });
});
