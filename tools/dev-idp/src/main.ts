import path from 'node:path';
import { CLIENT_SECRETS_FILE } from './client-secrets.ts';
import { DevIdpConfigError, ENV_DEFAULTS, publicOrigin, readDevIdpEnv } from './config.ts';
import type { DevIdp, DevIdpOptions } from './dev-idp.ts';
import { RealmFileError } from './realm.ts';

const USAGE = `usage: node --import tsx tools/dev-idp/src/main.ts
environment:
${Object.entries(ENV_DEFAULTS)
  .map(([name, fallback]) => `  ${name.padEnd(20)} ${fallback}`)
  .join('\n')}
  CCHC_<CLIENT>_CLIENT_SECRET  secret of a service client (else generated and kept in the data directory)`;

function fail(message: string): never {
  process.stderr.write(`dev-idp: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let options: DevIdpOptions;
  try {
    options = readDevIdpEnv(process.env);
    if (options.publicUrl !== undefined) publicOrigin(options.publicUrl);
  } catch (error) {
    fail(error instanceof DevIdpConfigError ? error.message : String(error));
  }
  // Loaded only once the settings are known to be good, so a bad setting gives exactly one line.
  const { PortInUseError, startDevIdp } = await import('./dev-idp.ts');
  let idp: DevIdp;
  try {
    idp = await startDevIdp(options);
  } catch (error) {
    const expected =
      error instanceof DevIdpConfigError ||
      error instanceof PortInUseError ||
      error instanceof RealmFileError;
    fail(expected ? error.message : String((error as Error).stack ?? error));
  }
  const dataDir = path.resolve(options.dataDir ?? '.data/dev-idp');
  process.stdout.write(
    `dev-idp listening on ${idp.url}, issuer ${idp.issuer} (client secrets in ${path.join(dataDir, CLIENT_SECRETS_FILE)} unless set in the environment)\n`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    idp.stop().then(
      () => process.exit(0),
      (error: unknown) => fail(String(error)),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
