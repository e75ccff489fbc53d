import { PrismaPg } from '@prisma/adapter-pg';
import { tenancy, type TransactionOf } from '@cchc/tenancy';
import { PrismaClient } from './generated/prisma/client.ts';

/** The service's Prisma client with `$withProvince`, the only way its routes reach tenant tables. */
export function createTenantPrisma(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }).$extends(tenancy);
}

export type TenantPrisma = ReturnType<typeof createTenantPrisma>;
export type TenantTransaction = TransactionOf<TenantPrisma>;
