import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
  existsSync,
} from 'node:fs';
import { join } from 'node:path';

/** A group's committed position in one partition. */
export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: number;
  metadata: string | null;
}

type Entry = { g: string; t: string; p: number; o: number; m: string | null } | { deleteTopic: string };

/**
 * Committed consumer-group offsets. Durable brokers append every commit to `<dataDir>/groups/offsets.jsonl`
 * and compact the file on start; a torn last line from a crash is skipped.
 */
export class CommittedOffsetStore {
  private readonly groups = new Map<string, Map<string, CommittedOffset>>();
  private readonly fd: number | null = null;

  constructor(dataDir: string | null) {
    if (dataDir === null) return;
    const directory = join(dataDir, 'groups');
    const path = join(directory, 'offsets.jsonl');
    mkdirSync(directory, { recursive: true });
    if (existsSync(path)) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.length === 0) continue;
        try {
          this.apply(JSON.parse(line) as Entry);
        } catch {
          // Only a crash mid-write produces an unparsable line; what it held was never acknowledged.
        }
      }
    }
    const compacted = this.snapshot().map((entry) => `${JSON.stringify(entry)}\n`);
    writeFileSync(`${path}.tmp`, compacted.join(''));
    renameSync(`${path}.tmp`, path);
    this.fd = openSync(path, 'a');
  }

  private snapshot(): Entry[] {
    const entries: Entry[] = [];
    for (const [group, offsets] of this.groups) {
      for (const { topic, partition, offset, metadata } of offsets.values()) {
        entries.push({ g: group, t: topic, p: partition, o: offset, m: metadata });
      }
    }
    return entries;
  }

  private apply(entry: Entry): void {
    if ('deleteTopic' in entry) {
      for (const offsets of this.groups.values()) {
        for (const [key, committed] of offsets)
          if (committed.topic === entry.deleteTopic) offsets.delete(key);
      }
      return;
    }
    let offsets = this.groups.get(entry.g);
    if (!offsets) {
      offsets = new Map();
      this.groups.set(entry.g, offsets);
    }
    offsets.set(`${entry.p}:${entry.t}`, {
      topic: entry.t,
      partition: entry.p,
      offset: entry.o,
      metadata: entry.m,
    });
  }

  private persist(entries: Entry[]): void {
    if (this.fd === null || entries.length === 0) return;
    writeSync(this.fd, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }

  commit(group: string, offsets: readonly CommittedOffset[]): void {
    const entries: Entry[] = offsets.map(({ topic, partition, offset, metadata }) => ({
      g: group,
      t: topic,
      p: partition,
      o: offset,
      m: metadata,
    }));
    this.persist(entries);
    for (const entry of entries) this.apply(entry);
  }

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.groups.get(group)?.get(`${partition}:${topic}`);
  }

  list(group: string): CommittedOffset[] {
    return [...(this.groups.get(group)?.values() ?? [])];
  }

  /** Groups that have committed offsets, so they are listed even with no members. */
  groupIds(): string[] {
    return [...this.groups.keys()].filter((group) => (this.groups.get(group)?.size ?? 0) > 0);
  }

  deleteTopic(topic: string): void {
    const entry: Entry = { deleteTopic: topic };
    this.persist([entry]);
    this.apply(entry);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
  }
}
