// Throughput and latency of the embedded broker with kcat (librdkafka) and kafkajs.
// Usage: node --import tsx tools/embedded-kafka/bench/run.ts [--records 200000] [--latency-seconds 10]
// The broker runs in its own process (through the CLI) with a durable data directory, as under `npm start`.
// Throughput runs are repeated (--runs, default 3) and the best and median are printed, because other work on
// a shared 2-core machine easily halves a single run. The latency run also prints how late the benchmark's own
// event loop ran, which tells client-side stalls from broker-side ones.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Partitioners, type Kafka } from 'kafkajs';
import { buildBatch, readValues } from '../src/testing/batch-builder.ts';
import { RawClient } from '../src/testing/raw-client.ts';
import { rawCreateTopic, rawFetch, rawProduce } from '../src/testing/raw-requests.ts';
import { benchKafka } from './kafka-client.ts';

const RECORD_BYTES = 1024;
const MB = 1024 * 1024;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '200000' },
    'kafkajs-records': { type: 'string', default: '50000' },
    'latency-seconds': { type: 'string', default: '10' },
    rate: { type: 'string', default: '1000' },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});
const kcatRecords = Number(values.records);
const kafkajsRecords = Number(values['kafkajs-records']);
const latencySeconds = Number(values['latency-seconds']);
const rate = Number(values.rate);
const only = values.only;
const runs = Number(values.runs);

interface Throughput {
  label: string;
  records: number;
  seconds: number;
}

function startBroker(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; port: number }> {
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--data-dir', dataDir]);
  child.stderr.pipe(process.stderr);
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => {
      const port = /:(\d+) /.exec(chunk.toString())?.[1];
      if (port) resolve({ child, port: Number(port) });
      else reject(new Error(`unexpected broker output: ${chunk.toString()}`));
    });
    child.once('exit', (code) => reject(new Error(`broker exited with ${code}`)));
  });
}

/** Runs a command to completion and resolves with its standard output. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(Buffer.concat(output).toString())
        : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function writeRecordsFile(path: string, records: number): Promise<void> {
  const line = `${'x'.repeat(RECORD_BYTES)}\n`;
  const chunk = line.repeat(1000);
  const out = createWriteStream(path);
  for (let written = 0; written < records; written += 1000) {
    if (!out.write(records - written >= 1000 ? chunk : line.repeat(records - written))) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function time(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return (performance.now() - start) / 1000;
}

async function kcatThroughput(bootstrap: string, workDir: string, topic: string): Promise<Throughput[]> {
  const file = join(workDir, 'records.txt');
  await writeRecordsFile(file, kcatRecords);
  const produce = await time(() => run('kcat', ['-P', '-b', bootstrap, '-t', topic, '-l', file]));
  let offsets: string[] = [];
  // Printing only offsets keeps the pipe to this process out of the measurement while still proving that every
  // record arrived.
  const consume = await time(async () => {
    const output = await run('kcat', [
      '-C',
      '-b',
      bootstrap,
      '-t',
      topic,
      '-o',
      'beginning',
      '-e',
      '-q',
      '-f',
      '%o\n',
    ]);
    offsets = output.trim().split('\n');
  });
  if (offsets.length !== kcatRecords || offsets.at(-1) !== String(kcatRecords - 1)) {
    throw new Error(`kcat consumed ${offsets.length} records, expected ${kcatRecords}`);
  }
  return [
    { label: 'kcat produce', records: kcatRecords, seconds: produce },
    { label: 'kcat consume', records: kcatRecords, seconds: consume },
  ];
}

async function kafkajsThroughput(kafka: Kafka, topic: string): Promise<Throughput[]> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const value = Buffer.alloc(RECORD_BYTES, 'k');
  const perSend = 1000;
  const produce = await time(async () => {
    // A few sends in flight at once, as a busy service would have.
    const inFlight: Promise<unknown>[] = [];
    for (let sent = 0; sent < kafkajsRecords; sent += perSend) {
      const messages = Array.from({ length: Math.min(perSend, kafkajsRecords - sent) }, () => ({ value }));
      inFlight.push(producer.send({ topic, acks: -1, messages }));
      if (inFlight.length >= 4) await inFlight.shift();
    }
    await Promise.all(inFlight);
  });
  await producer.disconnect();

  const consumer = kafka.consumer({
    groupId: `${topic}-reader`,
    maxBytes: 50 * MB,
    maxBytesPerPartition: 10 * MB,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let received = 0;
  const consume = await time(
    () =>
      new Promise<void>((resolve) => {
        void consumer.run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            received += batch.messages.length;
            if (received >= kafkajsRecords) resolve();
          },
        });
      }),
  );
  await consumer.disconnect();
  return [
    { label: 'kafkajs produce', records: kafkajsRecords, seconds: produce },
    { label: 'kafkajs consume', records: kafkajsRecords, seconds: consume },
  ];
}

interface Latency {
  p50: number;
  p99: number;
  max: number;
  samples: number;
  consumerLoopDelayP99: number;
  consumerLoopDelayMax: number;
  /** Share of one core the consuming process used. */
  consumerCpu: number;
  producer: { ackP99: number; loopDelayP99: number; loopDelayMax: number; cpu: number };
}

const WARM_UP = 100;

async function kafkajsLatency(kafka: Kafka, port: number): Promise<Latency> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: 'bench-latency' }] });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: 'bench-latency-reader', maxWaitTimeInMs: 5000 });
  await consumer.connect();
  await consumer.subscribe({ topics: ['bench-latency'], fromBeginning: true });
  const latencies: number[] = [];
  let fetched = false;
  consumer.on(consumer.events.FETCH, () => {
    fetched = true;
  });
  await consumer.run({
    eachMessage: async ({ message }) => {
      latencies.push(performance.timeOrigin + performance.now() - Number(message.value?.toString()));
    },
  });
  while (!fetched) await new Promise((resolve) => setTimeout(resolve, 10));

  const total = rate * latencySeconds;
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const script = fileURLToPath(new URL('./latency-producer.ts', import.meta.url));
  const producerReport = await run(process.execPath, [
    '--import',
    'tsx',
    script,
    String(port),
    'bench-latency',
    String(rate),
    String(latencySeconds),
    String(WARM_UP),
  ]);
  while (latencies.length < total + WARM_UP) await new Promise((resolve) => setTimeout(resolve, 10));
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpu = (cpu.user + cpu.system) / 1000 / (performance.now() - start);
  await consumer.disconnect();
  // The first second after the warm-up still warms up the JIT and connections.
  const sorted = latencies.slice(WARM_UP + rate).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: sorted.at(-1) as number,
    samples: sorted.length,
    consumerLoopDelayP99: loopDelay.percentile(99) / 1e6,
    consumerLoopDelayMax: loopDelay.max / 1e6,
    consumerCpu: clientCpu,
    producer: JSON.parse(producerReport) as Latency['producer'],
  };
}

/**
 * The same end-to-end measurement with the minimal protocol client of the tests instead of kafkajs: what the
 * broker itself adds (one process, one produce connection, one long-polling fetch loop).
 */
async function rawLatency(port: number): Promise<{ p50: number; p99: number; max: number; samples: number }> {
  const producer = await RawClient.connect(port);
  const consumer = await RawClient.connect(port);
  await rawCreateTopic(producer, 'bench-raw-latency');
  const latencies: number[] = [];
  const total = rate * latencySeconds;
  let done = false;
  const consuming = (async () => {
    let offset = 0;
    while (!done) {
      const { records } = await rawFetch(consumer, 'bench-raw-latency', offset, 5000, 1);
      for (const record of readValues(records)) {
        if (record.offset < offset) continue;
        latencies.push(performance.now() - Number(record.value));
        offset = record.offset + 1;
      }
    }
  })();
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    else await new Promise((resolve) => setImmediate(resolve));
    void rawProduce(
      producer,
      'bench-raw-latency',
      buildBatch({ records: [{ value: String(performance.now()) }] }),
      1,
    );
  }
  while (latencies.length < total) await new Promise((resolve) => setTimeout(resolve, 10));
  done = true;
  await rawProduce(
    producer,
    'bench-raw-latency',
    buildBatch({ records: [{ value: String(performance.now()) }] }),
    1,
  );
  await consuming;
  producer.close();
  consumer.close();
  const sorted = latencies.slice(rate, total).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) as number, samples: sorted.length };
}

function rateOf(r: Throughput): string {
  const perSecond = r.records / r.seconds;
  return `${Math.round(perSecond).toLocaleString('en')} msg/s, ${((perSecond * RECORD_BYTES) / MB).toFixed(1)} MB/s`;
}

/** Prints the best and the median of repeated runs of each measurement. */
function report(repeats: Throughput[][]): void {
  const labels = repeats[0]?.map((r) => r.label) ?? [];
  for (const label of labels) {
    const samples = repeats
      .map((results) => results.find((r) => r.label === label) as Throughput)
      .sort((a, b) => a.seconds - b.seconds);
    const best = samples[0] as Throughput;
    const median = samples[Math.floor((samples.length - 1) / 2)] as Throughput;
    console.log(
      `${label.padEnd(16)} ${best.records} records, best of ${samples.length}: ${rateOf(best)} (median ${rateOf(median)})`,
    );
  }
}

async function repeat(measure: (run: number) => Promise<Throughput[]>): Promise<Throughput[][]> {
  const results: Throughput[][] = [];
  for (let i = 0; i < runs; i++) results.push(await measure(i));
  return results;
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'embedded-kafka-bench-'));
  const { child, port } = await startBroker(join(workDir, 'data'));
  const bootstrap = `127.0.0.1:${port}`;
  const kafka = benchKafka(port);
  try {
    console.log(
      `embedded-kafka benchmark: ${RECORD_BYTES}-byte records, broker on ${bootstrap}, durable data dir`,
    );
    if (!only || only === 'kcat') {
      if (spawnSync('kcat', ['-V']).status === 0) {
        report(await repeat((i) => kcatThroughput(bootstrap, workDir, `bench-kcat-${i}`)));
      } else console.log('kcat not installed (apt-get install -y kcat): kcat figures skipped');
    }
    if (!only || only === 'kafkajs')
      report(await repeat((i) => kafkajsThroughput(kafka, `bench-kafkajs-${i}`)));
    if (only && only !== 'latency') return;
    const latency = await kafkajsLatency(kafka, port);
    console.log(
      `kafkajs end-to-end latency at ${rate} msg/s (long-poll), ${latency.samples} samples: ` +
        `p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms, max ${latency.max.toFixed(2)} ms ` +
        `(consumer process: event-loop delay p99 ${latency.consumerLoopDelayP99.toFixed(1)} ms, ` +
        `max ${latency.consumerLoopDelayMax.toFixed(1)} ms, CPU ${Math.round(latency.consumerCpu * 100)}% of a core; ` +
        `producer process: acks p99 ${latency.producer.ackP99.toFixed(1)} ms, event-loop delay ` +
        `p99 ${latency.producer.loopDelayP99.toFixed(1)} ms, max ${latency.producer.loopDelayMax.toFixed(1)} ms, ` +
        `CPU ${Math.round(latency.producer.cpu * 100)}% of a core)`,
    );
    const raw = await rawLatency(port);
    console.log(
      `raw protocol end-to-end latency at ${rate} msg/s (long-poll), ${raw.samples} samples: ` +
        `p50 ${raw.p50.toFixed(2)} ms, p99 ${raw.p99.toFixed(2)} ms, max ${raw.max.toFixed(2)} ms`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
