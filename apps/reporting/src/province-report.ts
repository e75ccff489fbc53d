import { mayReadAllProvinces, provinceOf, requireRole } from '@cchc/auth';
import { ALL_PROVINCES } from '@cchc/tenancy';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { TenantPrisma } from './tenant-prisma.ts';

const ProvinceFigures = Type.Object({
  code: Type.String(),
  name: Type.String(),
  active: Type.Boolean(),
  activeUnits: Type.Integer({ description: 'Units of the province that are active' }),
});

/** Per-province figures from reporting's own read model of the registry: every province for platform roles, else one's own. */
export function provinceReportRoutes(prisma: TenantPrisma): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/reports/provinces',
      {
        onRequest: [requireRole('platform-admin', 'province-admin', 'analyst')],
        schema: {
          tags: ['reports'],
          summary: 'Provinces with their number of active units',
          response: { 200: Type.Array(ProvinceFigures) },
        },
      },
      async (request) => {
        const scope = mayReadAllProvinces(request) ? ALL_PROVINCES : provinceOf(request);
        const rows = await prisma.$withProvince(
          scope,
          (tx) => tx.$queryRaw<{ code: string; name: string; active: boolean; active_units: bigint }[]>`
            SELECT p.code, p.name, p.active, count(u.id) FILTER (WHERE u.active) AS active_units
            FROM province p LEFT JOIN unit u ON u.province_code = p.code
            WHERE ${scope} = ${ALL_PROVINCES} OR p.code = ${scope}
            GROUP BY p.code, p.name, p.active ORDER BY p.code`,
        );
        return rows.map((row) => ({
          code: row.code,
          name: row.name,
          active: row.active,
          activeUnits: Number(row.active_units),
        }));
      },
    );
  };
}
