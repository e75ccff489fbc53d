import { Type, type Static } from 'typebox';

/*
 * The council (Hội đồng đánh giá) a provincial chair's decision forms for a contest. The schemas carry the shape;
 * council-validation.ts holds the rules about roles, members and quorum.
 */

export const COUNCIL_ROLES = ['chair', 'vice-chair', 'secretary', 'member'] as const;
export const CouncilRole = Type.Enum([...COUNCIL_ROLES], {
  description: 'chair: Chủ tịch; vice-chair: Phó Chủ tịch; secretary: Thư ký; member: Ủy viên',
});
export type CouncilRole = Static<typeof CouncilRole>;

export const CouncilMember = Type.Object(
  {
    userId: Type.String({ minLength: 1 }),
    name: Type.String({ maxLength: 200 }),
    role: CouncilRole,
    unitId: Type.Union([Type.String(), Type.Null()], {
      description: 'The unit the member works in, for conflicts of interest; null when outside every unit',
    }),
  },
  { additionalProperties: false },
);
export type CouncilMember = Static<typeof CouncilMember>;

export const CouncilDecision = Type.Object(
  {
    number: Type.String({ maxLength: 100, description: 'Number of the decision, e.g. 1234/QĐ-UBND' }),
    date: Type.String({ format: 'date', description: 'Date of the decision, YYYY-MM-DD' }),
    signer: Type.String({ maxLength: 200, description: 'Who signed it, e.g. Chủ tịch UBND tỉnh' }),
  },
  { additionalProperties: false },
);
export type CouncilDecision = Static<typeof CouncilDecision>;

export const Council = Type.Object(
  {
    contestId: Type.String(),
    decision: CouncilDecision,
    members: Type.Array(CouncilMember),
    quorum: Type.Integer({ description: 'Members who must take part for the council to decide' }),
  },
  { additionalProperties: false },
);
export type Council = Static<typeof Council>;
