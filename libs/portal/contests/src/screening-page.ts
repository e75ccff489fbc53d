import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ContestsClient,
  EntriesClient,
  fieldLabel,
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Entry,
  type ScreeningVerdict,
} from '@cchc/portal-data-access';
import { EntrySearchForm, Notice, ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import { PredecessorNotice } from '@cchc/portal-units';
import {
  AuthSession,
  entrySearchFilter,
  entrySearchFromQuery,
  isSearching,
  PreferencesService,
  provinceView,
  vietnamTime,
} from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { NoveltyPanel } from './novelty-panel';
import { screeningRows } from './screening-rows';

/**
 * A province admin decides, entry by entry, whether the entries proposed to a contest are eligible, with the like
 * entries of any province and year beside each. A predecessor province's screening only reads.
 */
@Component({
  selector: 'cchc-screening-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    ProgressIndicator,
    Notice,
    ProblemNotice,
    StatusChip,
    EntrySearchForm,
    NoveltyPanel,
    PredecessorNotice,
  ],
  template: `
    <ng-container *transloco="let t">
      <p>
        <a [routerLink]="['/contests', id()]" [queryParams]="{ province: predecessor() }">{{
          t('screening.back')
        }}</a>
      </p>
      <h1>{{ t('screening.title') }}</h1>
      @if (predecessor(); as code) {
        <cchc-predecessor-notice [code]="code" />
      }
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('screening.loading')" data-testid="screening-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('screening.loadFailed')"
            [problem]="loaded.problem"
            testId="screening"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else {
          <p class="lead">{{ loaded.value.contest.title }}</p>
          <cchc-entry-search-form [search]="search()" />
          @if (entriesResource.data(); as listed) {
            @if (listed.state === 'loading') {
              <cchc-progress [label]="t('screening.loading')" data-testid="screening-entries-loading" />
            } @else if (listed.state === 'failed') {
              <cchc-problem-notice
                [heading]="t('screening.loadFailed')"
                [problem]="listed.problem"
                testId="screening-entries"
                [retryable]="true"
                (retry)="entriesResource.reload()"
              />
            } @else if (rows().length === 0) {
              @if (searching()) {
                <cchc-notice data-testid="search-no-match"
                  ><p>{{ t('search.noMatch') }}</p></cchc-notice
                >
              } @else {
                <cchc-notice data-testid="screening-empty"
                  ><p>{{ t('screening.empty') }}</p></cchc-notice
                >
              }
            } @else {
              @if (actionProblem(); as problem) {
                <cchc-problem-notice
                  [heading]="t('screening.failed')"
                  [problem]="problem"
                  testId="screening-action"
                />
              }
              <div class="table-scroll" role="region" tabindex="0" aria-labelledby="screening-caption">
                <table class="data-table" data-testid="screening-table">
                  <caption id="screening-caption">
                    {{
                      t(searching() ? 'screening.foundCaption' : 'screening.caption', {
                        count: rows().length,
                      })
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ t('screening.columns.entry') }}</th>
                      <th scope="col">{{ t('screening.columns.unit') }}</th>
                      <th scope="col">{{ t('screening.columns.submittedAt') }}</th>
                      <th scope="col">{{ t('screening.columns.status') }}</th>
                      @if (!predecessor()) {
                        <th scope="col">{{ t('screening.columns.decision') }}</th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of rows(); track row.id) {
                      <tr
                        data-testid="screening-row"
                        [attr.data-entry-id]="row.id"
                        [attr.data-status]="row.status"
                      >
                        <th scope="row">
                          <span class="entry-title">{{ row.title || t('entries.untitled') }}</span>
                          <span class="muted">{{
                            fieldLabel(loaded.value.contest.fields, row.fieldKey, language())
                          }}</span>
                          @if (row.authors) {
                            <span class="muted">{{ t('screening.authors', { names: row.authors }) }}</span>
                          }
                          <button
                            type="button"
                            class="link"
                            data-testid="novelty-toggle"
                            [attr.aria-expanded]="noveltyOpen().has(row.id)"
                            [attr.aria-controls]="'novelty-' + row.id"
                            (click)="toggleNovelty(row.id)"
                          >
                            {{ t(noveltyOpen().has(row.id) ? 'novelty.hide' : 'novelty.show')
                            }}<span class="visually-hidden">: {{ row.title }}</span>
                          </button>
                        </th>
                        <td>{{ row.unitName ?? '—' }}</td>
                        <td>{{ row.submittedAt ? t('time.at', vietnamTime(row.submittedAt)) : '—' }}</td>
                        <td>
                          <cchc-status-chip
                            kind="entry"
                            [status]="row.status"
                            data-testid="screening-status"
                          />
                          @if (row.note) {
                            <p class="muted" data-testid="screening-note">
                              {{ t('screening.reason', { reason: row.note }) }}
                            </p>
                          }
                        </td>
                        @if (!predecessor()) {
                          <td>
                            @if (rejecting() === row.id) {
                              <form
                                class="reason-form"
                                (submit)="
                                  $event.preventDefault();
                                  decide(row.id, { eligible: false, reason: reason.value })
                                "
                              >
                                <label [for]="'reason-' + row.id">{{ t('screening.reasonLabel') }}</label>
                                <textarea
                                  #reason
                                  [id]="'reason-' + row.id"
                                  rows="3"
                                  required
                                  maxlength="2000"
                                  data-testid="screen-reason"
                                ></textarea>
                                <div class="actions">
                                  <button
                                    type="submit"
                                    class="button"
                                    [disabled]="busy()"
                                    data-testid="screen-confirm"
                                  >
                                    {{ t('screening.confirmIneligible') }}
                                  </button>
                                  <button
                                    type="button"
                                    class="button secondary"
                                    (click)="rejecting.set(null)"
                                  >
                                    {{ t('screening.cancel') }}
                                  </button>
                                </div>
                              </form>
                            } @else {
                              <div class="actions">
                                @if (row.mayMarkEligible) {
                                  <button
                                    type="button"
                                    class="button"
                                    data-testid="screen-eligible"
                                    [disabled]="busy()"
                                    (click)="decide(row.id, { eligible: true })"
                                  >
                                    {{ t('screening.eligible')
                                    }}<span class="visually-hidden">: {{ row.title }}</span>
                                  </button>
                                }
                                @if (row.mayMarkIneligible) {
                                  <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="screen-ineligible"
                                    [disabled]="busy()"
                                    (click)="rejecting.set(row.id)"
                                  >
                                    {{ t('screening.ineligible')
                                    }}<span class="visually-hidden">: {{ row.title }}</span>
                                  </button>
                                }
                              </div>
                            }
                          </td>
                        }
                      </tr>
                      @if (noveltyOpen().has(row.id)) {
                        <tr data-testid="novelty-row" [id]="'novelty-' + row.id">
                          <td [attr.colspan]="predecessor() ? 4 : 5">
                            <cchc-novelty-panel
                              [province]="loaded.value.contest.provinceCode"
                              [entryId]="row.id"
                            />
                          </td>
                        </tr>
                      }
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
export class ScreeningPage {
  readonly id = input.required<string>();
  /** `?province=`: a predecessor of the user's province, whose screening only reads. */
  readonly province = input<string>();
  readonly q = input<string>();
  readonly author = input<string>();

  private readonly contests = inject(ContestsClient);
  private readonly entries = inject(EntriesClient);
  private readonly registry = inject(RegistryClient);
  private readonly user = inject(AuthSession).user;
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  private readonly view = provinceView(this.user, this.province);
  protected readonly predecessor = this.view.predecessor;
  protected readonly search = computed(() => entrySearchFromQuery({ q: this.q(), author: this.author() }));
  protected readonly searching = computed(() => isSearching(this.search()));
  protected readonly resource = remoteResource(
    () => {
      const province = this.view.shown();
      return province ? { province, id: this.id() } : null;
    },
    ({ province, id }) =>
      forkJoin({ contest: this.contests.get(province, id), units: this.registry.units(province) }),
  );
  /** Reloaded on its own when the search changes, so the contest and the search boxes stay. */
  protected readonly entriesResource = remoteResource(
    () => {
      const province = this.view.shown();
      return province ? { province, contestId: this.id(), search: this.search() } : null;
    },
    ({ province, contestId, search }) =>
      this.entries.list(province, { contestId, ...entrySearchFilter(search) }),
  );
  /** Entries as this page's decisions left them, over what was loaded. */
  private readonly decided = signal<ReadonlyMap<string, Entry>>(new Map());
  protected readonly rows = computed(() => {
    const loaded = this.resource.data();
    const listed = this.entriesResource.data();
    if (loaded?.state !== 'loaded' || listed?.state !== 'loaded') return [];
    const decided = this.decided();
    const entries = listed.value.map((entry) => decided.get(entry.id) ?? entry);
    return screeningRows(entries, loaded.value.units);
  });
  /** The entry whose reason for ineligibility is being written. */
  protected readonly rejecting = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  /** The entries whose like entries are shown. */
  protected readonly noveltyOpen = signal<ReadonlySet<string>>(new Set());
  protected readonly fieldLabel = fieldLabel;
  protected readonly vietnamTime = vietnamTime;

  protected toggleNovelty(entryId: string): void {
    this.noveltyOpen.update((open) => {
      const next = new Set(open);
      if (!next.delete(entryId)) next.add(entryId);
      return next;
    });
  }

  protected decide(entryId: string, verdict: ScreeningVerdict): void {
    const province = this.view.shown();
    if (!province || (!verdict.eligible && !verdict.reason.trim())) return;
    this.busy.set(true);
    this.actionProblem.set(null);
    this.entries.screen(province, entryId, verdict).subscribe({
      next: (entry) => {
        this.busy.set(false);
        this.rejecting.set(null);
        this.decided.update((decided) => new Map([...decided, [entry.id, entry]]));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(toApiProblem(error));
      },
    });
  }
}
