import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Producer ids are reserved in blocks so the file is rewritten once per thousand producers, not per producer.
const PRODUCER_ID_BLOCK = 1000;

interface Stored {
  clusterId: string;
  producerIdsReservedUpTo: number;
}

/** The cluster id and the producer-id counter, which must never hand out an id twice across restarts. */
export class BrokerMetadata {
  readonly clusterId: string;
  private nextProducerId: number;
  private reservedUpTo: number;
  private readonly path: string | null;

  constructor(dataDir: string | null) {
    this.path = dataDir === null ? null : join(dataDir, 'broker.json');
    let stored: Stored = { clusterId: randomUUID(), producerIdsReservedUpTo: 0 };
    if (this.path !== null) {
      mkdirSync(dataDir as string, { recursive: true });
      if (existsSync(this.path)) stored = JSON.parse(readFileSync(this.path, 'utf8')) as Stored;
    }
    this.clusterId = stored.clusterId;
    this.nextProducerId = stored.producerIdsReservedUpTo;
    this.reservedUpTo = stored.producerIdsReservedUpTo;
    this.save();
  }

  private save(): void {
    if (this.path === null) return;
    const stored: Stored = { clusterId: this.clusterId, producerIdsReservedUpTo: this.reservedUpTo };
    writeFileSync(`${this.path}.tmp`, JSON.stringify(stored));
    renameSync(`${this.path}.tmp`, this.path);
  }

  allocateProducerId(): number {
    if (this.nextProducerId >= this.reservedUpTo) {
      this.reservedUpTo = this.nextProducerId + PRODUCER_ID_BLOCK;
      this.save();
    }
    return this.nextProducerId++;
  }
}
