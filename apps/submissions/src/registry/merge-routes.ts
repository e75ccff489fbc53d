import { requireRole } from '@cchc/auth';
import { provinceMerged, unitMerged, unitMoved } from '@cchc/contracts';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem } from '@cchc/service-kit';
import { ALL_PROVINCES } from '@cchc/tenancy';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import {
  actingProvince,
  EVENT_SOURCE,
  inNamedProvince,
  ProvinceCode,
  Uuid,
} from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { lineageOf } from './lineage.ts';
import { ensureActive, provinceIn, provinceState, unitIn, unitState } from './registry-records.ts';
import { ProvinceView, UnitView } from './registry-schemas.ts';

const Merge = <T extends TSchema>(successor: T) =>
  Type.Object(
    {
      into: successor,
      on: Type.String({ format: 'date', description: 'Legal date of the merger (yyyy-mm-dd)' }),
    },
    { additionalProperties: false },
  );

const LineageLinkView = Type.Object({
  key: Type.String({ description: 'Province code or unit id' }),
  name: Type.String(),
  mergedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
});
const LineageView = Type.Object({
  predecessors: Type.Array(LineageLinkView),
  successors: Type.Array(LineageLinkView),
});

/**
 * Mergers: a province into its successor (platform admins), a unit into another unit of its province (province
 * admins). The predecessor becomes read-only and stays readable under its own code; lineage answers both ways.
 */
export function mergeRoutes(prisma: TenantPrisma): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/provinces/:code/merge',
      {
        onRequest: requireRole('platform-admin'),
        schema: {
          tags: ['registry'],
          summary: 'Merge the province into its successor; it becomes read-only',
          params: Type.Object({ code: ProvinceCode }),
          body: Merge(ProvinceCode),
          response: { 200: ProvinceView },
        },
      },
      async (request) => {
        const { code } = request.params;
        const { into, on } = request.body;
        if (into === code) throw new HttpProblem(400, `Province ${code} cannot be merged into itself`);
        const successor = await prisma.$withProvince(ALL_PROVINCES, (tx) =>
          tx.province.findUnique({ where: { code: into } }),
        );
        if (!successor) throw new HttpProblem(400, `into names no province: ${into}`);
        ensureActive(successor.status, `Province ${into}`);
        const merged = await prisma.$withProvince(code, async (tx) => {
          const current = await provinceIn(tx, code);
          ensureActive(current.status, `Province ${code}`);
          const row = await tx.province.update({
            where: { code },
            data: { status: 'merged', mergedInto: into, mergedOn: new Date(`${on}T00:00:00Z`) },
          });
          await writeToOutbox(
            tx,
            provinceMerged,
            { province: provinceState(row), mergedOn: on },
            { source: EVENT_SOURCE, tenant: code },
          );
          return row;
        });
        return provinceState(merged);
      },
    );

    app.get(
      '/provinces/:code/lineage',
      {
        schema: {
          tags: ['registry'],
          summary: 'Provinces merged into this one, and the ones it was merged into',
          params: Type.Object({ code: ProvinceCode }),
          response: { 200: LineageView },
        },
      },
      async (request) =>
        prisma.$withProvince(ALL_PROVINCES, async (tx) => {
          await provinceIn(tx, request.params.code);
          return lineageOf(tx, 'province', request.params.code);
        }),
    );

    app.post(
      '/provinces/:code/units/:id/merge',
      {
        onRequest: inNamedProvince('province-admin', 'platform-admin'),
        schema: {
          tags: ['registry'],
          summary:
            'Merge the unit into another unit of the province; it becomes read-only and its units move under the successor',
          params: Type.Object({ code: ProvinceCode, id: Uuid }),
          body: Merge(Uuid),
          response: { 200: UnitView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const { into, on } = request.body;
        if (into === request.params.id) throw new HttpProblem(400, 'A unit cannot be merged into itself');
        const merged = await prisma.$withProvince(code, async (tx) => {
          const current = await unitIn(tx, code, request.params.id);
          ensureActive(current.status, `Unit ${current.code}`);
          const successor = await tx.unit.findFirst({ where: { id: into, provinceCode: code } });
          if (!successor) throw new HttpProblem(400, `into names no unit of province ${code}: ${into}`);
          ensureActive(successor.status, `Unit ${successor.code}`);
          const context = { source: EVENT_SOURCE, tenant: code };
          const children = await tx.unit.findMany({
            where: { parentId: current.id, status: 'active', NOT: { id: successor.id } },
          });
          for (const child of children) {
            const moved = await tx.unit.update({ where: { id: child.id }, data: { parentId: successor.id } });
            await writeToOutbox(
              tx,
              unitMoved,
              { unit: unitState(moved), previousParentId: current.id },
              context,
            );
          }
          const row = await tx.unit.update({
            where: { id: current.id },
            data: { status: 'merged', mergedInto: successor.id, mergedOn: new Date(`${on}T00:00:00Z`) },
          });
          await writeToOutbox(
            tx,
            unitMerged,
            { unit: unitState(row), successorId: successor.id, mergedOn: on },
            context,
          );
          return row;
        });
        return unitState(merged);
      },
    );

    app.get(
      '/provinces/:code/units/:id/lineage',
      {
        onRequest: inNamedProvince(),
        schema: {
          tags: ['registry'],
          summary: 'Units merged into this one, and the ones it was merged into',
          params: Type.Object({ code: ProvinceCode, id: Uuid }),
          response: { 200: LineageView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        return prisma.$withProvince(code, async (tx) => {
          await unitIn(tx, code, request.params.id);
          return lineageOf(tx, 'unit', request.params.id);
        });
      },
    );
  };
}
