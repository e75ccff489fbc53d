import { Type } from 'typebox';

/** The environment variables of a service whose routes need a bearer token. */
export const authConfigProperties = {
  AUTH_ISSUER: Type.String({
    pattern: '^https?://[^\\s]+/realms/[^/\\s]+$',
    description:
      'Realm URL of the identity provider, the issuer of the tokens, e.g. http://localhost:3100/realms/cchc',
  }),
};
