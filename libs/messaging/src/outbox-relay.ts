import pg from 'pg';
import type { EventEnvelope } from './envelope.ts';
import { toRecord } from './envelope.ts';
import type { BusLogger, MessageBus, Publisher } from './message-bus.ts';
import { OUTBOX_CHANNEL } from './sql.ts';

export interface OutboxRelayOptions {
  databaseUrl: string;
  bus: MessageBus;
  logger: BusLogger;
  /** Names the lease: one relay per service publishes at a time, so events leave in outbox order. */
  leaseName: string;
  batchSize?: number;
  /** A safety net in case a notification is missed; writes wake the relay at once. */
  pollIntervalMs?: number;
  maxBackoffMs?: number;
}

export interface OutboxRelay {
  /** Events written but not yet published. */
  backlog(): Promise<number>;
  stop(): Promise<void>;
}

interface OutboxRow {
  id: string;
  topic: string;
  envelope: EventEnvelope;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes the outbox to Kafka in insertion order, marking rows published. Several instances of a service may run
 * one each: a PostgreSQL advisory lock elects the one that publishes; the others wait to take over. While Kafka is
 * down it retries with backoff; writes are never blocked.
 */
export async function startOutboxRelay(options: OutboxRelayOptions): Promise<OutboxRelay> {
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  const lease = new pg.Client({ connectionString: options.databaseUrl });
  lease.on('error', (error) =>
    options.logger.error('outbox relay lost its database connection', { error: error.message }),
  );
  await lease.connect();

  let running = true;
  let wake: () => void = () => undefined;
  let woken = new Promise<void>((resolve) => (wake = resolve));
  const nudge = () => {
    wake();
    woken = new Promise<void>((resolve) => (wake = resolve));
  };
  lease.on('notification', nudge);
  await lease.query(`LISTEN ${OUTBOX_CHANNEL}`);
  const idle = (ms: number) => Promise.race([woken, sleep(ms)]);

  let publisher: Publisher | undefined;
  const publish = async (rows: OutboxRow[]) => {
    publisher ??= await options.bus.publisher();
    await publisher.send(rows.map((row) => toRecord(row.topic, row.envelope)));
  };

  const loop = (async () => {
    while (running) {
      const { rows } = await lease.query<{ leader: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS leader',
        [options.leaseName],
      );
      if (rows[0]?.leader) break;
      await idle(1000);
    }
    let backoffMs = 100;
    while (running) {
      let ids: string[] = [];
      try {
        const { rows } = await pool.query<OutboxRow>(
          `SELECT id::text, topic, envelope FROM outbox_event WHERE published_at IS NULL ORDER BY outbox_event.id LIMIT $1`,
          [batchSize],
        );
        if (!rows.length) {
          await idle(pollIntervalMs);
          continue;
        }
        ids = rows.map((row) => row.id);
        await publish(rows);
        await pool.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
        backoffMs = 100;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        options.logger.warn('outbox relay could not publish; retrying', {
          pending: ids.length,
          reason,
          backoffMs,
        });
        if (ids.length) {
          await pool
            .query(
              `UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`,
              [ids, reason],
            )
            .catch(() => undefined);
        }
        await sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
      }
    }
  })();
  loop.catch((error: unknown) => options.logger.error('outbox relay stopped', { error: String(error) }));

  return {
    async backlog() {
      const { rows } = await pool.query<{ count: string }>(
        'SELECT count(*)::text AS count FROM outbox_event WHERE published_at IS NULL',
      );
      return Number(rows[0]?.count ?? 0);
    },
    async stop() {
      running = false;
      nudge();
      await loop.catch(() => undefined);
      await publisher?.disconnect();
      await lease.end();
      await pool.end();
    },
  };
}
