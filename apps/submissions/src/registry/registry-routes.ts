import {
  provinceCreated,
  provinceDeactivated,
  provinceRenamed,
  unitCreated,
  unitDeactivated,
  unitMoved,
  unitRenamed,
} from '@cchc/contracts';
import { requireRole } from '@cchc/auth';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ALL_PROVINCES } from '@cchc/tenancy';
import {
  actingProvince,
  EVENT_SOURCE,
  inNamedProvince,
  ProvinceCode,
  Uuid,
} from '../shared/province-routes.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import {
  NewProvince,
  NewUnit,
  ProvinceView,
  Rename,
  UnitChange,
  UnitInTree,
  UnitView,
} from './registry-schemas.ts';
import {
  ensureActive,
  isUniqueViolation,
  provinceIn,
  provinceState,
  unitIn,
  unitState,
} from './registry-records.ts';
import { treeOrder, wouldCreateCycle } from './unit-tree.ts';

const CodeParams = Type.Object({ code: ProvinceCode });
const UnitParams = Type.Object({ code: ProvinceCode, id: Uuid });

const platformOnly = [requireRole('platform-admin')];
const provinceMember = inNamedProvince();
const provinceAdmin = inNamedProvince('province-admin', 'platform-admin');

/**
 * The province and unit registry. Every change and its event commit in one transaction scoped to the province it
 * concerns; provinces are managed by platform admins, a province's units by its admins.
 */
export function registryRoutes(prisma: TenantPrisma): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/provinces',
      {
        schema: {
          tags: ['registry'],
          summary: 'List provinces',
          response: { 200: Type.Array(ProvinceView) },
        },
      },
      async () =>
        (
          await prisma.$withProvince(ALL_PROVINCES, (tx) =>
            tx.province.findMany({ orderBy: { code: 'asc' } }),
          )
        ).map(provinceState),
    );

    app.post(
      '/provinces',
      {
        onRequest: platformOnly,
        schema: {
          tags: ['registry'],
          summary: 'Register a province',
          body: NewProvince,
          response: { 201: ProvinceView },
        },
      },
      async (request, reply) => {
        try {
          const created = await prisma.$withProvince(request.body.code, async (tx) => {
            const row = await tx.province.create({ data: request.body });
            await writeToOutbox(
              tx,
              provinceCreated,
              { province: provinceState(row) },
              { source: EVENT_SOURCE, tenant: row.code },
            );
            return row;
          });
          return reply.code(201).send(provinceState(created));
        } catch (error) {
          if (isUniqueViolation(error))
            throw new HttpProblem(409, `Province ${request.body.code} already exists`);
          throw error;
        }
      },
    );

    app.get(
      '/provinces/:code',
      { schema: { tags: ['registry'], params: CodeParams, response: { 200: ProvinceView } } },
      async (request) =>
        provinceState(await prisma.$withProvince(ALL_PROVINCES, (tx) => provinceIn(tx, request.params.code))),
    );

    app.patch(
      '/provinces/:code',
      {
        onRequest: platformOnly,
        schema: {
          tags: ['registry'],
          summary: 'Rename a province',
          params: CodeParams,
          body: Rename(200),
          response: { 200: ProvinceView },
        },
      },
      async (request) =>
        provinceState(
          await prisma.$withProvince(request.params.code, async (tx) => {
            const current = await provinceIn(tx, request.params.code);
            ensureActive(current.status, `Province ${current.code}`);
            if (current.name === request.body.name) return current;
            const row = await tx.province.update({
              where: { code: current.code },
              data: { name: request.body.name },
            });
            await writeToOutbox(
              tx,
              provinceRenamed,
              { province: provinceState(row), previousName: current.name },
              { source: EVENT_SOURCE, tenant: row.code },
            );
            return row;
          }),
        ),
    );

    app.post(
      '/provinces/:code/deactivate',
      {
        onRequest: platformOnly,
        schema: {
          tags: ['registry'],
          summary: 'Deactivate a province',
          params: CodeParams,
          response: { 200: ProvinceView },
        },
      },
      async (request) =>
        provinceState(
          await prisma.$withProvince(request.params.code, async (tx) => {
            const current = await provinceIn(tx, request.params.code);
            ensureActive(current.status, `Province ${current.code}`);
            const row = await tx.province.update({
              where: { code: current.code },
              data: { status: 'deactivated' },
            });
            await writeToOutbox(
              tx,
              provinceDeactivated,
              { province: provinceState(row) },
              { source: EVENT_SOURCE, tenant: row.code },
            );
            return row;
          }),
        ),
    );

    app.get(
      '/provinces/:code/units',
      {
        onRequest: provinceMember,
        schema: {
          tags: ['registry'],
          summary: "The province's unit tree, depth first",
          params: CodeParams,
          response: { 200: Type.Array(UnitInTree) },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const units = await prisma.$withProvince(code, async (tx) => {
          await provinceIn(tx, code);
          return tx.unit.findMany({ where: { provinceCode: code }, orderBy: { name: 'asc' } });
        });
        return treeOrder(units.map(unitState));
      },
    );

    app.post(
      '/provinces/:code/units',
      {
        onRequest: provinceAdmin,
        schema: {
          tags: ['registry'],
          summary: 'Add a unit',
          params: CodeParams,
          body: NewUnit,
          response: { 201: UnitView },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        try {
          const created = await prisma.$withProvince(code, async (tx) => {
            const owner = await provinceIn(tx, code);
            ensureActive(owner.status, `Province ${owner.code}`);
            const parentId = request.body.parentId ?? null;
            if (parentId && !(await tx.unit.findFirst({ where: { id: parentId, provinceCode: code } }))) {
              throw new HttpProblem(400, `parentId ${parentId} is not a unit of province ${code}`);
            }
            const row = await tx.unit.create({ data: { ...request.body, parentId, provinceCode: code } });
            await writeToOutbox(
              tx,
              unitCreated,
              { unit: unitState(row) },
              { source: EVENT_SOURCE, tenant: code },
            );
            return row;
          });
          return reply.code(201).send(unitState(created));
        } catch (error) {
          if (isUniqueViolation(error))
            throw new HttpProblem(409, `Unit ${request.body.code} already exists in ${code}`);
          throw error;
        }
      },
    );

    app.patch(
      '/provinces/:code/units/:id',
      {
        onRequest: provinceAdmin,
        schema: {
          tags: ['registry'],
          summary: 'Rename a unit or move it under another parent',
          params: UnitParams,
          body: UnitChange,
          response: { 200: UnitView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const row = await prisma.$withProvince(code, async (tx) => {
          const current = await unitIn(tx, code, request.params.id);
          ensureActive(current.status, `Unit ${current.code}`);
          const { name } = request.body;
          const parentId = request.body.parentId === undefined ? current.parentId : request.body.parentId;
          if (parentId && parentId !== current.parentId) {
            const units = await tx.unit.findMany({
              where: { provinceCode: code },
              select: { id: true, parentId: true },
            });
            if (!units.some((candidate) => candidate.id === parentId)) {
              throw new HttpProblem(400, `parentId ${parentId} is not a unit of province ${code}`);
            }
            if (wouldCreateCycle(units, current.id, parentId)) {
              throw new HttpProblem(
                409,
                `Unit ${current.code} cannot move under itself or one of its own units`,
              );
            }
          }
          const updated = await tx.unit.update({
            where: { id: current.id },
            data: { name: name ?? current.name, parentId },
          });
          const context = { source: EVENT_SOURCE, tenant: code };
          if (name !== undefined && name !== current.name) {
            await writeToOutbox(
              tx,
              unitRenamed,
              { unit: unitState(updated), previousName: current.name },
              context,
            );
          }
          if (parentId !== current.parentId) {
            await writeToOutbox(
              tx,
              unitMoved,
              { unit: unitState(updated), previousParentId: current.parentId },
              context,
            );
          }
          return updated;
        });
        return unitState(row);
      },
    );

    app.post(
      '/provinces/:code/units/:id/deactivate',
      {
        onRequest: provinceAdmin,
        schema: {
          tags: ['registry'],
          summary: 'Deactivate a unit',
          params: UnitParams,
          response: { 200: UnitView },
        },
      },
      async (request) => {
        const code = actingProvince(request);
        const row = await prisma.$withProvince(code, async (tx) => {
          const current = await unitIn(tx, code, request.params.id);
          ensureActive(current.status, `Unit ${current.code}`);
          const updated = await tx.unit.update({
            where: { id: current.id },
            data: { status: 'deactivated' },
          });
          await writeToOutbox(
            tx,
            unitDeactivated,
            { unit: unitState(updated) },
            { source: EVENT_SOURCE, tenant: code },
          );
          return updated;
        });
        return unitState(row);
      },
    );
  };
}
