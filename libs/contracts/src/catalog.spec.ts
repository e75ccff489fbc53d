import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { asyncApiDocument } from './asyncapi.ts';
import { ASYNCAPI_PATH, CONTRACTS_VERSION } from './asyncapi-file.ts';
import { catalog, eventDefinition } from './catalog.ts';
import { provinceCreated, unitCreated } from './events/registry.ts';

const envelope = {
  specversion: '1.0',
  id: '0b0d8a0e-6f43-4c5e-9d55-0f6f0b6a8f10',
  source: '/cchc/submissions',
  type: 'submissions.province.created.v1',
  time: '2026-11-22T03:00:00.000Z',
  subject: 'CB',
  datacontenttype: 'application/json',
  tenant: 'CB',
  data: { province: { code: 'CB', name: 'Cao Bằng', status: 'active', mergedInto: null } },
};

describe('the event catalogue', () => {
  it('declares each type once, named <service>.<aggregate>.<verb>.v<N>, on a topic of its producer', () => {
    const types = catalog.map((event) => event.type);
    expect(new Set(types).size).toBe(types.length);
    for (const event of catalog) {
      expect(event.topic.startsWith(`cchc.${event.producer}.`)).toBe(true);
      expect(eventDefinition(event.type)).toBe(event);
    }
    expect(types).toContain('submissions.unit.created.v1');
  });

  it('keys an event by its aggregate id', () => {
    expect(provinceCreated.key(envelope.data as never)).toBe('CB');
    const unit = { id: 'a4f3c1de-2b7e-4a55-8f0e-1d2c3b4a5f60', provinceCode: 'CB' };
    expect(unitCreated.key({ unit } as never)).toBe(unit.id);
  });

  it('accepts a valid envelope and names what is wrong with an invalid one', () => {
    expect(provinceCreated.check(envelope)).toEqual([]);
    const problems = provinceCreated.check({ ...envelope, tenant: 'cao bang', id: 'not-a-uuid' });
    expect(problems.join('\n')).toMatch(/\/id/);
    expect(problems.join('\n')).toMatch(/\/tenant/);
    expect(provinceCreated.check({ ...envelope, type: 'submissions.province.renamed.v1' })).not.toEqual([]);
  });

  it('lets a v1 consumer read an event that gained an optional field', () => {
    const newer = {
      ...envelope,
      partitionkey: 'CB',
      data: { province: { ...envelope.data.province, shortName: 'CB' }, note: 'added later' },
    };
    expect(provinceCreated.check(newer)).toEqual([]);
  });

  it('keeps the committed AsyncAPI document in step with the catalogue', async () => {
    const committed = JSON.parse(await readFile(ASYNCAPI_PATH, 'utf8'));
    expect(committed, 'libs/contracts/asyncapi.json is stale: run `npx nx run contracts:asyncapi`').toEqual(
      asyncApiDocument(CONTRACTS_VERSION),
    );
    expect(committed.asyncapi).toBe('3.0.0');
    expect(Object.keys(committed.components.messages)).toEqual(catalog.map((event) => event.type));
  });
});
