import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';
import { TopicStore, topicConfigProblem, topicNameProblem } from './topic-store.ts';

const defaults = { segmentBytes: 1024 * 1024, retentionMs: -1, retentionBytes: -1 };

describe('topic store', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-topics-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('persists topics with their partitions and configs, including names starting with a dot', () => {
    const dir = tempDir();
    const store = new TopicStore(dir, defaults, () => {});
    store.create('.hidden', 2, { 'retention.ms': '1000', 'cleanup.policy': 'compact' });
    store.create('doomed', 1);
    store.delete('doomed');
    store.close();
    // Leftovers of an interrupted creation and deletion.
    mkdirSync(join(dir, 'topics', 'half-created'));
    mkdirSync(join(dir, 'topics', 'gone~deleted~1'));

    const reopened = new TopicStore(dir, defaults, () => {});
    expect(reopened.list().map((t) => [t.name, t.partitions.length, t.configs])).toEqual([
      ['.hidden', 2, { 'retention.ms': '1000', 'cleanup.policy': 'compact' }],
    ]);
    expect(reopened.get('.hidden')?.partitions[0]?.config.retentionMs).toBe(1000);
    expect(existsSync(join(dir, 'topics', 'half-created'))).toBe(false);
    expect(existsSync(join(dir, 'topics', 'gone~deleted~1'))).toBe(false);
    reopened.close();
  });

  it('judges names and configs as Kafka does', () => {
    expect(topicNameProblem('orders.v1_events-2')).toBeNull();
    expect(topicNameProblem('..')).not.toBeNull();
    expect(topicNameProblem('with space')).not.toBeNull();
    expect(topicNameProblem('x'.repeat(250))).not.toBeNull();
    expect(topicConfigProblem({ 'retention.ms': 'soon' })).not.toBeNull();
    expect(topicConfigProblem({ 'segment.bytes': '10' })).not.toBeNull();
    expect(topicConfigProblem({ 'unknown.key': 'anything' })).toBeNull();
  });

  it('lets one live process at a time use a data directory', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(`data directory ${dir} is in use by process ${process.pid}`);
    release();
    lockDataDir(dir)();
  });
});
