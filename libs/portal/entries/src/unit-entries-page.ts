import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  ContestsClient,
  EntriesClient,
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Entry,
} from '@cchc/portal-data-access';
import { EntrySearchForm, Notice, ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import {
  AuthSession,
  entrySearchFilter,
  entrySearchFromQuery,
  isSearching,
  vietnamTime,
} from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { forwardingRows } from './forwarding-rows';

/**
 * A unit coordinator's view of their unit's entries: in contests with unit pre-selection they forward the ones the
 * unit chose to the province, before the province's deadline.
 */
@Component({
  selector: 'cchc-unit-entries-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProgressIndicator, Notice, ProblemNotice, StatusChip, EntrySearchForm],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('unitEntries.title') }}</h1>
      <p>{{ t('unitEntries.intro') }}</p>
      @if (!user.province || !user.unit) {
        <cchc-notice data-testid="unit-entries-no-unit"
          ><p>{{ t('unitEntries.noUnit') }}</p></cchc-notice
        >
      } @else if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('unitEntries.loading')" data-testid="unit-entries-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('unitEntries.loadFailed')"
            [problem]="loaded.problem"
            testId="unit-entries"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else if (!loaded.value.unit) {
          <cchc-notice data-testid="unit-entries-no-unit"
            ><p>{{ t('unitEntries.noUnit') }}</p></cchc-notice
          >
        } @else {
          <p class="lead">{{ loaded.value.unit.name }}</p>
          @if (failure(); as failed) {
            <cchc-problem-notice
              [heading]="t('unitEntries.forwardFailed')"
              [problem]="failed.problem"
              [params]="{
                deadline: failed.deadline ? t('time.at', vietnamTime(failed.deadline, 'end')) : '',
              }"
              testId="forward"
            />
          }
          <cchc-entry-search-form [search]="search()" />
          @if (entriesResource.data(); as listed) {
            @if (listed.state === 'loading') {
              <cchc-progress [label]="t('unitEntries.loading')" data-testid="unit-entries-list-loading" />
            } @else if (listed.state === 'failed') {
              <cchc-problem-notice
                [heading]="t('unitEntries.loadFailed')"
                [problem]="listed.problem"
                testId="unit-entries-list"
                [retryable]="true"
                (retry)="entriesResource.reload()"
              />
            } @else if (rows().length === 0) {
              @if (searching()) {
                <cchc-notice data-testid="search-no-match"
                  ><p>{{ t('search.noMatch') }}</p></cchc-notice
                >
              } @else {
                <cchc-notice data-testid="unit-entries-empty"
                  ><p>{{ t('unitEntries.empty') }}</p></cchc-notice
                >
              }
            } @else {
              <div class="table-scroll" role="region" tabindex="0" aria-labelledby="unit-entries-caption">
                <table class="data-table" data-testid="unit-entries-table">
                  <caption id="unit-entries-caption">
                    {{
                      t(searching() ? 'unitEntries.foundCaption' : 'unitEntries.caption', {
                        count: rows().length,
                      })
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ t('entries.columns.title') }}</th>
                      <th scope="col">{{ t('entries.columns.contest') }}</th>
                      <th scope="col">{{ t('unitEntries.authors') }}</th>
                      <th scope="col">{{ t('entries.columns.status') }}</th>
                      <th scope="col">{{ t('unitEntries.forwarding') }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of rows(); track row.id) {
                      <tr
                        data-testid="unit-entry-row"
                        [attr.data-entry-id]="row.id"
                        [attr.data-status]="row.status"
                      >
                        <th scope="row">{{ row.title || t('entries.untitled') }}</th>
                        <td>{{ row.contestTitle ?? '—' }}</td>
                        <td>{{ row.authors || '—' }}</td>
                        <td><cchc-status-chip kind="entry" [status]="row.status" /></td>
                        <td>
                          @if (row.mayForward) {
                            <button
                              type="button"
                              class="button"
                              data-testid="entry-forward"
                              [disabled]="busy()"
                              (click)="forward(row.id, row.deadline)"
                            >
                              {{ t('unitEntries.forward')
                              }}<span class="visually-hidden">: {{ row.title }}</span>
                            </button>
                          } @else {
                            <span class="muted">{{ t('unitEntries.why.' + row.forwarding) }}</span>
                          }
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          }
        }
      }
    </ng-container>
  `,
})
export class UnitEntriesPage {
  readonly q = input<string>();
  readonly author = input<string>();

  private readonly entries = inject(EntriesClient);
  private readonly contests = inject(ContestsClient);
  private readonly registry = inject(RegistryClient);
  protected readonly user = inject(AuthSession).user;
  protected readonly search = computed(() => entrySearchFromQuery({ q: this.q(), author: this.author() }));
  protected readonly searching = computed(() => isSearching(this.search()));
  protected readonly resource = remoteResource(
    () =>
      this.user.province && this.user.unit ? { province: this.user.province, unit: this.user.unit } : null,
    ({ province, unit }) =>
      forkJoin({
        unit: this.registry.unitWithCode(province, unit),
        contests: this.contests.list(province),
      }),
  );
  /** Reloaded on its own when the search changes, so the unit and the search boxes stay. */
  protected readonly entriesResource = remoteResource(
    () => {
      const loaded = this.resource.data();
      const unit = loaded?.state === 'loaded' ? loaded.value.unit : null;
      return unit ? { province: unit.provinceCode, unitId: unit.id, search: this.search() } : null;
    },
    ({ province, unitId, search }) => this.entries.list(province, { unitId, ...entrySearchFilter(search) }),
  );
  /** Entries as this page's forwarding left them, over what was loaded. */
  private readonly changed = signal<ReadonlyMap<string, Entry>>(new Map());
  protected readonly rows = computed(() => {
    const loaded = this.resource.data();
    const listed = this.entriesResource.data();
    if (loaded?.state !== 'loaded' || listed?.state !== 'loaded') return [];
    const changed = this.changed();
    return forwardingRows(
      listed.value.map((entry) => changed.get(entry.id) ?? entry),
      loaded.value.contests,
    );
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<{ problem: ApiProblem; deadline: string | null } | null>(null);
  protected readonly vietnamTime = vietnamTime;

  protected forward(entryId: string, deadline: string | null): void {
    const province = this.user.province;
    if (!province) return;
    this.busy.set(true);
    this.failure.set(null);
    this.entries.forward(province, entryId).subscribe({
      next: (entry) => {
        this.busy.set(false);
        this.changed.update((changed) => new Map([...changed, [entry.id, entry]]));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set({ problem: toApiProblem(error), deadline });
      },
    });
  }
}
