import Keycloak from 'keycloak-js';
import { AuthSession } from './auth-session';
import { userFromClaims, type PortalUser, type TokenClaims } from './portal-user';

/** Refresh the access token when it has less than this many seconds left. */
const MIN_VALIDITY_SECONDS = 30;

class KeycloakAuthSession extends AuthSession {
  constructor(
    private readonly keycloak: Keycloak,
    private readonly origin: string,
  ) {
    super();
  }

  get user(): PortalUser {
    return userFromClaims(this.keycloak.tokenParsed as TokenClaims | undefined);
  }

  async accessToken(): Promise<string> {
    try {
      await this.keycloak.updateToken(MIN_VALIDITY_SECONDS);
    } catch {
      // The refresh token is gone (session ended or expired): only a new login helps.
      await this.keycloak.login();
    }
    if (!this.keycloak.token) throw new Error('No access token');
    return this.keycloak.token;
  }

  async logout(): Promise<void> {
    await this.keycloak.logout({ redirectUri: `${this.origin}/` });
  }
}

/**
 * Signs the user in through the identity provider on the page's own origin (realm cchc, client portal) with
 * the authorization code flow and PKCE; resolves once a session exists, otherwise redirects to the login page.
 */
export async function startKeycloakSession(origin: string): Promise<AuthSession> {
  const keycloak = new Keycloak({ url: origin, realm: 'cchc', clientId: 'portal' });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'fragment',
  });
  return new KeycloakAuthSession(keycloak, origin);
}
