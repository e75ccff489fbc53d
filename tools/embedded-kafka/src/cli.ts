import { parseArgs } from 'node:util';
import { PortInUseError, startBroker } from './broker.ts';
import type { BrokerOptions } from './options.ts';
import { DataDirInUseError } from './storage/data-dir-lock.ts';

const USAGE = `usage: node --import tsx tools/embedded-kafka/src/cli.ts [options]
  --host <host>                 interface to listen on (127.0.0.1)
  --port <port>                 TCP port, 0 for any free one (9092)
  --advertised-host <host>      host name given to clients in metadata (the listen host)
  --data-dir <dir>              where topics and offsets are kept (.data/kafka)
  --in-memory                   keep nothing on disk
  --no-auto-create-topics       refuse metadata requests for unknown topics
  --default-partitions <n>      partitions of auto-created topics (1)
  --max-frame-bytes <n>         largest request accepted (104857600)
  --segment-bytes <n>           segment size before rolling (67108864)
  --retention-ms <n>            delete segments older than this, -1 never (604800000)
  --retention-bytes <n>         per-partition size limit, -1 none (-1)`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`--${name} must be an integer, got "${value}"`);
  return number;
}

function parseOptions(argv: string[]): BrokerOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'advertised-host': { type: 'string' },
      'data-dir': { type: 'string' },
      'in-memory': { type: 'boolean' },
      'no-auto-create-topics': { type: 'boolean' },
      'default-partitions': { type: 'string' },
      'max-frame-bytes': { type: 'string' },
      'segment-bytes': { type: 'string' },
      'retention-ms': { type: 'string' },
      'retention-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  return {
    host: values.host,
    port: integer('port', values.port),
    advertisedHost: values['advertised-host'],
    dataDir: values['data-dir'],
    inMemory: values['in-memory'],
    autoCreateTopics: values['no-auto-create-topics'] ? false : undefined,
    defaultPartitions: integer('default-partitions', values['default-partitions']),
    maxFrameBytes: integer('max-frame-bytes', values['max-frame-bytes']),
    segmentBytes: integer('segment-bytes', values['segment-bytes']),
    retentionMs: integer('retention-ms', values['retention-ms']),
    retentionBytes: integer('retention-bytes', values['retention-bytes']),
  };
}

async function main(): Promise<void> {
  let options: BrokerOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`embedded-kafka: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  let broker;
  try {
    broker = await startBroker(defined);
  } catch (error) {
    const expected =
      error instanceof PortInUseError || error instanceof DataDirInUseError || error instanceof RangeError;
    const message = expected ? error.message : String(error);
    process.stderr.write(`embedded-kafka: ${message}\n`);
    process.exit(1);
  }
  const where = options.inMemory ? 'in memory' : `data in ${options.dataDir ?? '.data/kafka'}`;
  process.stdout.write(`embedded-kafka listening on ${broker.host}:${broker.port} (${where})\n`);
  const shutdown = () => {
    broker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`embedded-kafka: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

await main();
