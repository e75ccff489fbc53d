import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployMigrations, provisionDatabase, startEmbeddedPostgres, type RunningPostgres } from '@cchc/db';
import { startBroker, type BrokerHandle } from '@cchc/embedded-kafka';
import type { FastifyInstance } from 'fastify';
import { demoAccounts, type DemoAccount } from './demo-accounts.ts';
import { startGateway } from './gateway.ts';
import { ensurePortFree } from './ports.ts';
import { loadOrCreateSecrets } from './secrets.ts';
import { startServiceProcess, waitUntilReady, type ServiceProcess } from './service-process.ts';
import {
  externalDatabaseUrl,
  publicUrl,
  serviceNames,
  servicePort,
  type ServiceName,
  type StackConfig,
} from './stack-config.ts';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVICE_STOP_TIMEOUT_MS = 15_000;

export interface RunningStack {
  /** Where a browser opens the portal. */
  portalUrl: string;
  /** The realm URL that issues the tokens the services accept. */
  issuer: string;
  kafkaBrokers: string;
  /** Who can sign in to the embedded identity provider; empty with an external Keycloak. */
  demoAccounts: DemoAccount[];
  services: { name: ServiceName; url: string; database: string }[];
  /** Resolves when any service exits on its own; the stack is then incomplete. */
  serviceExited: Promise<string>;
  stop(): Promise<void>;
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Brings up the platform on one machine: embedded PostgreSQL (unless every service has an external database),
 * a database and role per service, their migrations, and the services, each ready before this resolves.
 */
/** The gateway reaches the services over the loopback interface. */
const LOOPBACK_PROXY = '127.0.0.1, ::1, ::ffff:127.0.0.1';

export async function startStack(config: StackConfig, log: (line: string) => void): Promise<RunningStack> {
  const dataDir = path.resolve(config.STACK_DATA_DIR);
  const embeddedFor = serviceNames.filter((service) => !externalDatabaseUrl(config, service));
  for (const service of serviceNames) {
    await ensurePortFree(
      config.STACK_HOST,
      servicePort(config, service),
      `${service} service`,
      `${service.toUpperCase()}_PORT`,
    );
  }
  await ensurePortFree(config.STACK_HOST, config.STACK_PORT, 'portal gateway', 'STACK_PORT');
  if (!config.AUTH_ISSUER) {
    await ensurePortFree('127.0.0.1', config.DEV_IDP_PORT, 'identity provider', 'DEV_IDP_PORT');
  }
  if (embeddedFor.length) {
    await ensurePortFree(
      '127.0.0.1',
      config.STACK_POSTGRES_PORT,
      'embedded PostgreSQL',
      'STACK_POSTGRES_PORT',
    );
  }

  const secrets = await loadOrCreateSecrets(dataDir, serviceNames);
  let postgres: RunningPostgres | undefined;
  let broker: BrokerHandle | undefined;
  let identityProvider: { url: string; stop(): Promise<void> } | undefined;
  let gateway: FastifyInstance | undefined;
  const processes: ServiceProcess[] = [];
  const stop = async () => {
    await gateway?.close();
    await Promise.all(processes.map((service) => service.stop(SERVICE_STOP_TIMEOUT_MS)));
    await identityProvider?.stop();
    await broker?.stop();
    await postgres?.stop();
  };

  try {
    if (embeddedFor.length) {
      log(
        `Starting PostgreSQL on 127.0.0.1:${config.STACK_POSTGRES_PORT} (data in ${path.join(dataDir, 'postgres')})`,
      );
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: config.STACK_POSTGRES_PORT,
        password: secrets.postgresPassword,
      });
    }
    let kafkaBrokers = config.KAFKA_BROKERS;
    if (!kafkaBrokers) {
      log(
        `Starting the Kafka-compatible broker on 127.0.0.1:${config.STACK_KAFKA_PORT} (data in ${path.join(dataDir, 'kafka')})`,
      );
      broker = await startBroker({
        host: '127.0.0.1',
        port: config.STACK_KAFKA_PORT,
        dataDir: path.join(dataDir, 'kafka'),
        autoCreateTopics: true,
        log: (message) => log(`kafka: ${message}`),
      });
      kafkaBrokers = `${broker.host}:${broker.port}`;
    }
    const origin = publicUrl(config);
    let issuer = config.AUTH_ISSUER;
    // The services' client secrets the stack knows: all of the embedded provider's, else those set for Keycloak.
    let clientSecrets: Partial<Record<ServiceName, string>> = {
      judging: config.CCHC_JUDGING_CLIENT_SECRET,
    };
    if (!issuer) {
      log(
        `Starting the identity provider on 127.0.0.1:${config.DEV_IDP_PORT} (realm cchc, served at ${origin}/realms/cchc)`,
      );
      // Loaded only when needed: oidc-provider warns about Node 20 as soon as it is imported.
      const { startDevIdp } = await import('@cchc/dev-idp');
      const started = await startDevIdp({
        host: '127.0.0.1',
        port: config.DEV_IDP_PORT,
        publicUrl: origin,
        dataDir: path.join(dataDir, 'idp'),
      });
      identityProvider = started;
      issuer = started.issuer;
      clientSecrets = started.clientSecrets;
    }
    const databaseUrls = new Map<ServiceName, string>();
    for (const service of serviceNames) {
      const url =
        externalDatabaseUrl(config, service) ??
        (await provisionDatabase(postgres!.url(), {
          database: `cchc_${service}`,
          role: `cchc_${service}`,
          password: secrets.servicePasswords[service]!,
        }));
      const applied = await deployMigrations({
        databaseUrl: url,
        schemaPath: path.join(workspaceRoot, 'apps', service, 'prisma'),
      });
      if (applied.length) log(`Applied ${service} migrations: ${applied.join(', ')}`);
      databaseUrls.set(service, url);
    }

    for (const service of serviceNames) {
      const url = `http://${config.STACK_HOST}:${servicePort(config, service)}`;
      processes.push(
        startServiceProcess({
          name: service,
          entry: path.join(workspaceRoot, 'apps', service, 'src', 'main.ts'),
          url,
          env: {
            HOST: config.STACK_HOST,
            PORT: String(servicePort(config, service)),
            DATABASE_URL: databaseUrls.get(service)!,
            KAFKA_BROKERS: kafkaBrokers,
            LOG_LEVEL: config.LOG_LEVEL,
            AUTH_ISSUER: issuer,
            TRUST_PROXY: LOOPBACK_PROXY,
            ...(service === 'submissions' ? { ATTACHMENTS_DIR: path.join(dataDir, 'attachments') } : {}),
            // Judging reads the council candidates from the realm's users as its own service account.
            ...(service === 'judging' && clientSecrets.judging
              ? { AUTH_CLIENT_SECRET: clientSecrets.judging }
              : {}),
          },
        }),
      );
    }
    const deadline = Date.now() + config.STACK_READY_TIMEOUT_MS;
    await Promise.all(processes.map((service) => waitUntilReady(service, deadline)));
    gateway = await startGateway({
      host: config.STACK_HOST,
      port: config.STACK_PORT,
      // An external Keycloak is proxied the same way, so the portal always finds its realm on its own origin.
      identityProviderUrl: identityProvider?.url ?? new URL(issuer).origin,
      services: processes.map((service) => ({ name: service.name, url: service.url })),
      portalDir: path.resolve(workspaceRoot, config.STACK_PORTAL_DIR),
    });

    return {
      portalUrl: `${origin}/`,
      issuer,
      kafkaBrokers,
      demoAccounts: identityProvider ? await demoAccounts() : [],
      services: processes.map((service) => ({
        name: service.name as ServiceName,
        url: service.url,
        database: redactPassword(databaseUrls.get(service.name as ServiceName)!),
      })),
      serviceExited: Promise.race(processes.map((service) => service.exited.then(() => service.name))),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
