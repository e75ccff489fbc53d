import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { PrismaClient } from './generated/prisma/client.ts';

const ProvinceFigures = Type.Object({
  code: Type.String(),
  name: Type.String(),
  active: Type.Boolean(),
  activeUnits: Type.Integer({ description: 'Units of the province that are active' }),
});

/** Per-province figures from reporting's own read model of the registry. */
export function provinceReportRoutes(prisma: PrismaClient): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/reports/provinces',
      {
        schema: {
          tags: ['reports'],
          summary: 'Provinces with their number of active units',
          response: { 200: Type.Array(ProvinceFigures) },
        },
      },
      async () => {
        const rows = await prisma.$queryRaw<
          { code: string; name: string; active: boolean; active_units: bigint }[]
        >`
          SELECT p.code, p.name, p.active, count(u.id) FILTER (WHERE u.active) AS active_units
          FROM province p LEFT JOIN unit u ON u.province_code = p.code
          GROUP BY p.code, p.name, p.active ORDER BY p.code`;
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
