import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ContestsClient,
  EntriesClient,
  fieldLabel,
  JudgingClient,
  loadedValue,
  problemsAt,
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Criterion,
  type Entry,
  type FieldProblem,
  type ScoreState,
} from '@cchc/portal-data-access';
import { FieldProblems, Notice, ProblemNotice, RemoteStateView } from '@cchc/portal-ui';
import { AuthSession, PreferencesService, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { catchError, forkJoin, of } from 'rxjs';
import { nullWhenAbsent } from './absent';
import { pointsText } from './judging-numbers';
import { checkSheet, MAX_COMMENT_LENGTH, sheetInput, sheetLock, sheetTexts } from './score-sheet';

/** The parts of the application a judge reads, in the order of the form (authors and unit are never among them). */
const CONTENT_SECTIONS = [
  'currentSituation',
  'solution',
  'novelty',
  'applicationScope',
  'conditionsToApply',
  'benefits',
] as const;

/**
 * A judge scores one assigned entry: the entry (without authors and unit when judging is blind), each criterion of
 * the round with its maximum and guidance, a comment and the running total; saved as a draft or submitted, read-only
 * once the round is closed or the results are final. A judge with a conflict of interest declines to score it.
 */
@Component({
  selector: 'cchc-score-sheet-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RemoteStateView, Notice, ProblemNotice, FieldProblems],
  template: `
    <ng-container *transloco="let t">
      <p>
        <a [routerLink]="['/judging', contestId(), 'my-entries']">{{ t('judging.sheet.back') }}</a>
      </p>
      @if (!data()) {
        <h1>{{ t('judging.sheet.title') }}</h1>
      }
      <cchc-remote-state
        [data]="resource.data()"
        testId="sheet"
        [loadingLabel]="t('judging.sheet.loading')"
        [failedHeading]="t('judging.sheet.loadFailed')"
        (retry)="resource.reload()"
      />
      @if (data(); as data) {
        <h1 data-testid="sheet-entry-title">
          {{ data.mine?.entry?.title ?? data.entry?.title ?? entryId() }}
        </h1>
        <p class="lead">
          {{ t('judging.sheet.inContest', { contest: data.contest.title, round: roundNumber() }) }}
        </p>

        <section class="panel" aria-labelledby="sheet-entry-heading" data-testid="sheet-entry">
          <h2 id="sheet-entry-heading">{{ t('judging.sheet.entry') }}</h2>
          <dl class="facts">
            @if (data.mine; as mine) {
              <dt>{{ t('judging.sheet.field') }}</dt>
              <dd>{{ fieldLabel(data.contest.fields, mine.entry.fieldKey, language()) }}</dd>
              <dt>{{ t('judging.sheet.submittedAt') }}</dt>
              <dd>{{ t('time.at', vietnamTime(mine.entry.submittedAt)) }}</dd>
            }
            @if (data.contest.blindJudging) {
              <dt>{{ t('judging.sheet.authors') }}</dt>
              <dd data-testid="sheet-blind">{{ t('judging.sheet.blind') }}</dd>
            } @else if (data.mine?.entry?.authors; as authors) {
              <dt>{{ t('judging.sheet.authors') }}</dt>
              <dd data-testid="sheet-authors">
                @for (author of authors; track $index; let last = $last) {
                  {{ author.name }}{{ last ? '' : ', ' }}
                }
              </dd>
              <dt>{{ t('judging.sheet.unit') }}</dt>
              <dd data-testid="sheet-unit">{{ unitName(data.mine?.entry?.unitId ?? null) }}</dd>
            }
          </dl>
          @if (data.entry; as entry) {
            @for (section of sections; track section) {
              @if (entry.content[section]; as text) {
                <h3>{{ t('entry.sections.' + section) }}</h3>
                <p class="content-text">{{ text }}</p>
              }
            }
          }
        </section>

        @if (!data.mine) {
          <cchc-notice data-testid="sheet-not-assigned"
            ><p>{{ t('judging.sheet.notAssigned', { round: roundNumber() }) }}</p></cchc-notice
          >
        } @else if (recused()) {
          <cchc-notice data-testid="sheet-recused"
            ><p role="status">{{ t('judging.recusal.done') }}</p></cchc-notice
          >
        } @else {
          @if (lock(); as locked) {
            <cchc-notice data-testid="sheet-locked" [attr.data-lock]="locked"
              ><p>{{ t('judging.sheet.locked.' + locked) }}</p></cchc-notice
            >
          }
          <form data-testid="sheet-form" (submit)="$event.preventDefault(); save('submitted')">
            <fieldset class="plain" [disabled]="busy() !== null">
              <section class="panel" aria-labelledby="sheet-criteria-heading">
                <h2 id="sheet-criteria-heading">{{ t('judging.sheet.criteria') }}</h2>
                <p class="muted">{{ t('judging.sheet.criteriaHint') }}</p>
                @for (criterion of criteria(); track criterion.key; let index = $index) {
                  <div
                    class="form-field criterion"
                    data-testid="sheet-criterion"
                    [attr.data-key]="criterion.key"
                    [attr.data-problem]="shownProblem(index)"
                  >
                    <label [for]="'points-' + criterion.key">{{ labelOf(criterion) }}</label>
                    <p class="hint" [id]="'points-' + criterion.key + '-max'">
                      {{ t('judging.sheet.max', { max: pointsText(criterion.maxPoints, language()) }) }}
                      @if (criterion.weight !== undefined) {
                        {{
                          t('judging.sheet.weight', {
                            weight: pointsText(criterion.weight * 100, language()),
                          })
                        }}
                      }
                    </p>
                    @if (guidanceOf(criterion); as guidance) {
                      <p class="hint guidance" [id]="'points-' + criterion.key + '-guidance'">
                        {{ guidance }}
                      </p>
                    }
                    <!-- Text with a decimal keypad rather than type=number, so that "7,5" as Vietnamese write it is read. -->
                    <input
                      #box
                      type="text"
                      inputmode="decimal"
                      autocomplete="off"
                      class="points"
                      [id]="'points-' + criterion.key"
                      [value]="texts()[criterion.key] ?? ''"
                      [readOnly]="!!lock()"
                      [attr.aria-invalid]="
                        shownProblem(index) !== null || at('points.' + criterion.key).length > 0
                      "
                      [attr.aria-describedby]="describedBy(criterion)"
                      data-testid="sheet-points"
                      (input)="setPoints(criterion.key, box.value)"
                    />
                    @if (shownProblem(index); as problem) {
                      <p
                        class="danger problem"
                        [id]="'points-' + criterion.key + '-problem'"
                        data-testid="sheet-points-problem"
                      >
                        {{
                          t('judging.sheet.problems.' + problem, {
                            max: pointsText(criterion.maxPoints, language()),
                          })
                        }}
                      </p>
                    }
                    <cchc-field-problems [problems]="at('points.' + criterion.key)" />
                  </div>
                }
                <p
                  class="total"
                  aria-live="polite"
                  data-testid="sheet-total"
                  [attr.data-total]="check().total"
                >
                  {{
                    t('judging.sheet.total', {
                      total: pointsText(check().total, language()),
                      max: pointsText(check().maxTotal, language()),
                      filled: check().filled,
                      count: criteria().length,
                    })
                  }}
                </p>
              </section>

              <section class="panel" aria-labelledby="sheet-comment-heading">
                <h2 id="sheet-comment-heading">{{ t('judging.sheet.commentHeading') }}</h2>
                <div class="form-field">
                  <label for="sheet-comment">{{ t('judging.sheet.comment') }}</label>
                  <textarea
                    #note
                    id="sheet-comment"
                    rows="5"
                    [attr.maxlength]="maxComment"
                    [value]="comment()"
                    [readOnly]="!!lock()"
                    [attr.aria-invalid]="check().commentTooLong"
                    data-testid="sheet-comment"
                    (input)="setComment(note.value)"
                  ></textarea>
                  <cchc-field-problems [problems]="at('comment')" />
                </div>
              </section>

              @if (!lock()) {
                <div class="actions">
                  <button
                    type="button"
                    class="button secondary"
                    data-testid="sheet-save-draft"
                    (click)="save('draft')"
                  >
                    {{ t('judging.sheet.saveDraft') }}
                  </button>
                  <button type="submit" class="button" data-testid="sheet-submit">
                    {{ t('judging.sheet.submit') }}
                  </button>
                </div>
              }
            </fieldset>
          </form>
          @if (savedState(); as state) {
            <p class="muted" data-testid="sheet-state" [attr.data-state]="state">
              {{ t('judging.sheet.state.' + state) }}
            </p>
          }
          @if (done(); as outcome) {
            <cchc-notice data-testid="sheet-done" [attr.data-outcome]="outcome"
              ><p role="status">{{ t('judging.sheet.done.' + outcome) }}</p></cchc-notice
            >
          }
          @if (failure(); as problem) {
            <cchc-problem-notice
              [heading]="t('judging.sheet.failed')"
              [problem]="problem"
              testId="sheet-save"
              [shownInline]="shownInline"
            />
          }

          @if (!lock()) {
            <section class="panel" aria-labelledby="recusal-heading" data-testid="recusal">
              <h2 id="recusal-heading">{{ t('judging.recusal.title') }}</h2>
              @if (recusing()) {
                <form (submit)="$event.preventDefault(); recuse(reason.value)">
                  <div class="form-field">
                    <label for="recusal-reason">{{ t('judging.recusal.reason') }}</label>
                    <p class="hint" id="recusal-reason-hint">{{ t('judging.recusal.hint') }}</p>
                    <textarea
                      #reason
                      id="recusal-reason"
                      rows="3"
                      required
                      maxlength="1000"
                      aria-describedby="recusal-reason-hint"
                      data-testid="recusal-reason"
                    ></textarea>
                  </div>
                  <div class="actions">
                    <button
                      type="submit"
                      class="button"
                      [disabled]="busy() !== null"
                      data-testid="recusal-confirm"
                    >
                      {{ t('judging.recusal.confirm') }}
                    </button>
                    <button type="button" class="button secondary" (click)="recusing.set(false)">
                      {{ t('judging.recusal.cancel') }}
                    </button>
                  </div>
                </form>
              } @else {
                <p class="muted">{{ t('judging.recusal.intro') }}</p>
                <button
                  type="button"
                  class="button secondary"
                  data-testid="recusal-open"
                  (click)="recusing.set(true)"
                >
                  {{ t('judging.recusal.open') }}
                </button>
              }
              @if (recusalFailure(); as problem) {
                <cchc-problem-notice
                  [heading]="t('judging.recusal.failed')"
                  [problem]="problem"
                  testId="recusal"
                />
              }
            </section>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .points {
      width: 8rem;
      font-variant-numeric: tabular-nums;
    }
    .criterion {
      padding-block: var(--space-3);
      border-bottom: 1px solid var(--color-border);
    }
    .guidance {
      white-space: pre-line;
    }
    .problem {
      margin: var(--space-1) 0 0;
      font-weight: 600;
    }
    .total {
      font-size: 1.25rem;
      font-weight: 700;
    }
    .content-text {
      white-space: pre-line;
    }
  `,
})
export class ScoreSheetPage {
  readonly contestId = input.required<string>();
  readonly round = input.required<string>();
  readonly entryId = input.required<string>();

  private readonly judging = inject(JudgingClient);
  private readonly contests = inject(ContestsClient);
  private readonly entries = inject(EntriesClient);
  private readonly registry = inject(RegistryClient);
  private readonly province = inject(AuthSession).user.province;
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  protected readonly roundNumber = computed(() => Number(this.round()) || 1);

  protected readonly resource = remoteResource(
    () =>
      this.province
        ? {
            province: this.province,
            contestId: this.contestId(),
            round: this.roundNumber(),
            entryId: this.entryId(),
          }
        : null,
    ({ province, contestId, round, entryId }) =>
      forkJoin({
        contest: this.contests.get(province, contestId),
        rubric: this.judging.rubric(province, contestId, round),
        state: this.judging.round(province, contestId, round),
        mine: this.judging.myEntries(province, contestId, round),
        score: nullWhenAbsent(this.judging.score(province, contestId, round, entryId)),
        // The application's text, which council members may read; the sheet works without it.
        entry: this.entries.get(province, entryId).pipe(catchError(() => of<Entry | null>(null))),
        units: this.registry.units(province).pipe(catchError(() => of([]))),
      }),
  );
  protected readonly data = computed(() => {
    const loaded = loadedValue(this.resource.data());
    if (!loaded) return null;
    return { ...loaded, mine: loaded.mine.find((mine) => mine.entry.id === this.entryId()) ?? null };
  });
  protected readonly criteria = computed<Criterion[]>(() => this.data()?.rubric.criteria ?? []);
  protected readonly texts = linkedSignal<Record<string, string>>(() =>
    sheetTexts(this.criteria(), this.data()?.score ?? null),
  );
  protected readonly comment = linkedSignal(() => this.data()?.score?.comment ?? '');
  protected readonly savedState = linkedSignal<ScoreState | null>(() => this.data()?.score?.state ?? null);
  protected readonly check = computed(() => checkSheet(this.criteria(), this.texts(), this.comment()));
  /** Set once the judge tried to submit: then empty criteria are named too. */
  private readonly triedSubmit = signal(false);
  protected readonly busy = signal<ScoreState | 'recusal' | null>(null);
  protected readonly done = signal<ScoreState | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly recusing = signal(false);
  protected readonly recused = signal(false);
  protected readonly recusalFailure = signal<ApiProblem | null>(null);
  protected readonly lock = computed(() => {
    const data = this.data();
    return sheetLock(
      data?.state.status ?? 'not-open',
      false,
      (this.failure()?.errors ?? []).map((e) => e.code),
    );
  });
  private readonly problems = computed<FieldProblem[]>(() => this.failure()?.errors ?? []);
  protected readonly shownInline = (field: string) => /^(points\..+|comment)$/.test(field);
  protected readonly sections = CONTENT_SECTIONS;
  protected readonly maxComment = MAX_COMMENT_LENGTH;
  protected readonly pointsText = pointsText;
  protected readonly fieldLabel = fieldLabel;
  protected readonly vietnamTime = vietnamTime;

  protected labelOf(criterion: Criterion): string {
    return this.language() === 'en' && criterion.labelEn ? criterion.labelEn : criterion.labelVi;
  }

  protected guidanceOf(criterion: Criterion): string | null {
    const guidance =
      this.language() === 'en' ? criterion.guidanceEn || criterion.guidanceVi : criterion.guidanceVi;
    return guidance?.trim() || null;
  }

  protected unitName(unitId: string | null): string {
    if (!unitId) return '—';
    return this.data()?.units.find((unit) => unit.id === unitId)?.name ?? unitId;
  }

  /** A line's problem as shown: wrong values at once, empty criteria only once the judge tried to submit. */
  protected shownProblem(index: number): string | null {
    const problem = this.check().lines[index]?.problem ?? null;
    if (problem === 'missing') return this.triedSubmit() ? problem : null;
    return problem;
  }

  protected describedBy(criterion: Criterion): string {
    const id = `points-${criterion.key}`;
    const index = this.criteria().indexOf(criterion);
    return [
      `${id}-max`,
      this.guidanceOf(criterion) ? `${id}-guidance` : null,
      this.shownProblem(index) ? `${id}-problem` : null,
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected at(path: string): FieldProblem[] {
    return problemsAt(this.problems(), path);
  }

  protected setPoints(key: string, text: string): void {
    this.done.set(null);
    this.texts.update((texts) => ({ ...texts, [key]: text }));
  }

  protected setComment(text: string): void {
    this.done.set(null);
    this.comment.set(text);
  }

  protected save(state: ScoreState): void {
    const data = this.data();
    if (!data || !this.province || this.lock()) return;
    if (state === 'submitted') this.triedSubmit.set(true);
    const check = this.check();
    if (!(state === 'submitted' ? check.submittable : check.savable)) return;
    this.busy.set(state);
    this.done.set(null);
    this.failure.set(null);
    this.judging
      .saveScore(
        this.province,
        this.contestId(),
        this.roundNumber(),
        this.entryId(),
        sheetInput(check, this.comment(), state),
      )
      .subscribe({
        next: (score) => {
          this.busy.set(null);
          this.savedState.set(score.state);
          this.done.set(score.state);
        },
        error: (error: unknown) => {
          this.busy.set(null);
          this.failure.set(toApiProblem(error));
        },
      });
  }

  protected recuse(reason: string): void {
    if (!this.province || !reason.trim()) return;
    this.busy.set('recusal');
    this.recusalFailure.set(null);
    this.judging.recuse(this.province, this.contestId(), this.entryId(), reason.trim()).subscribe({
      next: () => {
        this.busy.set(null);
        this.recusing.set(false);
        this.recused.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.recusalFailure.set(toApiProblem(error));
      },
    });
  }
}
