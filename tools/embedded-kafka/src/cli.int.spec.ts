import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { kafkaClient } from './testing/kafkajs.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function runCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args]);
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.split('\n')[0] as string);
    });
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code} before listening`)));
  });
}

function exit(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('command line', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('prints one line when listening, refuses a taken port clearly and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ek-cli-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const broker = runCli(['--port', '0', '--data-dir', dataDir]);
    cleanups.push(() => broker.kill('SIGKILL'));
    const brokerExit = exit(broker);
    const line = await firstLine(broker);
    const match = /^embedded-kafka listening on 127\.0\.0\.1:(\d+) \(data in .+\)$/.exec(line);
    expect(match).not.toBeNull();
    const port = Number(match?.[1]);

    const admin = kafkaClient(port).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'from-cli' }] });
    await admin.disconnect();
    expect(existsSync(join(dataDir, 'topics', 'from-cli', 'topic.json'))).toBe(true);

    const second = runCli(['--port', String(port), '--in-memory']);
    cleanups.push(() => second.kill('SIGKILL'));
    const refused = await exit(second);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`embedded-kafka: port ${port} on 127.0.0.1 is already in use\n`);

    broker.kill('SIGTERM');
    expect((await brokerExit).code).toBe(0);
  });

  it('rejects a malformed option with usage', async () => {
    const result = await exit(runCli(['--port', 'nine']));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port must be an integer/);
  });
});
