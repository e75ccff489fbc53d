import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Province,
} from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import { calendarDateText } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { LineageView } from './lineage-view';
import { MergeDialog, type MergeChoice } from './merge-dialog';

/**
 * A platform admin merges a province into its successor from a legal date; the merged province becomes read-only
 * and its history readable by the successor's users. Every province's merge history, both ways.
 */
@Component({
  selector: 'cchc-mergers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    ProgressIndicator,
    Notice,
    ProblemNotice,
    StatusChip,
    LineageView,
    MergeDialog,
  ],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('mergers.title') }}</h1>
      <p>{{ t('mergers.intro') }}</p>

      @if (done(); as merged) {
        <cchc-notice data-testid="province-merge-done">
          <p>
            {{
              t('mergers.done', {
                name: merged.name,
                successor: merged.successor,
                date: calendarDateText(merged.on),
              })
            }}
          </p>
        </cchc-notice>
      }

      @if (resource.data(); as provinces) {
        @if (provinces.state === 'loading') {
          <cchc-progress [label]="t('provincePicker.loading')" data-testid="provinces-loading" />
        } @else if (provinces.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('provincePicker.loadFailed')"
            [problem]="provinces.problem"
            testId="provinces"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else if (provinces.value.length === 0) {
          <cchc-notice data-testid="provinces-empty"
            ><p>{{ t('provincePicker.empty') }}</p></cchc-notice
          >
        } @else {
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="provinces-caption">
            <table class="data-table" data-testid="provinces-table">
              <caption id="provinces-caption">
                {{
                  t('mergers.caption', { count: provinces.value.length })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('units.columns.code') }}</th>
                  <th scope="col">{{ t('mergers.columns.name') }}</th>
                  <th scope="col">{{ t('units.columns.status') }}</th>
                  <th scope="col">{{ t('mergers.columns.mergedInto') }}</th>
                  <th scope="col">{{ t('units.columns.actions') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (province of provinces.value; track province.code) {
                  <tr
                    data-testid="province-row"
                    [attr.data-province-code]="province.code"
                    [attr.data-status]="province.status"
                  >
                    <td class="code">{{ province.code }}</td>
                    <th scope="row">{{ province.name }}</th>
                    <td>
                      <cchc-status-chip
                        kind="registry"
                        [status]="province.status"
                        data-testid="province-status"
                      />
                    </td>
                    <td data-testid="province-merged-into">
                      {{
                        province.mergedInto ? (names().get(province.mergedInto) ?? province.mergedInto) : '—'
                      }}
                    </td>
                    <td>
                      <div class="actions">
                        <a
                          class="button secondary"
                          routerLink="/units"
                          [queryParams]="{ province: province.code }"
                          data-testid="province-units"
                          >{{ t('mergers.units')
                          }}<span class="visually-hidden">: {{ province.name }}</span></a
                        >
                        <button
                          type="button"
                          class="button secondary"
                          data-testid="province-lineage-toggle"
                          [attr.aria-expanded]="lineageOpen().has(province.code)"
                          [attr.aria-controls]="'province-lineage-' + province.code"
                          (click)="toggleLineage(province.code)"
                        >
                          {{ t('units.lineage') }}<span class="visually-hidden">: {{ province.name }}</span>
                        </button>
                        @if (province.status === 'active' && active().length > 1) {
                          <button
                            type="button"
                            class="button"
                            data-testid="province-merge"
                            (click)="startMerge(province)"
                          >
                            {{ t('mergers.merge') }}<span class="visually-hidden">: {{ province.name }}</span>
                          </button>
                        }
                      </div>
                    </td>
                  </tr>
                  @if (lineageOpen().has(province.code)) {
                    <tr data-testid="province-lineage-row" [id]="'province-lineage-' + province.code">
                      <td colspan="5">
                        <cchc-lineage-view [province]="province.code" />
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
          [heading]="t('mergers.heading', { name: subject.name })"
          [warning]="t('mergers.warning', { name: subject.name })"
          [candidates]="candidates()"
          [busy]="busy()"
          [problem]="problem()"
          (confirmed)="merge(subject, $event)"
          (closed)="merging.set(null)"
        />
      }
    </ng-container>
  `,
  styles: `
    .code {
      font-family: var(--font-mono);
    }
    .actions {
      margin: 0;
    }
  `,
})
export class MergersPage {
  private readonly registry = inject(RegistryClient);
  protected readonly resource = remoteResource(
    () => true,
    () => this.registry.provinces(),
  );
  private readonly provinces = computed(() => {
    const loaded = this.resource.data();
    return loaded?.state === 'loaded' ? loaded.value : [];
  });
  protected readonly names = computed(
    () => new Map(this.provinces().map((province) => [province.code, province.name])),
  );
  protected readonly active = computed(() =>
    this.provinces().filter((province) => province.status === 'active'),
  );
  protected readonly lineageOpen = signal<ReadonlySet<string>>(new Set());
  /** The province being merged, while the dialog is open. */
  protected readonly merging = signal<Province | null>(null);
  protected readonly candidates = computed(() =>
    this.active()
      .filter((province) => province.code !== this.merging()?.code)
      .map((province) => ({ value: province.code, label: `${province.code} — ${province.name}` })),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly done = signal<{ name: string; successor: string; on: string } | null>(null);
  protected readonly calendarDateText = calendarDateText;

  protected toggleLineage(code: string): void {
    this.lineageOpen.update((open) => {
      const next = new Set(open);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  }

  protected startMerge(province: Province): void {
    this.problem.set(null);
    this.done.set(null);
    this.merging.set(province);
  }

  protected merge(subject: Province, choice: MergeChoice): void {
    this.busy.set(true);
    this.problem.set(null);
    this.registry.mergeProvince(subject.code, choice.into, choice.on).subscribe({
      next: () => {
        this.busy.set(false);
        this.merging.set(null);
        this.done.set({
          name: subject.name,
          successor: this.names().get(choice.into) ?? choice.into,
          on: choice.on,
        });
        this.resource.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toApiProblem(error));
      },
    });
  }
}
