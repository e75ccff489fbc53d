import { Type } from 'typebox';

/** The environment variables of a service whose routes need a bearer token. */
export const authConfigProperties = {
  AUTH_ISSUER: Type.String({
    pattern: '^https?://[^\\s]+/realms/[^/\\s]+$',
    description:
      'Realm URL of the identity provider, the issuer of the tokens, e.g. http://localhost:3100/realms/cchc',
  }),
};

/**
 * The environment variables of a service that reads the identity provider's user directory
 * (`createUserDirectory`) as its own confidential client, whose client id is the service's name.
 */
export const userDirectoryConfigProperties = {
  AUTH_CLIENT_SECRET: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        "Secret of the service's client in the realm (the client id is the service's name), for the client-credentials token that reads the realm's users; without it the user directory is unavailable",
    }),
  ),
};
