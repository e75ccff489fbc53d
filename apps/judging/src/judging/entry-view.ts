import { entryForJudge } from '@cchc/judging-domain';
import { Type } from 'typebox';
import type { Entry } from '../generated/prisma/client.ts';

const Author = Type.Object({
  name: Type.String(),
  workplace: Type.String(),
  contributionPercent: Type.Number(),
});

/** An entry as the council sees it: without authors and unit where a scoring member judges blind. */
export const EntryView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  fieldKey: Type.String(),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  authors: Type.Optional(Type.Array(Author)),
  unitId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});

export function entryView(entry: Entry, blind: boolean) {
  return entryForJudge(
    {
      id: entry.id,
      title: entry.title,
      fieldKey: entry.fieldKey,
      submittedAt: entry.submittedAt?.toISOString() ?? null,
      authors: entry.authors as { name: string; workplace: string; contributionPercent: number }[],
      unitId: entry.unitId,
    },
    { blind },
  );
}
