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
  type Assignment,
  type Contest,
  type FieldProblem,
  type JudgingProblem,
} from '@cchc/portal-data-access';
import { FieldProblems, Notice, ProblemNotice, RemoteStateView } from '@cchc/portal-ui';
import { PreferencesService } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin, of, type Subscription } from 'rxjs';
import { nullWhenAbsent, saveFile } from './absent';
import { assignmentBoard, assignmentsCsv, importLines } from './assignment-board';
import { JudgeProgress } from './judge-progress';
import { progressSummary } from './progress-rows';
import { RoundPicker } from './round-picker';

/** The judging rules' problems as the portal shows broken rules. */
const shown = (problems: readonly JudgingProblem[]): FieldProblem[] =>
  problems.map((problem) => ({
    field: problem.field,
    code: problem.code,
    message: problem.message,
    messageVi: problem.messageVi ?? null,
  }));

/**
 * Who scores what in a round: each judge's progress, an automatic plan, the board of entries × judges with manual
 * changes, and the import of a CSV file. Province admins and the secretary change it; the chair reads it.
 */
@Component({
  selector: 'cchc-assignments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RemoteStateView,
    Notice,
    ProblemNotice,
    FieldProblems,
    JudgeProgress,
    RoundPicker,
  ],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.assignments'">
      <h2>{{ t('title', { round: round() }) }}</h2>
      <cchc-round-picker [roundCount]="contest().rounds.length" [current]="round()" />
      <cchc-remote-state
        [data]="resource.data()"
        testId="assignments"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        (retry)="resource.reload()"
      />
      @if (board(); as board) {
        @if (board.judges.length === 0) {
          <cchc-notice data-testid="assignments-no-council"
            ><p>{{ t('noCouncil') }}</p></cchc-notice
          >
        }
        <section class="panel" aria-labelledby="assignments-progress-heading">
          <h3 id="assignments-progress-heading">{{ t('progress') }}</h3>
          <cchc-judge-progress [summary]="progress()" [caption]="t('progressCaption')" />
        </section>

        @if (!readOnly()) {
          <section class="panel" aria-labelledby="assignments-automatic-heading">
            <h3 id="assignments-automatic-heading">{{ t('automatic') }}</h3>
            <p class="muted">{{ t('automaticHint') }}</p>
            <form class="inline-form" (submit)="$event.preventDefault(); assignAutomatically(perEntry.value)">
              <label for="assignments-per-entry">{{ t('perEntry') }}</label>
              <input
                #perEntry
                id="assignments-per-entry"
                type="number"
                min="1"
                [max]="board.judges.length || 1"
                step="1"
                required
                [value]="defaultPerEntry()"
                data-testid="assignments-per-entry"
              />
              <button type="submit" class="button" [disabled]="busy()" data-testid="assignments-automatic">
                {{ t('automaticButton') }}
              </button>
            </form>
            @if (automatic(); as result) {
              <cchc-notice
                data-testid="assignments-automatic-done"
                [attr.data-problems]="result.problems.length"
              >
                <p role="status">{{ t('automaticDone', { count: result.count }) }}</p>
                @if (result.problems.length > 0) {
                  <p>{{ t('automaticProblems') }}</p>
                  <cchc-field-problems [problems]="result.problems" />
                }
              </cchc-notice>
            }
          </section>
        }

        <section class="panel" aria-labelledby="assignments-board-heading">
          <h3 id="assignments-board-heading">{{ t('board') }}</h3>
          @if (board.rows.length === 0) {
            <cchc-notice data-testid="assignments-empty"
              ><p>{{ t('empty') }}</p></cchc-notice
            >
          } @else {
            <p data-testid="assignments-summary">
              {{
                t('summary', {
                  entries: board.rows.length,
                  pairs: assignments().length,
                  unassigned: board.unassigned,
                })
              }}
            </p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="assignments-board-caption">
              <table class="data-table board" role="table" data-testid="assignments-board">
                <caption id="assignments-board-caption">
                  {{
                    t('boardCaption', { round: round() })
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('entry') }}</th>
                    @for (judge of board.judges; track judge.judgeId) {
                      <th scope="col" [attr.data-judge-id]="judge.judgeId">{{ judge.name }}</th>
                    }
                    <th scope="col">{{ t('judgeCount') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of board.rows; track row.entryId) {
                    <tr
                      data-testid="assignment-row"
                      [attr.data-entry-id]="row.entryId"
                      [attr.data-judges]="row.judgeCount"
                    >
                      <th scope="row">{{ row.title }}</th>
                      @for (cell of row.cells; track cell.judgeId; let column = $index) {
                        <td
                          data-testid="assignment-cell"
                          [attr.data-judge-id]="cell.judgeId"
                          [attr.data-assigned]="cell.assigned"
                          [attr.data-conflicted]="cell.conflicted"
                          [class.assigned]="cell.assigned"
                        >
                          @if (cell.assigned) {
                            <span class="mark">{{ t('assigned') }}</span>
                            @if (!readOnly()) {
                              <button
                                type="button"
                                class="link"
                                data-testid="assignment-remove"
                                [attr.aria-label]="
                                  t('removeWhat', { judge: board.judges[column]?.name, entry: row.title })
                                "
                                [disabled]="busy()"
                                (click)="changeJudges({ entryId: row.entryId, removeJudgeId: cell.judgeId })"
                              >
                                {{ t('remove') }}
                              </button>
                            }
                          } @else if (cell.conflicted) {
                            <span class="muted">{{ t('conflicted') }}</span>
                          } @else if (!readOnly()) {
                            <button
                              type="button"
                              class="link"
                              data-testid="assignment-add"
                              [attr.aria-label]="
                                t('addWhat', { judge: board.judges[column]?.name, entry: row.title })
                              "
                              [disabled]="busy()"
                              (click)="changeJudges({ entryId: row.entryId, addJudgeId: cell.judgeId })"
                            >
                              {{ t('add') }}
                            </button>
                          } @else {
                            <span class="muted">—</span>
                          }
                        </td>
                      }
                      <td [class.danger]="row.judgeCount === 0">
                        {{ row.judgeCount === 0 ? t('nobody') : row.judgeCount }}
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
          @if (failure(); as problem) {
            <cchc-problem-notice [heading]="t('failed')" [problem]="problem" testId="assignments-action" />
          }
        </section>

        @if (!readOnly()) {
          <section
            class="panel"
            aria-labelledby="assignments-import-heading"
            data-testid="assignments-import"
          >
            <h3 id="assignments-import-heading">{{ t('import') }}</h3>
            <p>{{ t('importHint') }}</p>
            <p>
              <button type="button" class="link" data-testid="assignments-export" (click)="export()">
                {{ t('export') }}
              </button>
            </p>
            <div class="form-field">
              <label for="assignments-file">{{ t('file') }}</label>
              <input
                #file
                id="assignments-file"
                type="file"
                accept=".csv,text/csv"
                [disabled]="busy()"
                data-testid="assignments-file"
                (change)="chosen.set(file.files?.[0] ?? null)"
              />
            </div>
            <div class="actions">
              <button
                type="button"
                class="button"
                data-testid="assignments-import-submit"
                [disabled]="!chosen() || busy()"
                (click)="importFile()"
              >
                {{ t('importButton') }}
              </button>
            </div>
            @if (sending(); as current) {
              <div role="status">
                <progress
                  max="100"
                  [value]="current.percent"
                  [attr.aria-label]="t('importProgress', { name: current.name })"
                  data-testid="assignments-import-progress"
                  [attr.data-done]="current.done"
                ></progress>
                <span>{{
                  current.done
                    ? t('imported', { name: current.name, count: assignments().length })
                    : t('sending', { name: current.name, percent: current.percent })
                }}</span>
              </div>
            }
            @if (importRefusal(); as lines) {
              <cchc-notice
                tone="error"
                [heading]="t('importRefused')"
                data-testid="assignments-import-report"
              >
                <div
                  class="table-scroll"
                  role="region"
                  tabindex="0"
                  aria-labelledby="assignments-report-caption"
                >
                  <table class="data-table">
                    <caption id="assignments-report-caption">
                      {{
                        t('reportCaption')
                      }}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{{ t('line') }}</th>
                        <th scope="col">{{ t('column') }}</th>
                        <th scope="col">{{ t('problem') }}</th>
                      </tr>
                    </thead>
                    @for (group of lines; track group.line) {
                      <tbody data-testid="assignments-import-line" [attr.data-line]="group.line">
                        @for (problem of group.problems; track $index; let first = $first) {
                          <tr data-testid="assignments-import-problem" [attr.data-code]="problem.code">
                            @if (first) {
                              <th scope="rowgroup" [attr.rowspan]="group.problems.length">
                                {{
                                  group.line === null ? t('wholeFile') : t('lineNumber', { line: group.line })
                                }}
                              </th>
                            }
                            <td>{{ problem.column ?? '—' }}</td>
                            <td>{{ problem.text }}</td>
                          </tr>
                        }
                      </tbody>
                    }
                  </table>
                </div>
              </cchc-notice>
            }
          </section>
        }
      }
    </ng-container>
  `,
  styles: `
    .board td.assigned {
      background: var(--color-row-alt);
      font-weight: 600;
    }
    .board td .mark {
      display: block;
    }
  `,
})
export class AssignmentsPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly round = input.required<number>();
  readonly readOnly = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id, round: this.round() }),
    ({ province, contestId, round }) =>
      forkJoin({
        round: this.judging.assignments(province, contestId, round),
        council: nullWhenAbsent(this.judging.council(province, contestId)),
        entries: this.judging.entries(province, contestId),
        conflicts: this.judging.conflicts(province, contestId),
        previous: round > 1 ? this.judging.round(province, contestId, round - 1) : of(null),
      }),
  );
  private readonly loaded = computed(() => loadedValue(this.resource.data()));
  /** The round's assignments as loaded, then as the last change here left them. */
  protected readonly assignments = linkedSignal<Assignment[]>(() => this.loaded()?.round.assignments ?? []);
  protected readonly board = computed(() => {
    const data = this.loaded();
    if (!data) return null;
    const assignments = this.assignments();
    // Round 2 hears the entries that advanced; without that list yet, those that have judges.
    const inRound = data.previous?.advancing ?? (this.round() > 1 ? assignments.map((a) => a.entryId) : null);
    const entries = inRound ? data.entries.filter((entry) => inRound.includes(entry.id)) : data.entries;
    return assignmentBoard(
      entries,
      data.council?.members ?? [],
      assignments,
      data.round.progress,
      data.conflicts,
    );
  });
  protected readonly progress = computed(() => progressSummary(this.board()?.judges ?? []));
  protected readonly defaultPerEntry = computed(() =>
    Math.max(1, Math.min(3, this.board()?.judges.length ?? 1)),
  );
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly automatic = signal<{ count: number; problems: FieldProblem[] } | null>(null);
  protected readonly chosen = signal<File | null>(null);
  protected readonly sending = signal<{ name: string; percent: number; done: boolean } | null>(null);
  private readonly importProblem = signal<ApiProblem | null>(null);
  protected readonly importRefusal = computed(() => {
    const problem = this.importProblem();
    return problem ? importLines(problem.errors, this.preferences().language) : null;
  });
  private upload: Subscription | null = null;

  protected assignAutomatically(perEntry: string): void {
    const judgesPerEntry = Number(perEntry);
    if (!Number.isInteger(judgesPerEntry) || judgesPerEntry < 1) return;
    this.start();
    this.judging
      .assignAutomatically(this.province(), this.contest().id, this.round(), judgesPerEntry)
      .subscribe({
        next: (plan) => {
          this.busy.set(false);
          this.assignments.set(plan.assignments);
          this.automatic.set({ count: plan.assignments.length, problems: shown(plan.problems) });
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected changeJudges(change: { entryId: string; addJudgeId?: string; removeJudgeId?: string }): void {
    this.start();
    this.judging.overrideAssignment(this.province(), this.contest().id, this.round(), change).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.assignments.set(result.assignments);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected importFile(): void {
    const file = this.chosen();
    if (!file) return;
    this.start();
    this.importProblem.set(null);
    this.sending.set({ name: file.name, percent: 0, done: false });
    this.upload?.unsubscribe();
    this.upload = this.judging
      .importAssignments(this.province(), this.contest().id, this.round(), file)
      .subscribe({
        next: (state) => {
          if (state.state === 'sending') {
            this.sending.set({ name: file.name, percent: Math.round(state.percent), done: false });
            return;
          }
          this.busy.set(false);
          this.assignments.set(state.result.assignments);
          this.sending.set({ name: file.name, percent: 100, done: true });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.sending.set(null);
          const problem = toApiProblem(error);
          if (problem.status === 400 && problem.errors.length > 0) this.importProblem.set(problem);
          else this.failure.set(problem);
        },
      });
  }

  protected export(): void {
    const content = new Blob([assignmentsCsv(this.assignments())], { type: 'text/csv;charset=utf-8' });
    saveFile(content, `phan-cong-vong-${this.round()}.csv`);
  }

  private start(): void {
    this.busy.set(true);
    this.failure.set(null);
    this.automatic.set(null);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.failure.set(toApiProblem(error));
  }
}
