import { parseArgs } from 'node:util';
import { DLQ_HEADERS, deadLetterTopic, fromDeadLetter } from './dead-letters.ts';
import { createKafkaBus } from './kafka-bus.ts';
import type { BusLogger } from './message-bus.ts';

const usage = `Usage: dead-letters <list|replay> <topic> [--brokers host:port,…] [--event-id <id>]
  list     print the dead letters of <topic> (read from <topic>.dlq)
  replay   publish dead letters back to <topic> (all, or the one with --event-id); consumers skip what they already took`;

const quiet: BusLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: console.error,
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    brokers: { type: 'string', default: process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092' },
    'event-id': { type: 'string' },
  },
});
const [command, topic] = positionals;
if (!topic || (command !== 'list' && command !== 'replay')) {
  console.error(usage);
  process.exit(1);
}

const bus = createKafkaBus({ brokers: values.brokers.split(','), clientId: 'dead-letters', logger: quiet });
try {
  const letters = (await bus.readAll(deadLetterTopic(topic))).filter(
    (letter) => !values['event-id'] || letter.headers['ce_id'] === values['event-id'],
  );
  if (command === 'list') {
    for (const letter of letters) {
      const h = letter.headers;
      console.log(
        [
          h[DLQ_HEADERS.failedAt],
          h['ce_type'] ?? '?',
          h['ce_id'] ?? '?',
          h[DLQ_HEADERS.consumer],
          h[DLQ_HEADERS.error],
        ].join('  '),
      );
    }
    console.log(`${letters.length} dead letter(s) on ${deadLetterTopic(topic)}`);
  } else {
    const publisher = await bus.publisher();
    await publisher.send(letters.map(fromDeadLetter));
    console.log(`Replayed ${letters.length} dead letter(s) to ${topic}`);
  }
} finally {
  await bus.disconnect();
}
