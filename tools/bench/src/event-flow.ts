import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, unitCreated } from '@cchc/contracts';
import { deployMigrations, provisionDatabase, startScratchPostgres } from '@cchc/db';
import { startBroker } from '@cchc/embedded-kafka';
import {
  createKafkaBus,
  pgTransactions,
  startEventConsumer,
  startOutboxRelay,
  writeAllToOutbox,
  type BusLogger,
  type EventEnvelope,
  type SqlTransaction,
} from '@cchc/messaging';
import { registryReplicaHandlers } from '@cchc/registry-replica';
import pg from 'pg';

const apps = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps');
const quiet: BusLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: console.error,
};

/** Events whose effects a transaction holds, so their time can be taken once it commits. */
const effectsOf = new WeakMap<SqlTransaction, string[]>();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/**
 * From a committed change in one service (a unit row and its outbox event, as submissions writes them) to the
 * committed effect in another (reporting's replica, through its inbox): throughput, and latency at a steady rate.
 */
export async function eventFlow(): Promise<string[]> {
  const postgres = await startScratchPostgres();
  const broker = await startBroker({ port: 0, inMemory: true, log: () => undefined });
  const brokers = [`127.0.0.1:${broker.port}`];
  const database = async (name: string) => {
    const url = await provisionDatabase(postgres.url(), { database: name, role: name, password: name });
    await deployMigrations({
      databaseUrl: url,
      schemaPath: path.join(apps, name.replace('bench_', ''), 'prisma'),
    });
    return url;
  };
  const producerUrl = await database('bench_submissions');
  const consumerUrl = await database('bench_reporting');
  const producerPool = new pg.Pool({ connectionString: producerUrl, max: 8 });
  const consumerPool = new pg.Pool({ connectionString: consumerUrl, max: 4 });
  await producerPool.query(`INSERT INTO province (code, name, updated_at) VALUES ('CB', 'Cao Bằng', now())`);

  const committedAt = new Map<string, number>();
  const effectAt = new Map<string, number>();
  const producerBus = createKafkaBus({ brokers, clientId: 'bench-submissions', logger: quiet });
  const consumerBus = createKafkaBus({ brokers, clientId: 'bench-reporting', logger: quiet });
  await producerBus.ensureTopics(
    [...new Set(catalog.map((event) => event.topic))].map((topic) => ({ topic, partitions: 3 })),
  );
  const relay = await startOutboxRelay({
    databaseUrl: producerUrl,
    bus: producerBus,
    logger: quiet,
    leaseName: 'bench',
  });
  const consumer = await startEventConsumer({
    bus: consumerBus,
    logger: quiet,
    name: 'bench-reporting',
    handlers: Object.fromEntries(
      Object.entries(registryReplicaHandlers()).map(([type, handle]) => [
        type,
        async (tx: SqlTransaction, event: EventEnvelope) => {
          await handle(tx, event);
          effectsOf.set(tx, [...(effectsOf.get(tx) ?? []), event.id]);
        },
      ]),
    ),
    transaction: pgTransactions(consumerPool, (tx) =>
      effectsOf.get(tx)?.forEach((id) => effectAt.set(id, performance.now())),
    ),
  });

  const write = pgTransactions(producerPool);
  /** One transaction creating `count` units with their events, as a bulk import does; one unit is a plain edit. */
  const change = async (first: number, count = 1) => {
    const units = Array.from({ length: count }, (_, offset) => ({
      id: randomUUID(),
      provinceCode: 'CB',
      parentId: null,
      code: `U${first + offset}`,
      name: `Đơn vị ${first + offset}`,
      kind: 'office' as const,
      status: 'active' as const,
    }));
    const events = await write(async (tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO unit (id, province_code, code, name, kind, updated_at)
         SELECT unit.id, 'CB', unit.code, unit.name, 'office', now()
         FROM jsonb_to_recordset($1::jsonb) AS unit(id uuid, code text, name text)`,
        JSON.stringify(units),
      );
      return writeAllToOutbox(
        tx,
        unitCreated,
        units.map((unit) => ({ unit })),
        { source: '/cchc/submissions', tenant: 'CB' },
      );
    });
    const now = performance.now();
    for (const event of events) committedAt.set(event.id, now);
    return events.map((event) => event.id);
  };

  const untilEffects = async (ids: string[]) => {
    while (ids.some((id) => !effectAt.has(id))) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  const lines: string[] = [];
  try {
    // Warm-up: connections, JIT, consumer group join.
    await untilEffects((await Promise.all(Array.from({ length: 20 }, (_, i) => change(i * 10, 10)))).flat());

    const total = 20_000;
    const perTransaction = 20;
    const started = performance.now();
    const ids: string[] = [];
    for (let next = 1_000; next < 1_000 + total; next += perTransaction * 4) {
      const round = [0, 1, 2, 3].map((writer) => change(next + writer * perTransaction, perTransaction));
      ids.push(...(await Promise.all(round)).flat());
    }
    const writeSeconds = (performance.now() - started) / 1000;
    await untilEffects(ids);
    const seconds = (performance.now() - started) / 1000;
    lines.push(
      `Event flow: committed change in submissions → committed effect in reporting (outbox, Kafka, inbox)`,
    );
    lines.push(
      `  throughput (transactions of ${perTransaction} changes, 4 writers): ${total} events in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(0)} events/s (goal ≥ 2,000); the writes alone took ${writeSeconds.toFixed(1)} s`,
    );

    const rate = 200;
    const steady: string[] = [];
    const begin = performance.now();
    for (let i = 0; i < rate * 10; i++) {
      const due = begin + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      steady.push(...(await change(50_000 + i)));
    }
    await untilEffects(steady);
    const latencies = steady.map((id) => effectAt.get(id)! - committedAt.get(id)!).sort((a, b) => a - b);
    lines.push(
      `  latency at ${rate} events/s for 10 s: p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (goal p99 < 100 ms)`,
    );
  } finally {
    await consumer.stop();
    await relay.stop();
    await producerBus.disconnect();
    await consumerBus.disconnect();
    await producerPool.end();
    await consumerPool.end();
    await broker.stop();
    await postgres.stop();
  }
  return lines;
}
