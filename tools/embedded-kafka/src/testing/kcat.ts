import { spawn, spawnSync } from 'node:child_process';

/** Fails with instructions when kcat is missing, rather than skipping the librdkafka tests. */
export function requireKcat(): void {
  const probe = spawnSync('kcat', ['-V'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'kcat is not installed; these tests need it as an independent (librdkafka) client. ' +
        'Install it with: apt-get update && apt-get install -y kcat',
    );
  }
}

/** Runs kcat with `args`, feeding it `input`, and resolves with its output once it exits with status 0. */
export function kcat(
  args: string[],
  input = '',
  timeoutMs = 60_000,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('kcat', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result = { stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() };
      if (code === 0) resolve(result);
      else reject(new Error(`kcat ${args.join(' ')} ended with ${signal ?? code}: ${result.stderr}`));
    });
    child.stdin.end(input);
  });
}
