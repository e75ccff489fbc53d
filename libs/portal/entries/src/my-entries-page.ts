import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  ContestsClient,
  EntriesClient,
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Contest,
} from '@cchc/portal-data-access';
import {
  Countdown,
  EntrySearchForm,
  Notice,
  ProblemNotice,
  ProgressIndicator,
  StatusChip,
} from '@cchc/portal-ui';
import {
  AuthSession,
  entrySearchFilter,
  entrySearchFromQuery,
  isSearching,
  vietnamTime,
} from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { of, switchMap } from 'rxjs';
import { newEntryDraft } from './entry-form';

/** An author's (or a coordinator's) own entries with their status, and the open contests to start a new one in. */
@Component({
  selector: 'cchc-my-entries-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    ProgressIndicator,
    Notice,
    ProblemNotice,
    StatusChip,
    Countdown,
    EntrySearchForm,
  ],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('entries.title') }}</h1>
      @if (contestsResource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('entries.contestsLoading')" data-testid="open-contests-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('entries.contestsLoadFailed')"
            [problem]="loaded.problem"
            testId="open-contests"
            [retryable]="true"
            (retry)="contestsResource.reload()"
          />
        } @else {
          <section aria-labelledby="open-contests-heading">
            <h2 id="open-contests-heading">{{ t('entries.openContests') }}</h2>
            @if (openContests().length === 0) {
              <cchc-notice data-testid="open-contests-empty"
                ><p>{{ t('entries.noOpenContest') }}</p></cchc-notice
              >
            } @else {
              <ul class="cards">
                @for (contest of openContests(); track contest.id) {
                  <li class="card" data-testid="open-contest" [attr.data-contest-id]="contest.id">
                    <h3>{{ contest.title }}</h3>
                    <cchc-countdown [deadline]="contest.submissionWindow.closesAt" />
                    <button
                      type="button"
                      class="button"
                      data-testid="entry-start"
                      [disabled]="starting()"
                      (click)="start(contest)"
                    >
                      {{ t('entries.start') }}<span class="visually-hidden">: {{ contest.title }}</span>
                    </button>
                  </li>
                }
              </ul>
            }
            @if (startProblem(); as problem) {
              <cchc-problem-notice
                [heading]="t('entries.startFailed')"
                [problem]="problem"
                testId="entry-start"
              />
            }
          </section>
        }
      }

      <section aria-labelledby="my-entries-heading">
        <h2 id="my-entries-heading">{{ t('entries.mine') }}</h2>
        <cchc-entry-search-form [search]="search()" />
        @if (resource.data(); as loaded) {
          @if (loaded.state === 'loading') {
            <cchc-progress [label]="t('entries.loading')" data-testid="entries-loading" />
          } @else if (loaded.state === 'failed') {
            <cchc-problem-notice
              [heading]="t('entries.loadFailed')"
              [problem]="loaded.problem"
              testId="entries"
              [retryable]="true"
              (retry)="resource.reload()"
            />
          } @else if (loaded.value.length === 0) {
            @if (searching()) {
              <cchc-notice data-testid="search-no-match"
                ><p>{{ t('search.noMatch') }}</p></cchc-notice
              >
            } @else {
              <cchc-notice data-testid="entries-empty"
                ><p>{{ t('entries.empty') }}</p></cchc-notice
              >
            }
          } @else {
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="entries-caption">
              <table class="data-table" data-testid="entries-table">
                <caption id="entries-caption">
                  {{
                    t(searching() ? 'entries.foundCaption' : 'entries.caption', {
                      count: loaded.value.length,
                    })
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('entries.columns.title') }}</th>
                    <th scope="col">{{ t('entries.columns.contest') }}</th>
                    <th scope="col">{{ t('entries.columns.submittedAt') }}</th>
                    <th scope="col">{{ t('entries.columns.status') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (entry of loaded.value; track entry.id) {
                    <tr
                      data-testid="entry-row"
                      [attr.data-entry-id]="entry.id"
                      [attr.data-status]="entry.status"
                    >
                      <th scope="row">
                        <a [routerLink]="['/entries', entry.id]" data-testid="entry-link">{{
                          entry.title || t('entries.untitled')
                        }}</a>
                      </th>
                      <td>{{ contestTitles().get(entry.contestId) ?? '—' }}</td>
                      <td>{{ entry.submittedAt ? t('time.at', vietnamTime(entry.submittedAt)) : '—' }}</td>
                      <td>
                        <cchc-status-chip kind="entry" [status]="entry.status" />
                        @if (entry.screeningNote) {
                          <p class="muted">{{ t('screening.reason', { reason: entry.screeningNote }) }}</p>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      </section>
    </ng-container>
  `,
})
export class MyEntriesPage {
  readonly q = input<string>();
  readonly author = input<string>();

  private readonly entries = inject(EntriesClient);
  private readonly contests = inject(ContestsClient);
  private readonly registry = inject(RegistryClient);
  private readonly router = inject(Router);
  private readonly user = inject(AuthSession).user;
  protected readonly search = computed(() => entrySearchFromQuery({ q: this.q(), author: this.author() }));
  protected readonly searching = computed(() => isSearching(this.search()));
  protected readonly contestsResource = remoteResource(
    () => this.user.province,
    (province) => this.contests.list(province),
  );
  /** Reloaded on its own when the search changes, so the open contests and the search boxes stay. */
  protected readonly resource = remoteResource(
    () => {
      const province = this.user.province;
      return province ? { province, search: this.search() } : null;
    },
    ({ province, search }) => this.entries.list(province, { mine: true, ...entrySearchFilter(search) }),
  );
  private readonly loadedContests = computed(() => {
    const loaded = this.contestsResource.data();
    return loaded?.state === 'loaded' ? loaded.value : [];
  });
  protected readonly openContests = computed(() =>
    this.loadedContests().filter((contest) => contest.status === 'open'),
  );
  protected readonly contestTitles = computed(
    () => new Map(this.loadedContests().map((contest) => [contest.id, contest.title])),
  );
  protected readonly starting = signal(false);
  protected readonly startProblem = signal<ApiProblem | null>(null);
  protected readonly vietnamTime = vietnamTime;

  /** Starts a draft for the user's unit (the `unit` claim), which the quota and pre-selection count it for. */
  protected start(contest: Contest): void {
    const { province, unit, name } = this.user;
    if (!province) return;
    this.starting.set(true);
    this.startProblem.set(null);
    (unit ? this.registry.unitWithCode(province, unit) : of(null))
      .pipe(
        switchMap((found) =>
          this.entries.start(province, contest.id, found?.id ?? null, newEntryDraft(contest, name)),
        ),
      )
      .subscribe({
        next: (entry) => void this.router.navigate(['/entries', entry.id]),
        error: (error: unknown) => {
          this.starting.set(false);
          this.startProblem.set(toApiProblem(error));
        },
      });
  }
}
