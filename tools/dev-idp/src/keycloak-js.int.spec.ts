import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REALM_FILE, startDevIdp, type DevIdp } from './index.ts';
import type { StrictRealm } from './keycloak-representations.ts';
import { DEMO_PASSWORD } from './testing/flow.ts';

const CHROMIUM = '/usr/bin/chromium';
const KEYCLOAK_JS = fileURLToPath(
  new URL('../../../node_modules/keycloak-js/lib/keycloak.js', import.meta.url),
);

let dataDir: string;
let server: Server;
let idp: DevIdp;
let browser: Browser;
let origin: string;

/** A page like the portal's start-up: keycloak-js with login-required, PKCE and the session-status iframe on. */
function appPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><pre id="out">loading</pre>
<script type="module">
import Keycloak from '/keycloak.js';
const keycloak = new Keycloak({ url: '${origin}', realm: 'cchc', clientId: 'portal' });
window.keycloak = keycloak;
try {
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: true, checkLoginIframeInterval: 1 });
  document.getElementById('out').textContent = JSON.stringify({
    username: keycloak.tokenParsed.preferred_username,
    province: keycloak.tokenParsed.province,
    roles: keycloak.realmAccess.roles,
    refreshTyp: keycloak.refreshTokenParsed.typ,
    sessionId: keycloak.sessionId,
  });
} catch (error) {
  document.getElementById('out').textContent = 'error: ' + (error?.message ?? error);
}
</script></body></html>`;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dev-idp-kcjs-'));
  const keycloakJs = await readFile(KEYCLOAK_JS, 'utf8');
  // One origin for the app and the provider, as the stack serves them; keycloak-js and the realm go through it.
  server = createServer((req, res) => {
    if (req.url === '/keycloak.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(keycloakJs);
    } else if (req.url?.startsWith('/app/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(appPage());
    } else {
      const forwarded = request(
        { host: '127.0.0.1', port: idp.port, method: req.method, path: req.url, headers: req.headers },
        (response) => {
          res.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(res);
        },
      );
      req.pipe(forwarded);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  // The realm file as it is, but with this test's origin among the portal's redirect URIs.
  const realm = JSON.parse(await readFile(DEFAULT_REALM_FILE, 'utf8')) as StrictRealm;
  realm.clients!.find((client) => client.clientId === 'portal')!.redirectUris!.push(`${origin}/*`);
  const realmFile = path.join(dataDir, 'realm.json');
  await writeFile(realmFile, JSON.stringify(realm));
  idp = await startDevIdp({ port: 0, publicUrl: origin, dataDir, realmFile, env: {}, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await idp?.stop();
  await new Promise((resolve) => server?.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

describe('keycloak-js 26 in Chromium', () => {
  it('logs in, keeps the session-status iframe unchanged, refreshes, loads userinfo and logs out', async () => {
    const page = await (await browser.newContext()).newPage();
    const statuses: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('login-status-iframe.html/status')) {
        void response.json().then((body: { state: string }) => statuses.push(body.state));
      }
    });
    await page.goto(`${origin}/app/`);
    await page.waitForSelector('#username');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.fill('#username', 'hg-unit-coordinator');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    // Functions below run in the page; they are strings because this package is type-checked without the DOM.
    await page.waitForFunction('document.getElementById("out").textContent !== "loading"');
    const state = JSON.parse((await page.textContent('#out'))!) as Record<string, unknown>;
    expect(state).toMatchObject({ username: 'hg-unit-coordinator', province: 'HG', refreshTyp: 'Refresh' });
    expect(state['roles']).toContain('unit-coordinator');

    await expect.poll(() => statuses.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['unchanged']));

    const refreshed = (await page.evaluate(
      '(async () => ({ refreshed: await keycloak.updateToken(-1), userinfo: await keycloak.loadUserInfo() }))()',
    )) as { refreshed: boolean; userinfo: Record<string, unknown> };
    expect(refreshed.refreshed).toBe(true);
    expect(refreshed.userinfo).toMatchObject({ preferred_username: 'hg-unit-coordinator', unit: 'HG-STC' });

    await page.evaluate('keycloak.logout()');
    await page.waitForSelector('#username');
    expect(new URL(page.url()).pathname).toMatch(/^\/realms\/cchc\/login-actions\/authenticate\//);
  });
});
