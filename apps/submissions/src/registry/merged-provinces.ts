import { HttpProblem } from '@cchc/service-kit';
import { ALL_PROVINCES } from '@cchc/tenancy';
import type { FastifyInstance } from 'fastify';
import { READ_METHODS } from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { successorsOf } from './lineage.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Whether `successor` is the province `predecessor` was merged into, directly or through others. */
    provinceSucceeds(successor: string, predecessor: string): Promise<boolean>;
  }
}

/**
 * A merged province is read-only: every change under `/provinces/:code` is refused with 409. Its history stays
 * readable by the users of its successor (through `inNamedProvince`).
 */
export function keepMergedProvincesReadOnly(app: FastifyInstance, prisma: TenantPrisma): void {
  app.decorate('provinceSucceeds', async (successor: string, predecessor: string) => {
    const successors = await prisma.$withProvince(ALL_PROVINCES, (tx) =>
      successorsOf(tx, 'province', predecessor),
    );
    return successors.some((link) => link.key === successor);
  });
  app.addHook('preHandler', async (request) => {
    const code = (request.params as { code?: string } | undefined)?.code;
    if (READ_METHODS.has(request.method) || code === undefined) return;
    // The province directory is readable in any scope (its policy is `USING (true)`), so no scoped transaction.
    const province = await prisma.province.findUnique({
      where: { code },
      select: { mergedInto: true, mergedOn: true },
    });
    if (province?.mergedInto) {
      const on = province.mergedOn?.toISOString().slice(0, 10);
      throw new HttpProblem(
        409,
        `Province ${code} was merged into ${province.mergedInto}${on ? ` on ${on}` : ''} and is read-only`,
      );
    }
  });
}
