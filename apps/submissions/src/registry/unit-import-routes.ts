import { randomUUID } from 'node:crypto';
import { unitCreated } from '@cchc/contracts';
import { writeAllToOutbox } from '@cchc/messaging';
import { HttpProblem, refusalOf } from '@cchc/service-kit';
import { readSheet } from '@cchc/sheets';
import { UNIT_KINDS, validateUnitImport } from '@cchc/submissions-domain';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actingProvince, EVENT_SOURCE, inNamedProvince, ProvinceCode } from '../shared/province-routes.ts';
import { uploadedFile } from '../shared/uploaded-file.ts';
import type { TenantPrisma } from '../tenant-prisma.ts';
import { ensureActive, provinceIn, unitState } from './registry-records.ts';

/** Far above a province's list of units as a spreadsheet. */
const MAX_SHEET_BYTES = 5 * 1024 * 1024;

const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  imported: Type.Integer({ description: 'Units created; 0 on a dry run' }),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'Line in the file; the header is line 1' }),
      code: Type.String(),
      name: Type.String(),
      kind: Type.Enum([...UNIT_KINDS]),
      parentCode: Type.Union([Type.String(), Type.Null()]),
    }),
    { description: 'The units of the file, parents first' },
  ),
});

/**
 * Imports a province's units from a CSV or XLSX file: every line is checked first, and either all units are
 * created in one transaction with their events, or none and the answer lists each problem with its line.
 */
export function unitImportRoutes(prisma: TenantPrisma): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_SHEET_BYTES, files: 1, fields: 5 } });

    app.post(
      '/provinces/:code/units/import',
      {
        onRequest: inNamedProvince('province-admin', 'platform-admin'),
        schema: {
          tags: ['registry'],
          summary: 'Import units from a CSV or XLSX file; nothing is imported when any line is invalid',
          description:
            'multipart/form-data with the file in the part named `file`. Columns (Vietnamese or English headers): ' +
            'Mã đơn vị / code, Tên đơn vị / name, Loại / kind (sở, ban, ngành, huyện, xã, thanh tra, văn phòng, khác), ' +
            'and optionally Mã đơn vị cha / parent (a unit of the province or of the file). ' +
            'Problems come back in `errors`, one per line and column (`rows.<line>.<column>`).',
          consumes: ['multipart/form-data'],
          params: Type.Object({ code: ProvinceCode }),
          querystring: Type.Object({
            dryRun: Type.Boolean({
              default: false,
              description: 'Check the file and report, create nothing',
            }),
          }),
          response: { 200: ImportReport, 201: ImportReport },
        },
      },
      async (request, reply) => {
        const code = actingProvince(request);
        const { dryRun } = request.query;
        const file = await uploadedFile(request);
        const table = await readSheet(await file.toBuffer());
        const rows = await prisma.$withProvince(code, async (tx) => {
          const province = await provinceIn(tx, code);
          ensureActive(province.status, `Province ${code}`);
          const existing = await tx.unit.findMany({
            where: { provinceCode: code },
            select: { id: true, code: true, status: true },
          });
          const checked = validateUnitImport(
            table,
            existing.map((unit) => ({ code: unit.code, active: unit.status === 'active' })),
          );
          if (!checked.ok) {
            const refusal = refusalOf(checked.problems);
            const lines = new Set(
              checked.problems.map((problem) => problem.params?.['row'] ?? problem.field),
            );
            throw new HttpProblem(
              refusal.status,
              `${lines.size} line(s) of the file have problems; nothing was imported`,
              refusal.type,
              refusal.title,
              refusal.errors,
            );
          }
          if (dryRun) return checked.value;
          // Ids are chosen here so that children can name parents from the same file in one insert.
          const ids = new Map(existing.map((unit) => [unit.code, unit.id]));
          for (const row of checked.value) ids.set(row.code, randomUUID());
          const created = await tx.unit.createManyAndReturn({
            data: checked.value.map((row) => ({
              id: ids.get(row.code)!,
              provinceCode: code,
              code: row.code,
              name: row.name,
              kind: row.kind,
              parentId: row.parentCode ? ids.get(row.parentCode)! : null,
            })),
          });
          await writeAllToOutbox(
            tx,
            unitCreated,
            created.map((unit) => ({ unit: unitState(unit) })),
            { source: EVENT_SOURCE, tenant: code },
          );
          return checked.value;
        });
        return reply.code(dryRun ? 200 : 201).send({ dryRun, imported: dryRun ? 0 : rows.length, rows });
      },
    );
  };
}
