import { createServer } from 'node:net';

/** Resolves when the port can be bound on the host; rejects with a message naming the port and its owner otherwise. */
export function ensurePortFree(host: string, port: number, owner: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} (${owner}) is already in use: stop what uses it or set ${variable} to another port.`
            : `Cannot listen on ${host}:${port} (${owner}): ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
