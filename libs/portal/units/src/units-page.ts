import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RegistryClient, remoteResource, toApiProblem, type ApiProblem } from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import {
  AuthSession,
  mayManageUnits,
  mayPickProvince,
  provinceInView,
  showsPredecessor,
} from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { lineagePresentation } from './lineage-rows';
import { LineageView } from './lineage-view';
import { MergeDialog, type MergeChoice } from './merge-dialog';
import { PredecessorPicker } from './predecessor-picker';
import { ProvincePicker } from './province-picker';
import { UnitImportPanel } from './unit-import-panel';
import { unitRows, type UnitRow } from './unit-rows';

/**
 * The units of a province as an indented tree table, with their merge histories. Admins of an active province import
 * units from a file and merge one unit into another; a merged province's units only read.
 */
@Component({
  selector: 'cchc-units-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    ProgressIndicator,
    Notice,
    ProblemNotice,
    StatusChip,
    ProvincePicker,
    PredecessorPicker,
    UnitImportPanel,
    LineageView,
    MergeDialog,
  ],
  template: `
    <ng-container *transloco="let t">
      <h1 #heading tabindex="-1">{{ t('units.title') }}</h1>

      @if (canPickProvince) {
        <p>{{ t('provincePicker.intro') }}</p>
        <cchc-province-picker [selected]="provinceCode()" />
      } @else if (user.province && provinceCode(); as shown) {
        <cchc-predecessor-picker [own]="user.province" [shown]="shown" />
      }

      @if (provinceCode(); as code) {
        @if (provinceResource.data(); as about) {
          @if (about.state === 'failed') {
            <cchc-problem-notice
              [heading]="t('units.provinceFailed')"
              [problem]="about.problem"
              testId="province"
              [retryable]="true"
              (retry)="provinceResource.reload()"
            />
          } @else if (about.state === 'loaded') {
            @if (about.value.province.status === 'merged') {
              <cchc-notice data-testid="province-read-only">
                <p>
                  <cchc-status-chip kind="registry" status="merged" />
                  {{
                    t('units.mergedProvince', {
                      name: about.value.province.name,
                      successor: successorName() ?? about.value.province.mergedInto,
                    })
                  }}
                </p>
              </cchc-notice>
            } @else if (mayManage()) {
              <cchc-unit-import-panel [province]="code" (imported)="resource.reload()" />
            }
          }
        }

        @if (mergeDone(); as merged) {
          <cchc-notice data-testid="unit-merge-done">
            <p>{{ t('units.mergeDone', merged) }}</p>
          </cchc-notice>
        }

        @if (resource.data(); as units) {
          @if (units.state === 'loading') {
            <cchc-progress [label]="t('units.loading')" data-testid="units-loading" />
          } @else if (units.state === 'failed') {
            <cchc-problem-notice
              [heading]="t('units.loadFailed')"
              [problem]="units.problem"
              testId="units"
              [retryable]="true"
              (retry)="retry()"
            />
          } @else if (rows().length === 0) {
            <cchc-notice data-testid="units-empty">
              <p>{{ t('units.empty') }}</p>
            </cchc-notice>
          } @else {
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="units-caption">
              <table class="data-table" data-testid="units-table">
                <caption id="units-caption">
                  {{
                    t('units.caption', { province: code, count: rows().length })
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('units.columns.code') }}</th>
                    <th scope="col">{{ t('units.columns.name') }}</th>
                    <th scope="col">{{ t('units.columns.kind') }}</th>
                    <th scope="col">{{ t('units.columns.status') }}</th>
                    <th scope="col">{{ t('units.columns.actions') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of rows(); track row.id) {
                    <tr data-testid="unit-row" [attr.data-unit-code]="row.code" [attr.data-level]="row.level">
                      <td class="code">{{ row.code }}</td>
                      <th scope="row" class="name">
                        <span class="tree-name" [style.padding-inline-start.rem]="row.indent">
                          @if (row.level > 1) {
                            <span class="branch" aria-hidden="true"></span>
                          }
                          <span>{{ row.name }}</span>
                        </span>
                        <span class="visually-hidden">
                          ({{
                            row.parentName
                              ? t('units.nested', { level: row.level, parent: row.parentName })
                              : t('units.level', { level: row.level })
                          }})
                        </span>
                      </th>
                      <td>{{ t(row.kindKey) }}</td>
                      <td>
                        <cchc-status-chip kind="registry" [status]="row.status" data-testid="unit-status" />
                      </td>
                      <td>
                        <div class="actions">
                          <button
                            type="button"
                            class="button secondary"
                            data-testid="unit-lineage-toggle"
                            [attr.aria-expanded]="lineageOpen().has(row.id)"
                            [attr.aria-controls]="'unit-lineage-' + row.id"
                            (click)="toggleLineage(row.id)"
                          >
                            {{ t('units.lineage') }}<span class="visually-hidden">: {{ row.name }}</span>
                          </button>
                          @if (mayManage() && row.status === 'active' && activeRows().length > 1) {
                            <button
                              type="button"
                              class="button secondary"
                              data-testid="unit-merge"
                              (click)="startMerge(row)"
                            >
                              {{ t('units.merge') }}<span class="visually-hidden">: {{ row.name }}</span>
                            </button>
                          }
                        </div>
                      </td>
                    </tr>
                    @if (lineageOpen().has(row.id)) {
                      <tr data-testid="unit-lineage-row" [id]="'unit-lineage-' + row.id">
                        <td colspan="5">
                          <cchc-lineage-view [province]="code" [unitId]="row.id" />
                        </td>
                      </tr>
                    }
                  }
                </tbody>
              </table>
            </div>
          }
        }

        @if (merging(); as subject) {
          <cchc-merge-dialog
            [heading]="t('units.mergeHeading', { name: subject.name })"
            [warning]="t('units.mergeWarning', { name: subject.name })"
            [candidates]="mergeCandidates()"
            [busy]="mergeBusy()"
            [problem]="mergeProblem()"
            (confirmed)="merge(code, subject, $event)"
            (closed)="merging.set(null)"
          />
        }
      } @else if (!canPickProvince) {
        <cchc-notice data-testid="units-no-province">
          <p>{{ t('units.noProvince') }}</p>
        </cchc-notice>
      }
    </ng-container>
  `,
  styles: `
    .code {
      font-family: var(--font-mono);
      white-space: nowrap;
    }
    .name {
      font-weight: 400;
    }
    .tree-name {
      display: inline-flex;
      align-items: baseline;
      gap: var(--space-2);
    }
    .branch {
      flex: none;
      width: 0.75rem;
      height: 0.6em;
      border-inline-start: 1px solid var(--color-text-muted);
      border-block-end: 1px solid var(--color-text-muted);
      transform: translateY(-0.15em);
    }
    .actions {
      margin: 0;
    }
  `,
})
export class UnitsPage {
  /**
   * The province to show: of the URL path (/units/:province) for a platform admin without one, or of `?province=`
   * for the users of a province that took it in.
   */
  readonly province = input<string>();

  private readonly registry = inject(RegistryClient);
  protected readonly user = inject(AuthSession).user;
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly canPickProvince = mayPickProvince(this.user);
  protected readonly provinceCode = computed(() => provinceInView(this.user, this.province()));
  protected readonly provinceResource = remoteResource(this.provinceCode, (code) =>
    forkJoin({ province: this.registry.province(code), lineage: this.registry.provinceLineage(code) }),
  );
  protected readonly resource = remoteResource(this.provinceCode, (code) => this.registry.units(code));
  protected readonly rows = computed(() => {
    const units = this.resource.data();
    return units?.state === 'loaded' ? unitRows(units.value) : [];
  });
  protected readonly activeRows = computed(() => this.rows().filter((row) => row.status === 'active'));
  /** The province the shown one's work went on in, when it was merged. */
  protected readonly successorName = computed(() => {
    const about = this.provinceResource.data();
    return about?.state === 'loaded'
      ? (lineagePresentation(about.value.lineage).current?.name ?? null)
      : null;
  });
  /** Admins change an active province's units; a predecessor's history, or a merged province, only reads. */
  protected readonly mayManage = computed(() => {
    const code = this.provinceCode();
    const about = this.provinceResource.data();
    return (
      code !== null &&
      about?.state === 'loaded' &&
      about.value.province.status === 'active' &&
      !showsPredecessor(this.user, code) &&
      mayManageUnits(this.user, code)
    );
  });
  protected readonly lineageOpen = signal<ReadonlySet<string>>(new Set());
  /** The unit being merged into another, while the dialog is open. */
  protected readonly merging = signal<UnitRow | null>(null);
  protected readonly mergeCandidates = computed(() =>
    this.activeRows()
      .filter((row) => row.id !== this.merging()?.id)
      .map((row) => ({ value: row.id, label: `${row.code} — ${row.name}` })),
  );
  protected readonly mergeBusy = signal(false);
  protected readonly mergeProblem = signal<ApiProblem | null>(null);
  protected readonly mergeDone = signal<{ name: string; successor: string } | null>(null);

  protected retry(): void {
    // The retry button disappears while loading; keep the keyboard focus on the page instead of losing it.
    this.heading().nativeElement.focus();
    this.resource.reload();
  }

  protected toggleLineage(unitId: string): void {
    this.lineageOpen.update((open) => {
      const next = new Set(open);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });
  }

  protected startMerge(row: UnitRow): void {
    this.mergeProblem.set(null);
    this.mergeDone.set(null);
    this.merging.set(row);
  }

  protected merge(province: string, subject: UnitRow, choice: MergeChoice): void {
    const successor = this.rows().find((row) => row.id === choice.into);
    this.mergeBusy.set(true);
    this.mergeProblem.set(null);
    this.registry.mergeUnit(province, subject.id, choice.into, choice.on).subscribe({
      next: () => {
        this.mergeBusy.set(false);
        this.merging.set(null);
        this.mergeDone.set({ name: subject.name, successor: successor?.name ?? choice.into });
        // Its units moved under the successor: the whole tree changed.
        this.resource.reload();
      },
      error: (error: unknown) => {
        this.mergeBusy.set(false);
        this.mergeProblem.set(toApiProblem(error));
      },
    });
  }
}
