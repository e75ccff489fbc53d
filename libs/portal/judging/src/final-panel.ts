import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import {
  JudgingClient,
  loadedValue,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type ContestResults,
  type Contest,
} from '@cchc/portal-data-access';
import { ConfirmDialog, Notice, RemoteStateView } from '@cchc/portal-ui';
import { PreferencesService, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { shareText, scoreText } from './judging-numbers';
import { finalRows } from './results-rows';
import { ScoreChart } from './score-chart';

/**
 * The contest's final ranking (a preview from the closed rounds until finalised) and, for the chair, finalising it
 * after a confirmation; afterwards no score can change.
 */
@Component({
  selector: 'cchc-final-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RemoteStateView, Notice, ConfirmDialog, ScoreChart],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.final'">
      <h2>{{ t('title') }}</h2>
      <cchc-remote-state
        [data]="resource.data()"
        testId="final"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        [empty]="rows().length === 0"
        [emptyText]="t('empty')"
        (retry)="resource.reload()"
      />
      @if (results(); as results) {
        @if (results.finalised) {
          <p data-testid="final-finalised" [attr.data-finalised]="true">
            {{
              results.finalisedAt ? t('finalisedAt', vietnamTime(results.finalisedAt)) : t('finalisedText')
            }}
          </p>
        } @else {
          <cchc-notice data-testid="final-preview"
            ><p>{{ t('preview') }}</p></cchc-notice
          >
        }
        @if (results.weights; as weights) {
          <p data-testid="final-weights">
            {{
              t('weights', {
                round1: shareText(weights[0], language()),
                round2: shareText(weights[1], language()),
              })
            }}
          </p>
        }
        @if (rows().length > 0) {
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="final-caption">
            <table class="data-table ranking" role="table" data-testid="final-ranking">
              <caption id="final-caption">
                {{
                  t('caption')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('rank') }}</th>
                  <th scope="col">{{ t('entry') }}</th>
                  <th scope="col">{{ t('finalScore') }}</th>
                  <th scope="col">{{ t('round1') }}</th>
                  @if (twoRounds()) {
                    <th scope="col">{{ t('round2') }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.entryId) {
                  <tr data-testid="final-row" [attr.data-entry-id]="row.entryId" [attr.data-rank]="row.rank">
                    <td>{{ row.rank }}</td>
                    <th scope="row">{{ row.title }}</th>
                    <td class="number" data-testid="final-score">
                      {{ scoreText(row.finalScore, language()) }}
                    </td>
                    <td class="number">
                      {{
                        t('scoreAndRank', {
                          score: scoreText(row.round1Score, language()),
                          rank: row.round1Rank,
                        })
                      }}
                    </td>
                    @if (twoRounds()) {
                      <td class="number">
                        {{
                          row.round2Score === null
                            ? t('notDefended')
                            : t('scoreAndRank', {
                                score: scoreText(row.round2Score, language()),
                                rank: row.round2Rank,
                              })
                        }}
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <cchc-score-chart [bars]="bars()" [caption]="t('chartCaption')" />
        }
        @if (mayFinalise() && !results.finalised) {
          <section class="panel" aria-labelledby="finalise-heading" data-testid="finalise">
            <h3 id="finalise-heading">{{ t('finalise') }}</h3>
            <p>{{ t('finaliseHint') }}</p>
            <button type="button" class="button" data-testid="finalise-open" (click)="confirming.set(true)">
              {{ t('finaliseButton') }}
            </button>
          </section>
          @if (confirming()) {
            <cchc-confirm-dialog
              [heading]="t('confirmHeading')"
              [message]="t('confirmMessage')"
              [confirmLabel]="t('confirm')"
              [cancelLabel]="t('cancel')"
              [failedHeading]="t('failed')"
              testId="finalise-dialog"
              [busy]="busy()"
              [problem]="failure()"
              (confirmed)="finalise()"
              (closed)="confirming.set(false)"
            />
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .ranking .number {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
  `,
})
export class FinalPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly mayFinalise = input(false);
  /** The chair finalised the results here. */
  readonly finalised = output<ContestResults>();

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id }),
    ({ province, contestId }) =>
      forkJoin({
        results: this.judging.results(province, contestId),
        entries: this.judging.entries(province, contestId),
      }),
  );
  private readonly loaded = computed(() => loadedValue(this.resource.data()));
  /** The results as loaded, then as finalising them here left them. */
  protected readonly results = linkedSignal<ContestResults | null>(() => this.loaded()?.results ?? null);
  protected readonly rows = computed(() =>
    finalRows(
      this.results()?.results ?? [],
      new Map((this.loaded()?.entries ?? []).map((entry) => [entry.id, entry.title])),
    ),
  );
  protected readonly bars = computed(() =>
    this.rows().map((row) => ({
      key: row.entryId,
      label: `${row.rank}. ${row.title}`,
      percent: row.barPercent,
      text: scoreText(row.finalScore, this.language()),
    })),
  );
  protected readonly twoRounds = computed(() => this.contest().rounds.length > 1);
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly scoreText = scoreText;
  protected readonly shareText = shareText;
  protected readonly vietnamTime = vietnamTime;

  protected finalise(): void {
    this.busy.set(true);
    this.failure.set(null);
    this.judging.finalise(this.province(), this.contest().id).subscribe({
      next: (results) => {
        this.busy.set(false);
        this.confirming.set(false);
        this.results.set(results);
        this.finalised.emit(results);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(toApiProblem(error));
      },
    });
  }
}
