import {
  provinceCreated,
  provinceDeactivated,
  provinceRenamed,
  unitCreated,
  unitDeactivated,
  unitMoved,
  unitRenamed,
} from '@cchc/contracts';
import { writeToOutbox } from '@cchc/messaging';
import { HttpProblem } from '@cchc/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { PrismaClient, Province, Unit } from '../generated/prisma/client.ts';
import {
  NewProvince,
  NewUnit,
  ProvinceView,
  Rename,
  UnitChange,
  UnitInTree,
  UnitView,
} from './registry-schemas.ts';
import { treeOrder, wouldCreateCycle } from './unit-tree.ts';

const SOURCE = '/cchc/submissions';
const provinceState = (province: Province) => ({
  code: province.code,
  name: province.name,
  status: province.status,
  mergedInto: province.mergedInto,
});
const unitState = (unit: Unit) => ({
  id: unit.id,
  provinceCode: unit.provinceCode,
  parentId: unit.parentId,
  code: unit.code,
  name: unit.name,
  kind: unit.kind,
  status: unit.status,
});
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

const CodeParams = Type.Object({ code: Type.String({ maxLength: 16 }) });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** The province and unit registry: every change and its event commit in one transaction. */
export function registryRoutes(prisma: PrismaClient): FastifyPluginAsyncTypebox {
  return async (app) => {
    const province = async (code: string) => {
      const found = await prisma.province.findUnique({ where: { code } });
      if (!found) throw new HttpProblem(404, `No province ${code}`);
      return found;
    };
    const unit = async (id: string) => {
      const found = await prisma.unit.findUnique({ where: { id } });
      if (!found) throw new HttpProblem(404, `No unit ${id}`);
      return found;
    };
    const ensureActive = (status: string, what: string) => {
      if (status !== 'active') throw new HttpProblem(409, `${what} is ${status} and cannot change`);
    };

    app.get(
      '/provinces',
      {
        schema: {
          tags: ['registry'],
          summary: 'List provinces',
          response: { 200: Type.Array(ProvinceView) },
        },
      },
      async () => (await prisma.province.findMany({ orderBy: { code: 'asc' } })).map(provinceState),
    );

    app.post(
      '/provinces',
      {
        schema: {
          tags: ['registry'],
          summary: 'Register a province',
          body: NewProvince,
          response: { 201: ProvinceView },
        },
      },
      async (request, reply) => {
        try {
          const created = await prisma.$transaction(async (tx) => {
            const row = await tx.province.create({ data: request.body });
            await writeToOutbox(
              tx,
              provinceCreated,
              { province: provinceState(row) },
              { source: SOURCE, tenant: row.code },
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
      async (request) => provinceState(await province(request.params.code)),
    );

    app.patch(
      '/provinces/:code',
      {
        schema: {
          tags: ['registry'],
          summary: 'Rename a province',
          params: CodeParams,
          body: Rename(200),
          response: { 200: ProvinceView },
        },
      },
      async (request) => {
        const current = await province(request.params.code);
        ensureActive(current.status, `Province ${current.code}`);
        if (current.name === request.body.name) return provinceState(current);
        const renamed = await prisma.$transaction(async (tx) => {
          const row = await tx.province.update({
            where: { code: current.code },
            data: { name: request.body.name },
          });
          await writeToOutbox(
            tx,
            provinceRenamed,
            { province: provinceState(row), previousName: current.name },
            { source: SOURCE, tenant: row.code },
          );
          return row;
        });
        return provinceState(renamed);
      },
    );

    app.post(
      '/provinces/:code/deactivate',
      {
        schema: {
          tags: ['registry'],
          summary: 'Deactivate a province',
          params: CodeParams,
          response: { 200: ProvinceView },
        },
      },
      async (request) => {
        const current = await province(request.params.code);
        ensureActive(current.status, `Province ${current.code}`);
        const row = await prisma.$transaction(async (tx) => {
          const updated = await tx.province.update({
            where: { code: current.code },
            data: { status: 'deactivated' },
          });
          await writeToOutbox(
            tx,
            provinceDeactivated,
            { province: provinceState(updated) },
            { source: SOURCE, tenant: updated.code },
          );
          return updated;
        });
        return provinceState(row);
      },
    );

    app.get(
      '/provinces/:code/units',
      {
        schema: {
          tags: ['registry'],
          summary: "The province's unit tree, depth first",
          params: CodeParams,
          response: { 200: Type.Array(UnitInTree) },
        },
      },
      async (request) => {
        await province(request.params.code);
        const units = await prisma.unit.findMany({
          where: { provinceCode: request.params.code },
          orderBy: { name: 'asc' },
        });
        return treeOrder(units.map(unitState));
      },
    );

    app.post(
      '/provinces/:code/units',
      {
        schema: {
          tags: ['registry'],
          summary: 'Add a unit',
          params: CodeParams,
          body: NewUnit,
          response: { 201: UnitView },
        },
      },
      async (request, reply) => {
        const owner = await province(request.params.code);
        ensureActive(owner.status, `Province ${owner.code}`);
        const parentId = request.body.parentId ?? null;
        if (parentId) {
          const parent = await prisma.unit.findUnique({ where: { id: parentId } });
          if (!parent || parent.provinceCode !== owner.code) {
            throw new HttpProblem(400, `parentId ${parentId} is not a unit of province ${owner.code}`);
          }
        }
        try {
          const created = await prisma.$transaction(async (tx) => {
            const row = await tx.unit.create({
              data: { ...request.body, parentId, provinceCode: owner.code },
            });
            await writeToOutbox(
              tx,
              unitCreated,
              { unit: unitState(row) },
              { source: SOURCE, tenant: owner.code },
            );
            return row;
          });
          return reply.code(201).send(unitState(created));
        } catch (error) {
          if (isUniqueViolation(error))
            throw new HttpProblem(409, `Unit ${request.body.code} already exists in ${owner.code}`);
          throw error;
        }
      },
    );

    app.patch(
      '/units/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'Rename a unit or move it under another parent',
          params: IdParams,
          body: UnitChange,
          response: { 200: UnitView },
        },
      },
      async (request) => {
        const current = await unit(request.params.id);
        ensureActive(current.status, `Unit ${current.code}`);
        const { name } = request.body;
        const parentId = request.body.parentId === undefined ? current.parentId : request.body.parentId;
        if (parentId && parentId !== current.parentId) {
          const siblings = await prisma.unit.findMany({
            where: { provinceCode: current.provinceCode },
            select: { id: true, parentId: true },
          });
          if (!siblings.some((candidate) => candidate.id === parentId)) {
            throw new HttpProblem(
              400,
              `parentId ${parentId} is not a unit of province ${current.provinceCode}`,
            );
          }
          if (wouldCreateCycle(siblings, current.id, parentId)) {
            throw new HttpProblem(
              409,
              `Unit ${current.code} cannot move under itself or one of its own units`,
            );
          }
        }
        return unitState(
          await prisma.$transaction(async (tx) => {
            const row = await tx.unit.update({
              where: { id: current.id },
              data: { name: name ?? current.name, parentId },
            });
            const context = { source: SOURCE, tenant: row.provinceCode };
            if (name !== undefined && name !== current.name) {
              await writeToOutbox(
                tx,
                unitRenamed,
                { unit: unitState(row), previousName: current.name },
                context,
              );
            }
            if (parentId !== current.parentId) {
              await writeToOutbox(
                tx,
                unitMoved,
                { unit: unitState(row), previousParentId: current.parentId },
                context,
              );
            }
            return row;
          }),
        );
      },
    );

    app.post(
      '/units/:id/deactivate',
      {
        schema: {
          tags: ['registry'],
          summary: 'Deactivate a unit',
          params: IdParams,
          response: { 200: UnitView },
        },
      },
      async (request) => {
        const current = await unit(request.params.id);
        ensureActive(current.status, `Unit ${current.code}`);
        return unitState(
          await prisma.$transaction(async (tx) => {
            const row = await tx.unit.update({ where: { id: current.id }, data: { status: 'deactivated' } });
            await writeToOutbox(
              tx,
              unitDeactivated,
              { unit: unitState(row) },
              { source: SOURCE, tenant: row.provinceCode },
            );
            return row;
          }),
        );
      },
    );
  };
}
