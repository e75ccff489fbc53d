import type { Provider } from '@angular/core';
import type { PortalUser } from './portal-user';

/** The signed-in session; the only way the portal reaches the identity provider. */
export abstract class AuthSession {
  /** The signed-in user, read from the access token. */
  abstract readonly user: PortalUser;
  /** A valid access token, refreshed first when it expires within 30 seconds. */
  abstract accessToken(): Promise<string>;
  /** Ends the single sign-on session and returns to the portal's start page. */
  abstract logout(): Promise<void>;
}

/** Makes an already started session available to the application. */
export function provideAuthSession(session: AuthSession): Provider {
  return { provide: AuthSession, useValue: session };
}
