import type { Prisma } from '../generated/prisma/client.ts';

/** A domain value (an interface, which Prisma's JSON input type does not accept as is) for a JSON column. */
export const asJson = (value: object): Prisma.InputJsonValue => value as Prisma.InputJsonValue;
