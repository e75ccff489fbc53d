import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Path of sql/entry-fingerprint.sql: the DDL the service's migration must produce. */
export const FINGERPRINT_TABLE_DDL_PATH = fileURLToPath(
  new URL('../sql/entry-fingerprint.sql', import.meta.url),
);

/** The text of sql/entry-fingerprint.sql. */
export function fingerprintTableDdl(): Promise<string> {
  return readFile(FINGERPRINT_TABLE_DDL_PATH, 'utf8');
}
