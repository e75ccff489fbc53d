import type { Adapter, AdapterPayload } from 'oidc-provider';
import { readJsonIfExists, writePrivateFile } from './keys.ts';

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; undefined never expires. */
  expiresAt?: number;
}

interface SessionAuthorization {
  sid?: string;
}

/** Models whose entries are indexed by grant so a revoked grant takes its tokens with it. */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

/**
 * oidc-provider's storage: sessions, grants, codes, refresh tokens and interactions, kept in memory and written
 * to a file on stop so that a restart keeps people logged in. It also indexes sessions by the `sid` values
 * handed to clients, for the userinfo endpoint and the session-status iframe.
 */
export class StateStore {
  readonly #entries = new Map<string, Entry>();
  readonly #grants = new Map<string, Set<string>>();
  readonly #uids = new Map<string, string>();
  readonly #sids = new Map<string, string>();
  #writes = 0;

  constructor(
    /** Turns a presented refresh token into the stored opaque one; undefined refuses it. */
    private readonly unwrapRefreshToken: (value: string) => Promise<string | undefined>,
  ) {}

  #key(model: string, id: string): string {
    return `${model}:${id}`;
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.#remove(key);
      return undefined;
    }
    return entry;
  }

  #index(key: string, payload: AdapterPayload): void {
    if (payload.grantId && GRANTABLE.has(key.slice(0, key.indexOf(':')))) {
      const members = this.#grants.get(payload.grantId) ?? new Set<string>();
      members.add(key);
      this.#grants.set(payload.grantId, members);
    }
    if (key.startsWith('Session:')) {
      const id = key.slice('Session:'.length);
      if (payload.uid) this.#uids.set(payload.uid, id);
      const authorizations = (payload.authorizations ?? {}) as Record<string, SessionAuthorization>;
      for (const { sid } of Object.values(authorizations)) if (sid) this.#sids.set(sid, id);
    }
  }

  #unindex(key: string, payload: AdapterPayload): void {
    if (payload.grantId) this.#grants.get(payload.grantId)?.delete(key);
    if (key.startsWith('Session:')) {
      const id = key.slice('Session:'.length);
      if (payload.uid && this.#uids.get(payload.uid) === id) this.#uids.delete(payload.uid);
      const authorizations = (payload.authorizations ?? {}) as Record<string, SessionAuthorization>;
      for (const { sid } of Object.values(authorizations)) {
        if (sid && this.#sids.get(sid) === id) this.#sids.delete(sid);
      }
    }
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#unindex(key, entry.payload);
  }

  #set(model: string, id: string, payload: AdapterPayload, expiresIn?: number): void {
    // Expired entries go when read; a sweep now and then removes those nobody reads again.
    if (++this.#writes % 500 === 0) for (const stale of [...this.#entries.keys()]) this.#live(stale);
    const key = this.#key(model, id);
    this.#remove(key);
    this.#entries.set(key, {
      payload,
      expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : undefined,
    });
    this.#index(key, payload);
  }

  /** The stored payload of an entry, bypassing refresh-token unwrapping (used to describe a token just issued). */
  get(model: string, id: string): AdapterPayload | undefined {
    return this.#live(this.#key(model, id))?.payload;
  }

  /** Whether the session a client was given `sid` for still exists. */
  hasSessionForSid(sid: string): boolean {
    const id = this.#sids.get(sid);
    return id !== undefined && this.#live(this.#key('Session', id)) !== undefined;
  }

  /** Remembers a revoked access token until it would have expired anyway (`exp` in epoch seconds). */
  revokeAccessToken(jti: string, exp: number): void {
    this.#set('RevokedAccessToken', jti, { jti, exp }, Math.max(1, exp - Math.floor(Date.now() / 1000)));
  }

  isAccessTokenRevoked(jti: string): boolean {
    return this.get('RevokedAccessToken', jti) !== undefined;
  }

  /** Gives the session with this uid a new lifetime, computed from its login time (epoch seconds). */
  touchSession(uid: string, lifetime: (loginTs: number | undefined) => number): void {
    const id = this.#uids.get(uid);
    const entry = id === undefined ? undefined : this.#live(this.#key('Session', id));
    if (!id || !entry) return;
    const seconds = lifetime(entry.payload.loginTs);
    entry.payload.exp = Math.floor(Date.now() / 1000) + seconds;
    entry.expiresAt = Date.now() + seconds * 1000;
  }

  /** The adapter factory for oidc-provider's `adapter` setting. */
  adapterFor = (model: string): Adapter => {
    const find = async (id: string) => {
      if (model === 'RefreshToken') {
        const opaque = await this.unwrapRefreshToken(id);
        return opaque === undefined ? undefined : this.get(model, opaque);
      }
      return this.get(model, id);
    };
    return {
      upsert: async (id, payload, expiresIn) => this.#set(model, id, payload, expiresIn),
      find,
      findByUserCode: async () => undefined,
      findByUid: async (uid) => {
        const id = this.#uids.get(uid);
        return id === undefined ? undefined : this.get(model, id);
      },
      consume: async (id) => {
        const entry = this.#live(this.#key(model, id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => this.#remove(this.#key(model, id)),
      revokeByGrantId: async (grantId) => {
        for (const key of [...(this.#grants.get(grantId) ?? [])]) this.#remove(key);
        this.#grants.delete(grantId);
      },
    };
  };

  /** Restores what {@link save} wrote, dropping what has expired since. */
  async load(file: string): Promise<void> {
    const saved = await readJsonIfExists<Record<string, Entry>>(file);
    const now = Date.now();
    for (const [key, entry] of Object.entries(saved ?? {})) {
      if (entry.expiresAt !== undefined && entry.expiresAt <= now) continue;
      this.#entries.set(key, entry);
      this.#index(key, entry.payload);
    }
  }

  async save(file: string): Promise<void> {
    const live: Record<string, Entry> = {};
    for (const key of [...this.#entries.keys()]) {
      const entry = this.#live(key);
      if (entry) live[key] = entry;
    }
    await writePrivateFile(file, JSON.stringify(live));
  }
}
