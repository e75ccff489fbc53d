import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  ContestsClient,
  fieldLabel,
  periodLabel,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Contest,
  type ContestStatus,
} from '@cchc/portal-data-access';
import { ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import { PredecessorNotice } from '@cchc/portal-units';
import {
  AuthSession,
  calendarDateText,
  PreferencesService,
  provinceView,
  vietnamTime,
} from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { isEditable, nextStatuses } from './contest-lifecycle';

/**
 * One contest: its definition, the status moves it allows, screening, quota and a copy for a new year. A predecessor
 * province's contest only reads.
 */
@Component({
  selector: 'cchc-contest-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, ProgressIndicator, ProblemNotice, StatusChip, PredecessorNotice],
  template: `
    <ng-container *transloco="let t">
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <h1>{{ t('contest.title') }}</h1>
          <cchc-progress [label]="t('contest.loading')" data-testid="contest-loading" />
        } @else if (loaded.state === 'failed') {
          <h1>{{ t('contest.title') }}</h1>
          <cchc-problem-notice
            [heading]="t('contest.loadFailed')"
            [problem]="loaded.problem"
            testId="contest"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else {
          @let contest = current() ?? loaded.value;
          <div class="page-head">
            <h1>{{ contest.title }}</h1>
            <cchc-status-chip kind="contest" [status]="contest.status" data-testid="contest-status" />
          </div>
          @if (view.predecessor(); as code) {
            <cchc-predecessor-notice [code]="code" />
          }
          <section class="panel" data-testid="contest-detail" [attr.aria-label]="t('contest.definition')">
            <dl class="facts">
              <dt>{{ t('contest.plan') }}</dt>
              <dd>
                {{
                  contest.planNumber
                    ? t('contests.plan', {
                        number: contest.planNumber,
                        date: calendarDateText(contest.planDate),
                      })
                    : t('contests.noPlanNumber')
                }}
              </dd>
              <dt>{{ t('contest.issuingBody') }}</dt>
              <dd>{{ contest.issuingBody }}</dd>
              <dt>{{ t('contest.period') }}</dt>
              <dd>{{ periodLabel(contest.period) }}</dd>
              <dt>{{ t('contest.window') }}</dt>
              <dd data-testid="contest-window">
                {{
                  t('contest.windowText', {
                    opens: t('time.at', vietnamTime(contest.submissionWindow.opensAt)),
                    closes: t('time.at', vietnamTime(contest.submissionWindow.closesAt, 'end')),
                  })
                }}
              </dd>
              <dt>{{ t('contest.fields') }}</dt>
              <dd>
                <ul class="plain">
                  @for (field of contest.fields; track field.key) {
                    <li>{{ fieldLabel(contest.fields, field.key, language()) }}</li>
                  }
                </ul>
              </dd>
              <dt>{{ t('contest.entrants') }}</dt>
              <dd>
                @for (kind of contest.eligibleEntrants; track kind; let last = $last) {
                  {{ t('entrantKinds.' + kind) }}{{ last ? '' : '; ' }}
                }
              </dd>
              <dt>{{ t('contest.quota') }}</dt>
              <dd>
                {{
                  contest.quota
                    ? t('contest.quotaText', { count: contest.quota.minEntriesPerUnit })
                    : t('contest.noQuota')
                }}
              </dd>
              <dt>{{ t('contest.rounds') }}</dt>
              <dd>
                <ul class="plain">
                  @for (round of contest.rounds; track $index) {
                    <li>
                      {{
                        round.kind === 'written'
                          ? t('contest.writtenRound', { number: $index + 1 })
                          : t('contest.oralRound', { number: $index + 1, days: round.preparationDays ?? 0 })
                      }}
                    </li>
                  }
                </ul>
              </dd>
              <dt>{{ t('contest.flags') }}</dt>
              <dd>
                {{ contest.unitPreselection ? t('contest.preselection') : t('contest.noPreselection') }};
                {{ contest.blindJudging ? t('contest.blind') : t('contest.notBlind') }}
              </dd>
            </dl>
          </section>

          <section class="panel" [attr.aria-label]="t('contest.actions')">
            <h2>{{ t('contest.actions') }}</h2>
            <div class="actions">
              @if (!view.predecessor()) {
                @for (status of nextStatuses(contest.status); track status) {
                  <button
                    type="button"
                    class="button"
                    [class.secondary]="status === 'archived'"
                    [attr.data-testid]="'contest-action-' + status"
                    [disabled]="busy()"
                    (click)="moveTo(contest, status)"
                  >
                    {{ t('contest.moveTo.' + status) }}
                  </button>
                }
                @if (isEditable(contest.status)) {
                  <a
                    class="button secondary"
                    [routerLink]="['/contests', contest.id, 'edit']"
                    data-testid="contest-edit"
                  >
                    {{ t('contest.edit') }}
                  </a>
                }
              }
              <a
                class="button secondary"
                [routerLink]="['/contests', contest.id, 'screening']"
                [queryParams]="{ province: view.predecessor() }"
                data-testid="contest-screening-link"
              >
                {{ t('contest.screening') }}
              </a>
              @if (contest.quota) {
                <a
                  class="button secondary"
                  [routerLink]="['/contests', contest.id, 'quota']"
                  [queryParams]="{ province: view.predecessor() }"
                  data-testid="contest-quota-link"
                >
                  {{ t('contest.quotaLink') }}
                </a>
              }
            </div>
            @if (actionProblem(); as problem) {
              <cchc-problem-notice
                [heading]="t('contest.actionFailed')"
                [problem]="problem"
                testId="contest-action"
              />
            }
          </section>

          @if (!view.predecessor()) {
            <section class="panel" [attr.aria-labelledby]="'copy-heading'">
              <h2 id="copy-heading">{{ t('contest.copyTitle') }}</h2>
              <p>{{ t('contest.copyIntro') }}</p>
              <form class="inline-form" (submit)="$event.preventDefault(); copy(contest, year.value)">
                <label for="copy-year">{{ t('contest.copyYear') }}</label>
                <input
                  #year
                  id="copy-year"
                  type="number"
                  min="2000"
                  max="2100"
                  required
                  [value]="contest.period.startYear + 1"
                  data-testid="contest-copy-year"
                />
                <button type="submit" class="button secondary" [disabled]="busy()" data-testid="contest-copy">
                  {{ t('contest.copy') }}
                </button>
              </form>
            </section>
          }
        }
      }
    </ng-container>
  `,
})
export class ContestDetailPage {
  readonly id = input.required<string>();
  /** `?province=`: a predecessor of the user's province. */
  readonly province = input<string>();

  private readonly contests = inject(ContestsClient);
  private readonly router = inject(Router);
  protected readonly view = provinceView(inject(AuthSession).user, this.province);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  protected readonly resource = remoteResource(
    () => {
      const province = this.view.shown();
      return province ? { province, id: this.id() } : null;
    },
    ({ province, id }) => this.contests.get(province, id),
  );
  /** The contest as loaded, then as the last status change left it. */
  protected readonly current = linkedSignal<Contest | null>(() => {
    const loaded = this.resource.data();
    return loaded?.state === 'loaded' ? loaded.value : null;
  });
  protected readonly busy = signal(false);
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  protected readonly fieldLabel = fieldLabel;
  protected readonly periodLabel = periodLabel;
  protected readonly nextStatuses = nextStatuses;
  protected readonly isEditable = isEditable;
  protected readonly calendarDateText = calendarDateText;
  protected readonly vietnamTime = vietnamTime;

  protected moveTo(contest: Contest, status: ContestStatus): void {
    this.act(this.contests.changeStatus(contest.provinceCode, contest.id, status), (changed) =>
      this.current.set(changed),
    );
  }

  protected copy(contest: Contest, year: string): void {
    const startYear = Number(year);
    if (!Number.isInteger(startYear)) return;
    this.act(this.contests.copy(contest.provinceCode, contest.id, startYear), (copy) => {
      // The copy has no plan number yet and its dates are last year's moved on: it needs editing first.
      void this.router.navigate(['/contests', copy.id, 'edit']);
    });
  }

  private act(call: Observable<Contest>, done: (contest: Contest) => void): void {
    this.busy.set(true);
    this.actionProblem.set(null);
    call.subscribe({
      next: (contest) => {
        this.busy.set(false);
        done(contest);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(toApiProblem(error));
      },
    });
  }
}
