import type { GroupCoordinator } from '../groups/group-coordinator.ts';
import type { Reader } from '../protocol/reader.ts';
import type { Writer } from '../protocol/writer.ts';
import type { BrokerMetadata } from '../storage/broker-metadata.ts';
import type { TopicStore } from '../storage/topic-store.ts';
import type { ResolvedBrokerOptions } from '../options.ts';

/** One decoded request: its header, its body still to be read, and the connection it came on. */
export interface Request {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
  clientHost: string;
  body: Reader;
  /** Calls `listener` if the connection closes while the request waits; returns the unsubscribe. */
  onClose(listener: () => void): () => void;
}

/** What a request is answered with: a response body, or null for no response (acks=0). */
export type Response = Writer | null;

/** The broker state handlers work on. */
export interface BrokerContext {
  readonly options: ResolvedBrokerOptions;
  readonly topics: TopicStore;
  readonly groups: GroupCoordinator;
  readonly metadata: BrokerMetadata;
  /** Host and port clients are told to connect to. */
  readonly advertised: { host: string; port: number };
  readonly apis: readonly ApiHandler[];
  warn(message: string): void;
}

/** Serves one API key over a range of non-flexible versions. */
export interface ApiHandler {
  apiKey: number;
  name: string;
  minVersion: number;
  maxVersion: number;
  handle(request: Request, broker: BrokerContext): Response | Promise<Response>;
}
