import { fileURLToPath } from 'node:url';

/** The committed AsyncAPI document; a test fails when it no longer matches the catalogue. */
export const ASYNCAPI_PATH = fileURLToPath(new URL('../asyncapi.json', import.meta.url));
export const CONTRACTS_VERSION = '1.0.0';
