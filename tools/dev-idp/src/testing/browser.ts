import { createHash, randomBytes } from 'node:crypto';

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/** Just enough of a browser's cookie store for one origin: names, values and paths. */
export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  store(setCookies: string[]): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      let path = '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', raw = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = raw;
        if (key.toLowerCase() === 'max-age' && Number(raw) <= 0) expired = true;
        if (key.toLowerCase() === 'expires' && Date.parse(raw) <= Date.now()) expired = true;
      }
      const key = `${name};${path}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  header(url: URL): string {
    return [...this.#cookies.values()]
      .filter(
        (cookie) =>
          url.pathname === cookie.path ||
          url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  names(): string[] {
    return [...this.#cookies.values()].map((cookie) => cookie.name);
  }
}

/** fetch with a cookie jar and redirects left to the caller, like a browser seen one hop at a time. */
export class Browser {
  readonly jar = new CookieJar();

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.jar.header(target);
    if (cookies) headers.set('cookie', cookies);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    this.jar.store(response.headers.getSetCookie());
    return response;
  }

  /** Follows redirects until a response is not one, or until the next location starts with `stopAt`. */
  async follow(
    url: string | URL,
    stopAt?: string,
  ): Promise<{ response: Response; url: string; location?: string }> {
    let current = new URL(url);
    for (let hop = 0; hop < 10; hop++) {
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location)
        return { response, url: current.href };
      const next = new URL(location, current);
      if (stopAt && next.href.startsWith(stopAt)) {
        await response.body?.cancel();
        return { response, url: current.href, location: next.href };
      }
      await response.body?.cancel();
      current = next;
    }
    throw new Error(`too many redirects from ${String(url)}`);
  }

  async postForm(
    url: string | URL,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The `action` of the first form on a page. */
export function formAction(html: string, base: string): string {
  const match = /<form[^>]*\saction="([^"]*)"/.exec(html);
  if (!match) throw new Error('no form on the page');
  return new URL(match[1]!.replaceAll('&amp;', '&'), base).href;
}

/** Parameters of an authorization response delivered in the fragment or the query. */
export function responseParams(location: string): URLSearchParams {
  const url = new URL(location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export interface AuthorizeOptions {
  issuer: string;
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  responseMode?: 'fragment' | 'query';
  extra?: Record<string, string>;
  challenge?: string;
  nonce?: string;
  state?: string;
}

/** The authorization request keycloak-js makes. */
export function authorizationUrl(options: AuthorizeOptions): URL {
  const url = new URL(`${options.issuer}/protocol/openid-connect/auth`);
  url.search = new URLSearchParams({
    client_id: options.clientId ?? 'portal',
    redirect_uri: options.redirectUri ?? 'http://localhost:3100/app/',
    state: options.state ?? randomBytes(8).toString('hex'),
    response_mode: options.responseMode ?? 'fragment',
    response_type: 'code',
    scope: options.scope ?? 'openid',
    nonce: options.nonce ?? randomBytes(8).toString('hex'),
    ...(options.challenge ? { code_challenge: options.challenge, code_challenge_method: 'S256' } : {}),
    ...options.extra,
  }).toString();
  return url;
}
