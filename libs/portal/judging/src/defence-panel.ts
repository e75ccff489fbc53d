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
  problemsAt,
  remoteResource,
  toApiProblem,
  type AdvancementRule,
  type ApiProblem,
  type Contest,
  type FieldProblem,
} from '@cchc/portal-data-access';
import { FieldProblems, Notice, ProblemNotice, RemoteStateView } from '@cchc/portal-ui';
import { calendarDateText, PreferencesService } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { parseDecimal, scoreText } from './judging-numbers';
import { advancingPreview } from './results-rows';
import { scheduleProblems, scheduleRows, slotInputs, type ScheduleRow } from './schedule-rows';

/**
 * Round 2, the oral defence: the chair chooses the entries of round 1 that go on (the best N or those from a
 * score), which opens the round; then the timetable of the defences, none before the authors' preparation is over.
 */
@Component({
  selector: 'cchc-defence-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RemoteStateView, Notice, ProblemNotice, FieldProblems],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.defence'">
      <h2>{{ t('title') }}</h2>
      <cchc-remote-state
        [data]="resource.data()"
        testId="defence"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        (retry)="resource.reload()"
      />
      @if (loaded(); as data) {
        <section class="panel" aria-labelledby="advancement-heading" data-testid="advancement">
          <h3 id="advancement-heading">{{ t('advancement') }}</h3>
          @if (advancing(); as chosen) {
            <p data-testid="advancement-done" [attr.data-count]="chosen.length">
              {{ t('advancingCount', { count: chosen.length }) }}
            </p>
            <ol>
              @for (entryId of chosen; track entryId) {
                <li data-testid="advancing-entry" [attr.data-entry-id]="entryId">{{ titleOf(entryId) }}</li>
              }
            </ol>
          } @else if (data.round1.status !== 'closed' || !data.round1.results) {
            <cchc-notice data-testid="advancement-wait"
              ><p>{{ t('waitRound1') }}</p></cchc-notice
            >
          } @else if (mayAdvance()) {
            <form (submit)="$event.preventDefault(); advance()">
              <fieldset>
                <legend>{{ t('rule') }}</legend>
                <label class="check">
                  <input
                    type="radio"
                    name="advancement-kind"
                    value="top"
                    [checked]="kind() === 'top'"
                    data-testid="advancement-top"
                    (change)="kind.set('top')"
                  />
                  {{ t('top') }}
                </label>
                <label class="check">
                  <input
                    type="radio"
                    name="advancement-kind"
                    value="threshold"
                    [checked]="kind() === 'threshold'"
                    data-testid="advancement-threshold"
                    (change)="kind.set('threshold')"
                  />
                  {{ t('threshold') }}
                </label>
              </fieldset>
              <div class="form-field">
                @if (kind() === 'top') {
                  <label for="advancement-count">{{ t('count') }}</label>
                  <input
                    #count
                    id="advancement-count"
                    type="number"
                    min="1"
                    step="1"
                    [value]="amount()"
                    data-testid="advancement-count"
                    (input)="amount.set(count.value)"
                  />
                } @else {
                  <label for="advancement-min-score">{{ t('minScore') }}</label>
                  <input
                    #minimum
                    id="advancement-min-score"
                    type="text"
                    inputmode="decimal"
                    [value]="amount()"
                    data-testid="advancement-min-score"
                    (input)="amount.set(minimum.value)"
                  />
                }
              </div>
              <p
                role="status"
                data-testid="advancement-preview"
                [attr.data-count]="preview()?.length ?? null"
              >
                {{
                  preview() === null
                    ? t('previewNone')
                    : t('preview', {
                        count: preview()?.length ?? 0,
                        lowest: lowestScore(),
                      })
                }}
              </p>
              <div class="actions">
                <button
                  type="submit"
                  class="button"
                  [disabled]="busy() || !rule()"
                  data-testid="advancement-submit"
                >
                  {{ t('submit') }}
                </button>
              </div>
            </form>
            @if (advanceFailure(); as problem) {
              <cchc-problem-notice [heading]="t('advanceFailed')" [problem]="problem" testId="advancement" />
            }
          } @else {
            <cchc-notice data-testid="advancement-chair"
              ><p>{{ t('chairOnly') }}</p></cchc-notice
            >
          }
        </section>

        @if (advancing()) {
          <section class="panel" aria-labelledby="schedule-heading" data-testid="defence-schedule">
            <h3 id="schedule-heading">{{ t('schedule') }}</h3>
            <cchc-remote-state
              [data]="scheduleResource.data()"
              testId="defence-schedule"
              [loadingLabel]="t('scheduleLoading')"
              [failedHeading]="t('scheduleLoadFailed')"
              (retry)="scheduleResource.reload()"
            />
            @if (schedule(); as schedule) {
              <p data-testid="defence-earliest" [attr.data-earliest]="schedule.earliestDate">
                {{
                  t('earliest', {
                    date: calendarDateText(schedule.earliestDate),
                    days: schedule.preparationDays,
                  })
                }}
              </p>
              <!-- The page's own checks name each problem in the reader's language next to its cell. -->
              <form novalidate (submit)="$event.preventDefault(); saveSchedule(schedule.earliestDate)">
                <fieldset class="plain" [disabled]="readOnly() || busy()">
                  <div class="table-scroll" role="region" tabindex="0" aria-labelledby="schedule-caption">
                    <table class="data-table form-table" data-testid="defence-slots">
                      <caption id="schedule-caption">
                        {{
                          t('scheduleCaption', { count: rows().length })
                        }}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{{ t('entry') }}</th>
                          <th scope="col">{{ t('date') }}</th>
                          <th scope="col">{{ t('start') }}</th>
                          <th scope="col">{{ t('end') }}</th>
                          <th scope="col">{{ t('place') }}</th>
                          <th scope="col">{{ t('onlineLink') }}</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (row of rows(); track row.entryId; let index = $index) {
                          <tr data-testid="defence-slot" [attr.data-entry-id]="row.entryId">
                            <th scope="row">
                              {{ row.entryTitle }}
                              <cchc-field-problems [problems]="rowProblems(index)" />
                            </th>
                            <td>
                              <input
                                #date
                                type="date"
                                [min]="schedule.earliestDate"
                                [value]="row.date"
                                [attr.aria-label]="t('dateOf', { entry: row.entryTitle })"
                                data-testid="defence-date"
                                (input)="patch(index, { date: date.value })"
                              />
                              <cchc-field-problems
                                [problems]="at(index, 'date')"
                                [params]="earliestParams()"
                              />
                            </td>
                            <td>
                              <input
                                #start
                                type="time"
                                [value]="row.start"
                                [attr.aria-label]="t('startOf', { entry: row.entryTitle })"
                                data-testid="defence-start"
                                (input)="patch(index, { start: start.value })"
                              />
                              <cchc-field-problems [problems]="at(index, 'startsAt')" />
                            </td>
                            <td>
                              <input
                                #end
                                type="time"
                                [value]="row.end"
                                [attr.aria-label]="t('endOf', { entry: row.entryTitle })"
                                data-testid="defence-end"
                                (input)="patch(index, { end: end.value })"
                              />
                              <cchc-field-problems [problems]="at(index, 'endsAt')" />
                            </td>
                            <td>
                              <input
                                #place
                                type="text"
                                maxlength="500"
                                [value]="row.place"
                                [attr.aria-label]="t('placeOf', { entry: row.entryTitle })"
                                data-testid="defence-place"
                                (input)="patch(index, { place: place.value })"
                              />
                              <cchc-field-problems [problems]="at(index, 'place')" />
                            </td>
                            <td>
                              <input
                                #link
                                type="url"
                                maxlength="1000"
                                [value]="row.onlineLink"
                                [attr.aria-label]="t('onlineLinkOf', { entry: row.entryTitle })"
                                data-testid="defence-online-link"
                                (input)="patch(index, { onlineLink: link.value })"
                              />
                              <cchc-field-problems [problems]="at(index, 'onlineLink')" />
                            </td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                  <cchc-field-problems [problems]="wholeSchedule()" />
                  @if (!readOnly()) {
                    <div class="actions">
                      <button type="submit" class="button" data-testid="defence-save">{{ t('save') }}</button>
                    </div>
                  }
                </fieldset>
              </form>
              @if (scheduleSaved()) {
                <cchc-notice data-testid="defence-saved"
                  ><p role="status">{{ t('saved') }}</p></cchc-notice
                >
              }
              @if (scheduleFailure(); as problem) {
                <cchc-problem-notice
                  [heading]="t('saveFailed')"
                  [problem]="problem"
                  testId="defence-save"
                  [shownInline]="shownInline"
                />
              }
            }
          </section>
        }
      }
    </ng-container>
  `,
})
export class DefencePanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  /** The chair chooses the entries that advance. */
  readonly mayAdvance = input(false);
  readonly readOnly = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id }),
    ({ province, contestId }) =>
      forkJoin({
        round1: this.judging.round(province, contestId, 1),
        entries: this.judging.entries(province, contestId),
      }),
  );
  protected readonly loaded = computed(() => loadedValue(this.resource.data()));
  /** The entries in round 2 as loaded, then as the chair's choice here left them. */
  protected readonly advancing = linkedSignal<string[] | null>(() => this.loaded()?.round1.advancing ?? null);
  protected readonly scheduleResource = remoteResource(
    () => (this.advancing() ? { province: this.province(), contestId: this.contest().id } : null),
    ({ province, contestId }) => this.judging.defenceSchedule(province, contestId),
  );
  protected readonly schedule = linkedSignal(() => loadedValue(this.scheduleResource.data()));
  protected readonly rows = linkedSignal<ScheduleRow[]>(() => {
    const schedule = this.schedule();
    if (!schedule) return [];
    return scheduleRows(
      schedule,
      (this.advancing() ?? []).map((id) => ({ id, title: this.titleOf(id) })),
    );
  });

  protected readonly kind = signal<'top' | 'threshold'>('top');
  protected readonly amount = signal('');
  protected readonly rule = computed<AdvancementRule | null>(() => {
    const value = parseDecimal(this.amount());
    if (value === null) return null;
    if (this.kind() === 'top')
      return Number.isInteger(value) && value >= 1 ? { kind: 'top', count: value } : null;
    return { kind: 'threshold', minScore: value };
  });
  protected readonly preview = computed(() => {
    const results = this.loaded()?.round1.results;
    const rule = this.rule();
    return results && rule ? advancingPreview(results, rule) : null;
  });
  protected readonly lowestScore = computed(() => {
    const chosen = new Set(this.preview() ?? []);
    const scores = (this.loaded()?.round1.results?.results ?? [])
      .filter((result) => chosen.has(result.entryId))
      .map((result) => result.score);
    return scores.length > 0 ? scoreText(Math.min(...scores), this.preferences().language) : '—';
  });
  protected readonly busy = signal(false);
  protected readonly advanceFailure = signal<ApiProblem | null>(null);
  protected readonly scheduleSaved = signal(false);
  protected readonly scheduleFailure = signal<ApiProblem | null>(null);
  private readonly triedSchedule = signal(false);
  private readonly earliest = computed(() => this.schedule()?.earliestDate ?? '');
  protected readonly earliestParams = computed(() => ({ earliest: calendarDateText(this.earliest()) }));
  private readonly problems = computed<FieldProblem[]>(() => [
    ...(this.triedSchedule()
      ? scheduleProblems(this.rows(), this.earliest()).map((problem) => ({
          ...problem,
          message: problem.code,
          messageVi: null,
        }))
      : []),
    ...(this.scheduleFailure()?.errors ?? []),
  ]);
  protected readonly wholeSchedule = computed(() =>
    this.problems().filter((problem) => problem.field === 'slots'),
  );
  protected readonly shownInline = (field: string) => /^slots(\.\d+(\..*)?)?$/.test(field);
  protected readonly calendarDateText = calendarDateText;

  protected titleOf(entryId: string): string {
    return this.loaded()?.entries.find((entry) => entry.id === entryId)?.title ?? entryId;
  }

  protected at(index: number, field: string): FieldProblem[] {
    return problemsAt(this.problems(), `slots.${index}.${field}`);
  }

  /** Problems of the slot as a whole (an overlap), and of its entry. */
  protected rowProblems(index: number): FieldProblem[] {
    return this.problems().filter(
      (problem) => problem.field === `slots.${index}` || problem.field === `slots.${index}.entryId`,
    );
  }

  protected patch(index: number, changes: Partial<ScheduleRow>): void {
    this.scheduleSaved.set(false);
    this.rows.update((rows) => rows.map((row, each) => (each === index ? { ...row, ...changes } : row)));
  }

  protected advance(): void {
    const rule = this.rule();
    if (!rule || !this.mayAdvance()) return;
    this.busy.set(true);
    this.advanceFailure.set(null);
    this.judging.advance(this.province(), this.contest().id, rule).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.advancing.set(result.advancing);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.advanceFailure.set(toApiProblem(error));
      },
    });
  }

  protected saveSchedule(earliest: string): void {
    if (this.readOnly()) return;
    this.triedSchedule.set(true);
    this.scheduleSaved.set(false);
    this.scheduleFailure.set(null);
    if (scheduleProblems(this.rows(), earliest).length > 0) return;
    this.busy.set(true);
    this.judging.saveDefenceSchedule(this.province(), this.contest().id, slotInputs(this.rows())).subscribe({
      next: (schedule) => {
        this.busy.set(false);
        this.triedSchedule.set(false);
        this.scheduleSaved.set(true);
        this.schedule.set(schedule);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.scheduleFailure.set(toApiProblem(error));
      },
    });
  }
}
