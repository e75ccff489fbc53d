import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommittedOffsetStore } from './committed-offsets.ts';

describe('committed offsets', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-offsets-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('survives a restart, keeping the latest commit per partition and skipping a torn line', () => {
    const dir = tempDir();
    const store = new CommittedOffsetStore(dir);
    store.commit('g', [{ topic: 't', partition: 0, offset: 5, metadata: null }]);
    store.commit('g', [{ topic: 't', partition: 0, offset: 9, metadata: 'm' }]);
    store.commit('g', [{ topic: 'gone', partition: 0, offset: 1, metadata: null }]);
    store.deleteTopic('gone');
    store.close();
    appendFileSync(join(dir, 'groups', 'offsets.jsonl'), '{"g":"g","t":"t","p":0,"o":99');

    const reopened = new CommittedOffsetStore(dir);
    expect(reopened.get('g', 't', 0)).toEqual({ topic: 't', partition: 0, offset: 9, metadata: 'm' });
    expect(reopened.list('g')).toHaveLength(1);
    expect(reopened.groupIds()).toEqual(['g']);
    reopened.close();
  });

  it('keeps everything in memory without a data directory', () => {
    const store = new CommittedOffsetStore(null);
    store.commit('g', [{ topic: 't', partition: 1, offset: 3, metadata: null }]);
    expect(store.get('g', 't', 1)?.offset).toBe(3);
  });
});
