import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { defineEvent } from './define-event.ts';

// How a breaking change is made: a new version beside the old one, on the same topic; consumers keep both.
const scoreV1 = defineEvent({
  type: 'judging.score.submitted.v1',
  topic: 'cchc.judging.score',
  description: 'v1: points as an integer',
  data: Type.Object({ entryId: Type.String(), points: Type.Integer() }),
  key: (data) => data.entryId,
});
const scoreV2 = defineEvent({
  type: 'judging.score.submitted.v2',
  topic: 'cchc.judging.score',
  description: 'v2: points per criterion',
  data: Type.Object({ entryId: Type.String(), points: Type.Record(Type.String(), Type.Number()) }),
  key: (data) => data.entryId,
});

const envelope = (type: string, data: unknown) => ({
  specversion: '1.0',
  id: '4b8e2b6e-7a7d-4f43-9a55-51f0f7a0c9d1',
  source: '/cchc/judging',
  type,
  time: '2026-11-22T03:00:00Z',
  subject: 'e-1',
  datacontenttype: 'application/json',
  tenant: 'HG',
  data,
});

describe('event versions', () => {
  it('keeps v1 and v2 readable side by side, each by its own schema', () => {
    const v1 = envelope(scoreV1.type, { entryId: 'e-1', points: 87 });
    const v2 = envelope(scoreV2.type, { entryId: 'e-1', points: { novelty: 20, feasibility: 18.5 } });
    expect(scoreV1.check(v1)).toEqual([]);
    expect(scoreV2.check(v2)).toEqual([]);
    expect(scoreV1.check({ ...v2, type: scoreV1.type })).not.toEqual([]);
    expect(scoreV1.topic).toBe(scoreV2.topic);
  });

  it('refuses a type name without a version', () => {
    expect(() =>
      defineEvent({
        type: 'judging.score.submitted',
        topic: 't',
        description: '',
        data: Type.Object({}),
        key: () => 'k',
      }),
    ).toThrow(/<service>\.<aggregate>\.<verb>\.v<N>/);
  });
});
