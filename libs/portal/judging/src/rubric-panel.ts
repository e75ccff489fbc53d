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
  type ApiProblem,
  type Contest,
  type FieldProblem,
} from '@cchc/portal-data-access';
import { FieldProblems, Notice, ProblemNotice, RemoteStateView, TextField } from '@cchc/portal-ui';
import { PreferencesService } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { pointsText } from './judging-numbers';
import { RoundPicker } from './round-picker';
import {
  blankCriterion,
  checkRubric,
  criteriaInput,
  criterionDrafts,
  DEFAULT_CRITERIA,
  keyFromLabel,
  type CriterionDraft,
} from './rubric-form';

/** The criteria of one round (thang điểm): key, labels, maximum, optional weight and guidance, with the totals. */
@Component({
  selector: 'cchc-rubric-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RemoteStateView,
    Notice,
    ProblemNotice,
    FieldProblems,
    TextField,
    RoundPicker,
  ],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.rubric'">
      <h2>{{ t('title', { round: round() }) }}</h2>
      <cchc-round-picker [roundCount]="contest().rounds.length" [current]="round()" />
      <cchc-remote-state
        [data]="resource.data()"
        testId="rubric"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        (retry)="resource.reload()"
      />
      @if (loaded(); as rubric) {
        @if (usingDefault()) {
          <cchc-notice data-testid="rubric-default" [attr.data-default]="true"
            ><p>{{ t('isDefault') }}</p></cchc-notice
          >
        }
        <form data-testid="rubric-form" (submit)="$event.preventDefault(); save()">
          <fieldset class="plain" [disabled]="readOnly() || busy()">
            @for (
              criterion of drafts();
              track $index;
              let index = $index;
              let first = $first;
              let last = $last
            ) {
              <fieldset
                class="panel criterion"
                data-testid="rubric-criterion"
                [attr.data-key]="criterion.key"
              >
                <legend>{{ t('criterion', { number: index + 1, label: criterion.labelVi }) }}</legend>
                <div class="form-grid">
                  <cchc-text-field
                    [label]="t('labelVi')"
                    [required]="true"
                    [maxLength]="300"
                    testId="criterion-label-vi"
                    [value]="criterion.labelVi"
                    (valueChange)="setLabelVi(index, $event)"
                    [problems]="at('criteria.' + index + '.labelVi')"
                  />
                  <cchc-text-field
                    [label]="t('labelEn')"
                    [maxLength]="300"
                    testId="criterion-label-en"
                    [value]="criterion.labelEn"
                    (valueChange)="patch(index, { labelEn: $event })"
                    [problems]="at('criteria.' + index + '.labelEn')"
                  />
                  <cchc-text-field
                    [label]="t('key')"
                    [hint]="t('keyHint')"
                    [required]="true"
                    [maxLength]="64"
                    testId="criterion-key"
                    [value]="criterion.key"
                    (valueChange)="patch(index, { key: $event })"
                    [problems]="at('criteria.' + index + '.key')"
                  />
                  <cchc-text-field
                    type="number"
                    [label]="t('maxPoints')"
                    [required]="true"
                    [min]="0"
                    [step]="0.01"
                    testId="criterion-max"
                    [value]="criterion.maxPoints"
                    (valueChange)="patch(index, { maxPoints: $event })"
                    [problems]="at('criteria.' + index + '.maxPoints')"
                  />
                  <cchc-text-field
                    type="number"
                    [label]="t('weight')"
                    [hint]="t('weightHint')"
                    [min]="0"
                    [max]="100"
                    [step]="0.01"
                    testId="criterion-weight"
                    [value]="criterion.weight"
                    (valueChange)="patch(index, { weight: $event })"
                    [problems]="at('criteria.' + index + '.weight')"
                  />
                  <cchc-text-field
                    class="wide"
                    [label]="t('guidanceVi')"
                    [rows]="3"
                    [maxLength]="5000"
                    testId="criterion-guidance-vi"
                    [value]="criterion.guidanceVi"
                    (valueChange)="patch(index, { guidanceVi: $event })"
                    [problems]="at('criteria.' + index + '.guidanceVi')"
                  />
                  <cchc-text-field
                    class="wide"
                    [label]="t('guidanceEn')"
                    [rows]="3"
                    [maxLength]="5000"
                    testId="criterion-guidance-en"
                    [value]="criterion.guidanceEn"
                    (valueChange)="patch(index, { guidanceEn: $event })"
                    [problems]="at('criteria.' + index + '.guidanceEn')"
                  />
                </div>
                <cchc-field-problems [problems]="exactly('criteria.' + index)" />
                @if (!readOnly()) {
                  <div class="actions">
                    <button
                      type="button"
                      class="button secondary"
                      [disabled]="first"
                      (click)="move(index, -1)"
                    >
                      {{ t('up') }}<span class="visually-hidden">: {{ criterion.labelVi }}</span>
                    </button>
                    <button type="button" class="button secondary" [disabled]="last" (click)="move(index, 1)">
                      {{ t('down') }}<span class="visually-hidden">: {{ criterion.labelVi }}</span>
                    </button>
                    <button
                      type="button"
                      class="button secondary"
                      data-testid="criterion-remove"
                      (click)="remove(index)"
                    >
                      {{ t('remove') }}<span class="visually-hidden">: {{ criterion.labelVi }}</span>
                    </button>
                  </div>
                }
              </fieldset>
            }
            <p class="totals" data-testid="rubric-totals" [attr.data-total]="check().totalMax">
              {{ t('totalMax', { total: pointsText(check().totalMax, language()) }) }}
              @if (check().weightTotal !== null) {
                <span [class.danger]="check().weightTotal !== 100" data-testid="rubric-weight-total">
                  {{ t('weightTotal', { total: pointsText(check().weightTotal ?? 0, language()) }) }}
                </span>
              }
            </p>
            <cchc-field-problems [problems]="exactly('criteria')" />
            @if (!readOnly()) {
              <div class="actions">
                <button
                  type="button"
                  class="button secondary"
                  data-testid="criterion-add"
                  (click)="addCriterion()"
                >
                  {{ t('add') }}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  data-testid="rubric-use-default"
                  (click)="useDefault()"
                >
                  {{ t('useDefault') }}
                </button>
                <button type="submit" class="button" data-testid="rubric-save">{{ t('save') }}</button>
              </div>
            }
          </fieldset>
        </form>
        @if (saved()) {
          <cchc-notice data-testid="rubric-saved"
            ><p role="status">{{ t('saved', { round: rubric.round }) }}</p></cchc-notice
          >
        }
        @if (failure(); as problem) {
          <cchc-problem-notice
            [heading]="t('saveFailed')"
            [problem]="problem"
            testId="rubric-save"
            [shownInline]="shownInline"
          />
        }
      }
    </ng-container>
  `,
  styles: `
    .criterion legend {
      font-weight: 700;
    }
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-4);
      font-weight: 700;
    }
  `,
})
export class RubricPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly round = input.required<number>();
  readonly readOnly = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id, round: this.round() }),
    ({ province, contestId, round }) => this.judging.rubric(province, contestId, round),
  );
  protected readonly loaded = computed(() => loadedValue(this.resource.data()));
  protected readonly drafts = linkedSignal<CriterionDraft[]>(() =>
    criterionDrafts(this.loaded()?.criteria ?? []),
  );
  /** The service's default is in use until a rubric is saved. */
  protected readonly usingDefault = linkedSignal(() => this.loaded()?.isDefault ?? false);
  protected readonly check = computed(() => checkRubric(this.drafts()));
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  /** The editor's own findings, shown once a save was tried, then the service's. */
  private readonly tried = signal(false);
  private readonly problems = computed<FieldProblem[]>(() => [
    ...(this.tried()
      ? this.check().problems.map((problem) => ({ ...problem, message: problem.code, messageVi: null }))
      : []),
    ...(this.failure()?.errors ?? []),
  ]);
  protected readonly shownInline = (field: string) => /^criteria(\.\d+(\..*)?)?$/.test(field);
  protected readonly pointsText = pointsText;

  protected at(path: string): FieldProblem[] {
    return problemsAt(this.problems(), path);
  }

  protected exactly(path: string): FieldProblem[] {
    return this.problems().filter((problem) => problem.field === path);
  }

  protected patch(index: number, changes: Partial<CriterionDraft>): void {
    this.saved.set(false);
    this.drafts.update((drafts) =>
      drafts.map((draft, each) => (each === index ? { ...draft, ...changes } : draft)),
    );
  }

  /** The key follows the Vietnamese label while it was made from it (or is empty). */
  protected setLabelVi(index: number, labelVi: string): void {
    const draft = this.drafts()[index];
    if (!draft) return;
    const follows = draft.key === '' || draft.key === keyFromLabel(draft.labelVi);
    this.patch(index, { labelVi, ...(follows ? { key: keyFromLabel(labelVi) } : {}) });
  }

  protected move(index: number, step: -1 | 1): void {
    const drafts = [...this.drafts()];
    const target = index + step;
    if (target < 0 || target >= drafts.length) return;
    [drafts[index], drafts[target]] = [drafts[target]!, drafts[index]!];
    this.drafts.set(drafts);
  }

  protected remove(index: number): void {
    this.drafts.update((drafts) => drafts.filter((_, each) => each !== index));
  }

  protected addCriterion(): void {
    this.drafts.update((drafts) => [...drafts, blankCriterion()]);
  }

  protected useDefault(): void {
    this.saved.set(false);
    this.drafts.set(criterionDrafts(DEFAULT_CRITERIA));
  }

  protected save(): void {
    if (this.readOnly()) return;
    this.tried.set(true);
    this.saved.set(false);
    this.failure.set(null);
    if (this.check().problems.length > 0) return;
    this.busy.set(true);
    this.judging
      .saveRubric(this.province(), this.contest().id, this.round(), criteriaInput(this.drafts()))
      .subscribe({
        next: (rubric) => {
          this.busy.set(false);
          this.saved.set(true);
          this.tried.set(false);
          this.usingDefault.set(rubric.isDefault);
          this.drafts.set(criterionDrafts(rubric.criteria));
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(toApiProblem(error));
        },
      });
  }
}
