import { randomBytes } from 'node:crypto';
import {
  authorizationUrl,
  Browser,
  formAction,
  pkcePair,
  responseParams,
  type AuthorizeOptions,
} from './browser.ts';

export const REDIRECT_URI = 'http://localhost:3100/app/';
export const DEMO_PASSWORD = 'cchc-demo-2025';

export interface TokenResponse {
  access_token: string;
  id_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_expires_in: number;
  token_type: string;
  scope: string;
  session_state?: string;
  'not-before-policy'?: number;
}

/** Opens the login page of a fresh authorization request; returns its HTML and the form's action. */
export async function openLoginPage(
  browser: Browser,
  options: AuthorizeOptions,
): Promise<{ html: string; action: string; status: number; url: string }> {
  const { response, url } = await browser.follow(
    authorizationUrl(options),
    options.redirectUri ?? REDIRECT_URI,
  );
  const html = await response.text();
  return { html, action: response.status === 200 ? formAction(html, url) : '', status: response.status, url };
}

/** Submits the login form; returns the redirect back to the client, or the page shown instead. */
export async function submitLogin(
  browser: Browser,
  action: string,
  username: string,
  password: string,
  redirectUri = REDIRECT_URI,
): Promise<{ location?: string; status: number; html: string }> {
  const posted = await browser.postForm(action, { username, password });
  const location = posted.headers.get('location');
  if (!location) return { status: posted.status, html: await posted.text() };
  await posted.body?.cancel();
  const next = new URL(location, action);
  if (next.href.startsWith(redirectUri)) return { location: next.href, status: posted.status, html: '' };
  const followed = await browser.follow(next, redirectUri);
  return {
    location: followed.location,
    status: followed.response.status,
    html: followed.location ? '' : await followed.response.text(),
  };
}

export async function exchangeCode(
  issuer: string,
  code: string,
  verifier: string,
  redirectUri = REDIRECT_URI,
): Promise<Response> {
  return fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'portal',
      code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
    }).toString(),
  });
}

/** The whole keycloak-js login: authorization request with PKCE, login form, code exchange. */
export async function loginAs(
  issuer: string,
  username: string,
  options: { browser?: Browser; password?: string; scope?: string; responseMode?: 'fragment' | 'query' } = {},
): Promise<{ tokens: TokenResponse; browser: Browser; nonce: string }> {
  const browser = options.browser ?? new Browser();
  const { verifier, challenge } = pkcePair();
  const nonce = randomBytes(8).toString('hex');
  const page = await openLoginPage(browser, {
    issuer,
    challenge,
    nonce,
    scope: options.scope,
    responseMode: options.responseMode,
  });
  const result = await submitLogin(browser, page.action, username, options.password ?? DEMO_PASSWORD);
  if (!result.location) throw new Error(`login of ${username} failed with status ${result.status}`);
  const code = responseParams(result.location).get('code');
  if (!code) throw new Error(`no code in ${result.location}`);
  const response = await exchangeCode(issuer, code, verifier);
  if (response.status !== 200)
    throw new Error(`code exchange failed: ${response.status} ${await response.text()}`);
  return { tokens: (await response.json()) as TokenResponse, browser, nonce };
}

export async function tokenRequest(
  issuer: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

export function basicAuth(clientId: string, secret: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` };
}
