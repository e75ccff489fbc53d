export { startTestIssuer, type TestIssuer, type TokenClaims } from './test-issuer.ts';
