import { provinceCreated } from '@cchc/contracts';
import type pg from 'pg';
import { startEventConsumer, type EventConsumerOptions } from '../event-consumer.ts';
import type { MessageBus } from '../message-bus.ts';
import type { SqlTransaction } from '../sql.ts';
import { pgTransactions } from '../pg-transactions.ts';
import { recordingLogger } from './silent-logger.ts';

/** A consumer whose effect of each province.created event is one row in `note`: easy to count. */
export function startNoteConsumer(
  bus: MessageBus,
  pool: pg.Pool,
  options: Partial<EventConsumerOptions<SqlTransaction>> & { delayMs?: number } = {},
) {
  return startEventConsumer({
    bus,
    logger: recordingLogger(),
    name: 'notes',
    transaction: pgTransactions(pool),
    handlers: {
      [provinceCreated.type]: async (tx, event) => {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        await tx.$executeRawUnsafe(
          `INSERT INTO note (aggregate, text, event_id) VALUES ($1, $2, $3::uuid)`,
          event.subject,
          event.type,
          event.id,
        );
      },
    },
    initialBackoffMs: 10,
    ...options,
  });
}
