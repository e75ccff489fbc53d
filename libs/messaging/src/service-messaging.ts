import { catalog } from '@cchc/contracts';
import { createService, type BaseConfig, type DatabaseClient, type ServiceOptions } from '@cchc/service-kit';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { Gauge, Registry } from 'prom-client';
import { deadLetterTopic } from './dead-letters.ts';
import { startEventConsumer, type EventConsumer, type EventHandler } from './event-consumer.ts';
import { createKafkaBus } from './kafka-bus.ts';
import type { BusLogger, MessageBus } from './message-bus.ts';
import { startOutboxRelay, type OutboxRelay } from './outbox-relay.ts';
import type { SqlTransaction, TransactionRunner } from './sql.ts';

export interface ServiceMessagingOptions<Tx extends SqlTransaction> {
  /** The service's name: Kafka client id, consumer group and relay lease. */
  name: string;
  brokers: string[];
  databaseUrl: string;
  /** Partitions of the topics the service creates for the events it publishes. */
  partitions: number;
  transaction: TransactionRunner<Tx>;
  /** Handlers of the events the service consumes, by type. */
  handlers?: Record<string, EventHandler<Tx>>;
}

function busLogger(log: FastifyBaseLogger): BusLogger {
  return {
    debug: (message, context) => log.debug(context ?? {}, message),
    info: (message, context) => log.info(context ?? {}, message),
    warn: (message, context) => log.warn(context ?? {}, message),
    error: (message, context) => log.error(context ?? {}, message),
  };
}

interface MessagingFigures {
  outboxBacklog(): Promise<number>;
  consumerLag(): Promise<number>;
  deadLetters(): Promise<number>;
}

/** `/metrics` in Prometheus' text format: outbox backlog, consumer lag and dead letters, read when scraped. */
function registerMetrics(app: FastifyInstance, figures: MessagingFigures): void {
  const registry = new Registry();
  const gauge = (name: string, help: string, read: () => Promise<number>) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        // A scrape while Kafka or the database is away reports nothing rather than failing the whole page.
        this.set(await read().catch(() => Number.NaN));
      },
    });
  gauge('cchc_outbox_backlog', 'Events written to the outbox and not yet published', figures.outboxBacklog);
  gauge(
    'cchc_consumer_lag',
    'Records on followed topics this service has not processed yet',
    figures.consumerLag,
  );
  gauge(
    'cchc_dead_letters',
    'Records parked on the dead-letter topics of followed topics',
    figures.deadLetters,
  );
  app.get(
    '/metrics',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Prometheus metrics of the event backbone',
        response: { 200: { type: 'string' } },
      },
    },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
}

/** Keeps trying a start-up step until it succeeds or the service closes, so a broker that is down delays, not kills. */
async function untilDone(
  step: () => Promise<void>,
  isClosing: () => boolean,
  logger: BusLogger,
  what: string,
) {
  for (let delay = 200; !isClosing(); delay = Math.min(delay * 2, 5000)) {
    try {
      await step();
      return;
    } catch (error) {
      logger.warn(`${what} failed; retrying`, {
        reason: error instanceof Error ? error.message : String(error),
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Connects a service to the event backbone: creates the topics it publishes and follows, relays its outbox,
 * runs its consumers, adds Kafka to readiness, and stops all of it when the service closes.
 */
export async function registerMessaging<Tx extends SqlTransaction>(
  app: FastifyInstance,
  options: ServiceMessagingOptions<Tx>,
): Promise<MessageBus> {
  const logger = busLogger(app.log);
  const bus = createKafkaBus({ brokers: options.brokers, clientId: options.name, logger });
  const produced = [
    ...new Set(catalog.filter((event) => event.producer === options.name).map((event) => event.topic)),
  ];
  const consumed = [
    ...new Set(
      catalog
        .filter((event) => options.handlers && event.type in options.handlers)
        .map((event) => event.topic),
    ),
  ];
  let closing = false;
  let relay: OutboxRelay | undefined;
  let consumer: EventConsumer | undefined;
  let topicsReady = produced.length === 0 && consumed.length === 0;

  registerMetrics(app, {
    outboxBacklog: async () => relay?.backlog() ?? 0,
    consumerLag: async () => (consumer ? bus.lag(options.name, consumed) : 0),
    deadLetters: async () => bus.endOffsets(consumed.map(deadLetterTopic)),
  });

  app.addReadinessCheck('kafka', async () => {
    await bus.ping();
    if (!topicsReady) throw new Error('topics are not provisioned yet');
  });

  const connect = async () => {
    const isClosing = () => closing;
    await untilDone(
      async () => {
        // Consumed topics too: whichever service starts first creates them with the configured partitions.
        const topics = [...new Set([...produced, ...consumed, ...consumed.map(deadLetterTopic)])];
        await bus.ensureTopics(topics.map((topic) => ({ topic, partitions: options.partitions })));
        topicsReady = true;
      },
      isClosing,
      logger,
      'creating topics',
    );
    if (produced.length && !closing) {
      await untilDone(
        async () => {
          relay = await startOutboxRelay({
            databaseUrl: options.databaseUrl,
            bus,
            logger,
            leaseName: `outbox:${options.name}`,
          });
        },
        isClosing,
        logger,
        'starting the outbox relay',
      );
    }
    const { handlers } = options;
    if (handlers && consumed.length && !closing) {
      await untilDone(
        async () => {
          consumer = await startEventConsumer({
            bus,
            logger,
            name: options.name,
            handlers,
            transaction: options.transaction,
          });
        },
        isClosing,
        logger,
        'starting the event consumer',
      );
    }
  };
  let connecting: Promise<void> | undefined;
  app.addHook('onReady', async () => {
    connecting = connect();
  });

  app.addHook('onClose', async () => {
    closing = true;
    await connecting;
    await consumer?.stop();
    await relay?.stop();
    await bus.disconnect();
  });
  return bus;
}

export interface EventDrivenServiceOptions<Tx extends SqlTransaction> extends Omit<
  ServiceOptions,
  'database'
> {
  config: BaseConfig;
  /** The service's Prisma client (or anything with the same transaction and raw-query methods). */
  prisma: DatabaseClient & {
    $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T>;
  };
  migrationsDir: string;
  handlers?: Record<string, EventHandler<Tx>>;
}

/** A service on the kit, connected to its database and to the event backbone: what every service's build does. */
export async function createEventDrivenService<Tx extends SqlTransaction>(
  options: EventDrivenServiceOptions<Tx>,
): Promise<FastifyInstance> {
  const { config, prisma, migrationsDir, handlers, ...service } = options;
  const app = await createService({ ...service, config, database: { client: prisma, migrationsDir } });
  await registerMessaging(app, {
    name: options.name,
    brokers: config.KAFKA_BROKERS.split(','),
    databaseUrl: config.DATABASE_URL,
    partitions: config.KAFKA_TOPIC_PARTITIONS,
    // A consumer's batch of events is one transaction: give it longer than Prisma's default 5 s.
    transaction: (work) => prisma.$transaction(work, { timeout: 30_000 }),
    ...(handlers ? { handlers } : {}),
  });
  return app;
}
