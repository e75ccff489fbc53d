import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '@cchc/db';
import autocannon from 'autocannon';

interface Measurement {
  requestsPerSecond: number;
  p99Ms: number;
}

async function startServer(file: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  // Service logs go nowhere: the measurement is of the server, not of a terminal.
  child.stdout!.resume();
  return { stop: () => child.kill('SIGKILL') };
}

async function measure(file: string, seconds: number): Promise<Measurement> {
  const port = await freePort();
  const server = await startServer(file, port);
  try {
    const url = `http://127.0.0.1:${port}/health/live`;
    await autocannon({ url, connections: 10, duration: 2 }); // warm-up: JIT and connection pools
    const result = await autocannon({ url, connections: 10, pipelining: 1, duration: seconds });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${file}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
  } finally {
    server.stop();
  }
}

/** Requests/s of a service's /health/live as a ratio of bare Fastify's, alternating runs to even out drift. */
export async function httpOverhead(rounds = 3, seconds = 8): Promise<string[]> {
  const bare: Measurement[] = [];
  const kit: Measurement[] = [];
  for (let round = 0; round < rounds; round++) {
    bare.push(await measure('./servers/bare-fastify.ts', seconds));
    kit.push(await measure('./servers/kit-service.ts', seconds));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const bareRps = median(bare.map((m) => m.requestsPerSecond));
  const kitRps = median(kit.map((m) => m.requestsPerSecond));
  return [
    `HTTP overhead of service-kit (GET /health/live, 10 connections, ${rounds} × ${seconds} s, median)`,
    `  bare Fastify:         ${bareRps.toFixed(0)} req/s, p99 ${median(bare.map((m) => m.p99Ms))} ms`,
    `  service on the kit:   ${kitRps.toFixed(0)} req/s, p99 ${median(kit.map((m) => m.p99Ms))} ms`,
    `  ratio:                ${(kitRps / bareRps).toFixed(2)} (goal ≥ 0.80)`,
  ];
}
