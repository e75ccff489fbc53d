import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import {
  JudgingClient,
  loadedValue,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Contest,
  type RoundState,
} from '@cchc/portal-data-access';
import { Notice, ProblemNotice, RemoteStateView } from '@cchc/portal-ui';
import { PreferencesService, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { nullWhenAbsent, saveFile } from './absent';
import { JudgeProgress } from './judge-progress';
import { pointsText, scoreText } from './judging-numbers';
import { missingScores, progressSummary, type MissingScores } from './progress-rows';
import { resultTable } from './results-rows';
import { RoundPicker } from './round-picker';
import { ScoreChart } from './score-chart';

/**
 * One round for the chair and the organisers: while open, every judge's progress and (for the chair) closing it,
 * with a reason when sheets are missing; once closed, the ranked results with each judge's total, the entries the
 * judges disagree on, a chart, and the minutes as a PDF.
 */
@Component({
  selector: 'cchc-rounds-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RemoteStateView,
    Notice,
    ProblemNotice,
    JudgeProgress,
    RoundPicker,
    ScoreChart,
  ],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.round'">
      <h2>{{ t('title', { round: round() }) }}</h2>
      <cchc-round-picker [roundCount]="contest().rounds.length" [current]="round()" />
      <cchc-remote-state
        [data]="resource.data()"
        testId="round"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        (retry)="resource.reload()"
      />
      @if (state(); as state) {
        <p data-testid="round-status" [attr.data-status]="state.status">
          @if (state.status === 'closed' && state.closedAt) {
            {{ t('closedAt', vietnamTime(state.closedAt)) }}
          } @else {
            {{ t('status.' + state.status) }}
          }
        </p>

        @if (state.status === 'not-open') {
          <cchc-notice data-testid="round-not-open"
            ><p>{{ t(round() > 1 ? 'notOpenDefence' : 'notOpen') }}</p></cchc-notice
          >
        }

        @if (state.status === 'open') {
          <section class="panel" aria-labelledby="round-progress-heading">
            <h3 id="round-progress-heading">{{ t('progress') }}</h3>
            <cchc-judge-progress [summary]="progress()" [caption]="t('progressCaption')" />
          </section>
          @if (mayClose()) {
            <section class="panel" aria-labelledby="round-close-heading" data-testid="round-close">
              <h3 id="round-close-heading">{{ t('close') }}</h3>
              <p>{{ t('closeHint') }}</p>
              <form (submit)="$event.preventDefault(); close()">
                @if (progress().missing > 0 || missing().length > 0) {
                  <div class="form-field">
                    <label for="round-override-reason">{{ t('overrideReason') }}</label>
                    <p class="hint" id="round-override-hint">
                      {{ t('overrideHint', { missing: progress().missing }) }}
                    </p>
                    <textarea
                      #reason
                      id="round-override-reason"
                      rows="3"
                      maxlength="2000"
                      aria-describedby="round-override-hint"
                      data-testid="round-override-reason"
                      [value]="overrideReason()"
                      (input)="overrideReason.set(reason.value)"
                    ></textarea>
                  </div>
                }
                <div class="actions">
                  <button type="submit" class="button" [disabled]="busy()" data-testid="round-close-button">
                    {{ t('closeButton') }}
                  </button>
                </div>
              </form>
              @if (missing().length > 0) {
                <cchc-notice tone="error" [heading]="t('missingHeading')" data-testid="round-missing">
                  <p>{{ t('missingText') }}</p>
                  <ul>
                    @for (judge of missing(); track judge.judgeId) {
                      <li data-testid="round-missing-judge" [attr.data-judge-id]="judge.judgeId">
                        {{ t('missingJudge', { name: judge.name, missing: judge.missing }) }}
                      </li>
                    }
                  </ul>
                </cchc-notice>
              } @else if (failure(); as problem) {
                <cchc-problem-notice [heading]="t('closeFailed')" [problem]="problem" testId="round-close" />
              }
            </section>
          }
        }

        @if (table(); as table) {
          @if (state.override; as override) {
            <cchc-notice data-testid="round-override"
              ><p>{{ t('overridden', { reason: override.reason }) }}</p></cchc-notice
            >
          }
          <p data-testid="round-results-summary">
            {{ t('method.' + (state.results?.aggregation ?? 'mean')) }}
            {{ state.results?.normalised ? t('normalised') : '' }}
            {{ t('flagged', { count: table.flagged }) }}
          </p>
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="round-results-caption">
            <table class="data-table results" role="table" data-testid="round-results">
              <caption id="round-results-caption">
                {{
                  t('resultsCaption', { round: round() })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('rank') }}</th>
                  <th scope="col">{{ t('entry') }}</th>
                  <th scope="col">{{ t('score', { max: pointsText(table.maxTotal, language()) }) }}</th>
                  @for (judge of table.columns; track judge.judgeId) {
                    <th scope="col" [attr.data-judge-id]="judge.judgeId">{{ judge.name }}</th>
                  }
                  <th scope="col">{{ t('judgeCount') }}</th>
                  <th scope="col">{{ t('disagreement') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of table.rows; track row.entryId) {
                  <tr
                    data-testid="round-result"
                    [attr.data-entry-id]="row.entryId"
                    [attr.data-rank]="row.rank"
                    [attr.data-disagreement]="row.disagreement"
                    [class.flagged]="row.disagreement"
                  >
                    <td>{{ row.rank }}</td>
                    <th scope="row">
                      {{ row.title }}
                      @if (row.advancing) {
                        <span class="badge" data-testid="round-result-advancing">{{ t('advancing') }}</span>
                      }
                    </th>
                    <td class="number" data-testid="round-result-score">
                      {{ scoreText(row.score, language()) }}
                    </td>
                    @for (total of row.judgeTotals; track $index) {
                      <td class="number">{{ total === null ? '—' : scoreText(total, language()) }}</td>
                    }
                    <td class="number">{{ row.judgeCount }}</td>
                    <td>
                      @if (row.disagreement) {
                        <strong class="danger" data-testid="round-result-flag">{{
                          t('flag', { range: scoreText(row.range, language()) })
                        }}</strong>
                      } @else {
                        {{ scoreText(row.range, language()) }}
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (table.unscored.length > 0) {
            <p class="danger" data-testid="round-unscored">
              {{ t('unscored', { titles: table.unscored.join('; ') }) }}
            </p>
          }
          <cchc-score-chart
            [bars]="bars()"
            [caption]="t('chartCaption', { max: pointsText(table.maxTotal, language()) })"
          />
          <section class="panel" aria-labelledby="round-minutes-heading">
            <h3 id="round-minutes-heading">{{ t('minutes') }}</h3>
            <button
              type="button"
              class="button secondary"
              [disabled]="downloading()"
              data-testid="round-minutes"
              (click)="downloadMinutes()"
            >
              {{ t('minutesButton', { round: round() }) }}
            </button>
            @if (downloading()) {
              <p role="status">{{ t('minutesLoading') }}</p>
            }
            @if (minutesFailure(); as problem) {
              <cchc-problem-notice
                [heading]="t('minutesFailed')"
                [problem]="problem"
                testId="round-minutes"
              />
            }
          </section>
        }
      }
    </ng-container>
  `,
  styles: `
    .results .number {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .results tr.flagged {
      background: var(--color-danger-surface);
    }
    .results tr.flagged th {
      border-inline-start: 0.375rem solid var(--color-danger);
    }
    .badge {
      display: inline-block;
      margin-inline-start: var(--space-2);
      padding: 0 var(--space-2);
      border: 1px solid var(--color-success);
      border-radius: 1rem;
      color: var(--color-success);
      font-size: 0.875rem;
    }
  `,
})
export class RoundsPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly round = input.required<number>();
  /** The chair may close an open round. */
  readonly mayClose = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id, round: this.round() }),
    ({ province, contestId, round }) =>
      forkJoin({
        state: this.judging.round(province, contestId, round),
        assignments: this.judging.assignments(province, contestId, round),
        council: nullWhenAbsent(this.judging.council(province, contestId)),
        entries: this.judging.entries(province, contestId),
      }),
  );
  private readonly loaded = computed(() => loadedValue(this.resource.data()));
  /** The round as loaded, then as closing it here left it. */
  protected readonly state = linkedSignal<RoundState | null>(() => this.loaded()?.state ?? null);
  private readonly names = computed(() => {
    const names = new Map<string, string>();
    for (const judge of this.loaded()?.assignments.progress ?? []) names.set(judge.judgeId, judge.name);
    for (const member of this.loaded()?.council?.members ?? []) names.set(member.userId, member.name);
    return names;
  });
  protected readonly progress = computed(() => progressSummary(this.loaded()?.assignments.progress ?? []));
  protected readonly table = computed(() => {
    const results = this.state()?.results;
    if (!results) return null;
    const titles = new Map((this.loaded()?.entries ?? []).map((entry) => [entry.id, entry.title]));
    const judges = (this.loaded()?.council?.members ?? []).map((member) => ({
      judgeId: member.userId,
      name: member.name,
    }));
    return resultTable(results, titles, judges, this.state()?.advancing ?? []);
  });
  protected readonly bars = computed(() =>
    (this.table()?.rows ?? []).map((row) => ({
      key: row.entryId,
      label: `${row.rank}. ${row.title}`,
      percent: row.barPercent,
      text: scoreText(row.score, this.language()),
      flagged: row.disagreement,
    })),
  );
  protected readonly overrideReason = signal('');
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly missing = computed<MissingScores[]>(() =>
    missingScores(this.failure()?.errors ?? [], this.names()),
  );
  protected readonly downloading = signal(false);
  protected readonly minutesFailure = signal<ApiProblem | null>(null);
  protected readonly scoreText = scoreText;
  protected readonly pointsText = pointsText;
  protected readonly vietnamTime = vietnamTime;

  protected close(): void {
    if (!this.mayClose()) return;
    const reason = this.overrideReason();
    this.busy.set(true);
    this.failure.set(null);
    this.judging
      .closeRound(this.province(), this.contest().id, this.round(), reason.trim() || null)
      .subscribe({
        next: (state) => {
          this.busy.set(false);
          this.state.set(state);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(toApiProblem(error));
        },
      });
  }

  protected downloadMinutes(): void {
    this.downloading.set(true);
    this.minutesFailure.set(null);
    this.judging.minutes(this.province(), this.contest().id, this.round()).subscribe({
      next: (content) => {
        this.downloading.set(false);
        saveFile(content, `bien-ban-vong-${this.round()}.pdf`);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.minutesFailure.set(toApiProblem(error));
      },
    });
  }
}
