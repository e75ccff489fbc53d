import { spawn, type ChildProcess } from 'node:child_process';
import { prefixLines } from './log-lines.ts';

export interface ServiceProcess {
  name: string;
  url: string;
  /** Resolves with the exit code when the process ends, for whatever reason. */
  exited: Promise<number | null>;
  /** Asks the process to shut down gracefully, and kills it if it has not stopped in time. */
  stop(timeoutMs: number): Promise<void>;
}

export interface ServiceProcessOptions {
  name: string;
  entry: string;
  url: string;
  env: Record<string, string>;
}

/** Starts a service as a child process whose output is printed with its name in front. */
export function startServiceProcess(options: ServiceProcessOptions): ServiceProcess {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', options.entry], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixLines(options.name, child.stdout!, process.stdout);
  prefixLines(options.name, child.stderr!, process.stderr);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name: options.name,
    url: options.url,
    exited,
    async stop(timeoutMs) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls the service's readiness endpoint until it answers 200, the process exits, or time runs out. */
export async function waitUntilReady(service: ServiceProcess, deadline: number): Promise<void> {
  let exitCode: number | null | undefined;
  void service.exited.then((code) => (exitCode = code));
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`${service.name} exited with code ${exitCode} before it was ready`);
    try {
      const response = await fetch(`${service.url}/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastProblem = `${response.status} ${await response.text()}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} was not ready in time (${lastProblem})`);
}
