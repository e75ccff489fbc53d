// A consumer in its own process, so a test can kill it with SIGKILL in the middle of a batch.
import pg from 'pg';
import { createKafkaBus } from '../kafka-bus.ts';
import { startNoteConsumer } from './note-consumer.ts';
import { recordingLogger } from './silent-logger.ts';

const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'] });
const bus = createKafkaBus({
  brokers: [process.env['BROKER']!],
  clientId: 'notes',
  logger: recordingLogger(),
  // Kafka's smallest session: once killed, the group drops this member soon and hands its partitions on.
  sessionTimeoutMs: 6000,
});
await startNoteConsumer(bus, pool, {
  name: process.env['CONSUMER'] ?? 'notes',
  delayMs: Number(process.env['DELAY_MS'] ?? 0),
  maxBatchSize: Number(process.env['BATCH_SIZE'] ?? 100),
});
process.stdout.write('consuming\n');
