export { authConfigProperties, userDirectoryConfigProperties } from './auth-config.ts';
export { authenticated, type AuthOptions } from './authenticated.ts';
export { callerOf, mayReadAllProvinces, provinceOf, requireRole, requireSameProvince } from './guards.ts';
export { COUNCIL_ROLES, PLATFORM_ROLES, ROLES, type Role } from './roles.ts';
export {
  createTokenVerifier,
  InvalidTokenError,
  type AuthContext,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './token-verifier.ts';
export {
  createUserDirectory,
  UserDirectoryError,
  type DirectoryUser,
  type UserDirectory,
  type UserDirectoryOptions,
} from './user-directory.ts';
