import { createServer, type AddressInfo, type Server } from 'node:net';
import { resolve } from 'node:path';
import { GroupCoordinator } from './groups/group-coordinator.ts';
import { apis } from './handlers/index.ts';
import { resolveOptions, type BrokerOptions } from './options.ts';
import type { ApiHandler, BrokerContext } from './server/api.ts';
import { Connection } from './server/connection.ts';
import { BrokerMetadata } from './storage/broker-metadata.ts';
import { CommittedOffsetStore } from './storage/committed-offsets.ts';
import { lockDataDir } from './storage/data-dir-lock.ts';
import { TopicStore } from './storage/topic-store.ts';

/** A running broker. */
export interface BrokerHandle {
  /** Host clients should connect to (the advertised host). */
  host: string;
  /** The port actually listened on (useful with `port: 0`). */
  port: number;
  /** Stops accepting, closes every connection and flushes the logs. */
  stop(): Promise<void>;
}

/** Thrown by `startBroker` when the port is taken; `message` is one line naming the port. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      fail(
        error.code === 'EADDRINUSE' ? new PortInUseError(`port ${port} on ${host} is already in use`) : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      done((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Starts a single-node Kafka-compatible broker and resolves once it accepts connections. */
export async function startBroker(options: BrokerOptions = {}): Promise<BrokerHandle> {
  const resolved = resolveOptions(options);
  const dataDir = resolved.inMemory ? null : resolve(resolved.dataDir);
  const warn = resolved.log;
  const unlock = dataDir === null ? () => {} : lockDataDir(dataDir);
  let stores: { metadata: BrokerMetadata; topics: TopicStore; offsets: CommittedOffsetStore };
  try {
    stores = {
      metadata: new BrokerMetadata(dataDir),
      topics: new TopicStore(
        dataDir,
        {
          segmentBytes: resolved.segmentBytes,
          retentionMs: resolved.retentionMs,
          retentionBytes: resolved.retentionBytes,
        },
        warn,
      ),
      offsets: new CommittedOffsetStore(dataDir),
    };
  } catch (error) {
    unlock();
    throw error;
  }
  const { metadata, topics, offsets } = stores;
  const groups = new GroupCoordinator(
    {
      minSessionTimeoutMs: resolved.groupMinSessionTimeoutMs,
      maxSessionTimeoutMs: resolved.groupMaxSessionTimeoutMs,
      initialRebalanceDelayMs: resolved.groupInitialRebalanceDelayMs,
    },
    offsets,
  );
  const advertised = { host: resolved.advertisedHost, port: resolved.port };
  const context: BrokerContext = { options: resolved, topics, groups, metadata, advertised, apis, warn };
  const handlers = new Map<number, ApiHandler>(apis.map((api) => [api.apiKey, api]));
  const connections = new Set<Connection>();
  const server = createServer((socket) => {
    const connection = new Connection(socket, context, handlers);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  const closeStores = () => {
    groups.stop();
    topics.close();
    offsets.close();
    unlock();
  };
  try {
    advertised.port = await listen(server, resolved.host, resolved.port);
  } catch (error) {
    closeStores();
    throw error;
  }
  const retention = setInterval(() => topics.enforceRetention(Date.now()), resolved.retentionCheckIntervalMs);
  retention.unref();

  let stopping: Promise<void> | null = null;
  return {
    host: advertised.host,
    port: advertised.port,
    stop() {
      stopping ??= new Promise<void>((done) => {
        clearInterval(retention);
        server.close(() => done());
        for (const connection of connections) connection.destroy();
      }).then(closeStores);
      return stopping;
    },
  };
}
