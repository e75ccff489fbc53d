// The producing side of the latency benchmark, in its own process as it would be in a service.
// Usage: node --import tsx latency-producer.ts <port> <topic> <messages per second> <seconds> <warm-up messages>
// Each value is the wall-clock send time in milliseconds with sub-millisecond precision.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Partitioners } from 'kafkajs';
import { benchKafka } from './kafka-client.ts';

const [port, topic, rate, seconds, warmUp] = process.argv.slice(2);
if (!port || !topic || !rate || !seconds || !warmUp)
  throw new Error('usage: latency-producer.ts port topic rate seconds warm-up');
const now = () => performance.timeOrigin + performance.now();

const producer = benchKafka(Number(port)).producer({ createPartitioner: Partitioners.DefaultPartitioner });
await producer.connect();
for (let i = 0; i < Number(warmUp); i++) await producer.send({ topic, messages: [{ value: String(now()) }] });
const total = Number(rate) * Number(seconds);
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const cpuBefore = process.cpuUsage();
const acks: number[] = [];
const start = performance.now();
const sends: Promise<unknown>[] = [];
for (let i = 0; i < total; i++) {
  const wait = start + (i * 1000) / Number(rate) - performance.now();
  // Yield before every send even when behind schedule: a send's bytes reach the socket only once the loop
  // yields, so stamping several sends in a row would charge the producer's own backlog to the broker.
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  else await new Promise((resolve) => setImmediate(resolve));
  const sentAt = performance.now();
  sends.push(
    producer
      .send({ topic, messages: [{ value: String(now()) }] })
      .then(() => acks.push(performance.now() - sentAt)),
  );
}
await Promise.all(sends);
loopDelay.disable();
const cpu = process.cpuUsage(cpuBefore);
await producer.disconnect();
acks.sort((a, b) => a - b);
// One JSON line for the benchmark: how the producing process itself fared.
process.stdout.write(
  `${JSON.stringify({
    ackP99: acks[Math.floor(acks.length * 0.99)],
    loopDelayP99: loopDelay.percentile(99) / 1e6,
    loopDelayMax: loopDelay.max / 1e6,
    cpu: (cpu.user + cpu.system) / 1000 / (performance.now() - start),
  })}\n`,
);
