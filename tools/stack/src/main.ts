import { ConfigError, loadConfig } from '@cchc/service-kit';
import { stackConfigSchema } from './stack-config.ts';
import { startStack, type RunningStack } from './start-stack.ts';

const log = (line: string) => process.stdout.write(`stack       | ${line}\n`);

function fail(message: string): never {
  process.stderr.write(`stack: ${message}\n`);
  process.exit(1);
}

/** Columns padded to their widest cell. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

function printTable(stack: RunningStack, seconds: number): void {
  const rows = stack.services.map((service) => [
    service.name,
    service.url,
    `${service.url}/docs`,
    service.database,
  ]);
  process.stdout.write(
    [
      '',
      `The platform is ready (${seconds.toFixed(1)} s). Press Ctrl-C to stop it.`,
      '',
      `Portal: ${stack.portalUrl}  (APIs at ${stack.portalUrl}api/<service>/, sign-in at ${stack.issuer})`,
      `Kafka: ${stack.kafkaBrokers}`,
      '',
      ...table(['service', 'url', 'api docs', 'database'], rows),
      '',
      ...(stack.demoAccounts.length
        ? [
            'Demo accounts (development only, deploy/keycloak/dev-users.json):',
            '',
            ...table(
              ['username', 'role', 'province', 'password'],
              stack.demoAccounts.map((account) => [
                account.username,
                account.roles.join(', '),
                account.province,
                account.password,
              ]),
            ),
            '',
          ]
        : []),
    ].join('\n') + '\n',
  );
}

const startedAt = performance.now();
let config;
try {
  config = loadConfig(stackConfigSchema);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

let stack: RunningStack;
try {
  stack = await startStack(config, log);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
printTable(stack, (performance.now() - startedAt) / 1000);

let stopping = false;
const shutdown = async (exitCode: number) => {
  if (stopping) return;
  stopping = true;
  log('Stopping…');
  await stack.stop();
  log('Stopped.');
  process.exit(exitCode);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
void stack.serviceExited.then((name) => {
  if (stopping) return;
  log(`${name} stopped unexpectedly; stopping the platform.`);
  void shutdown(1);
});
