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
  AGGREGATION_METHODS,
  JudgingClient,
  loadedValue,
  problemsAt,
  remoteResource,
  toApiProblem,
  type AggregationMethod,
  type ApiProblem,
  type Contest,
  type FieldProblem,
} from '@cchc/portal-data-access';
import {
  FieldProblems,
  Notice,
  ProblemNotice,
  RemoteStateView,
  SelectField,
  TextField,
  translatedOptions,
} from '@cchc/portal-ui';
import { PreferencesService } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { moved, settingsDraft, settingsInput, type SettingsDraft } from './settings-form';

const INLINE = /^(aggregation|disagreementShare|roundWeights(\.\d+)?|criterionPriority(\.\d+)?)$/;

/**
 * How the council aggregates and ranks: the method, normalisation, when judges disagree, whether judges see each
 * other's scores before the round closes, the weights of two rounds and the criteria that break ties.
 */
@Component({
  selector: 'cchc-settings-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RemoteStateView,
    Notice,
    ProblemNotice,
    FieldProblems,
    TextField,
    SelectField,
  ],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.settings'">
      <h2>{{ t('title') }}</h2>
      <cchc-remote-state
        [data]="resource.data()"
        testId="settings"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        (retry)="resource.reload()"
      />
      @if (draft(); as draft) {
        @if (usingDefault()) {
          <cchc-notice data-testid="settings-default"
            ><p>{{ t('isDefault') }}</p></cchc-notice
          >
        }
        <form data-testid="settings-form" (submit)="$event.preventDefault(); save()">
          <fieldset class="plain" [disabled]="readOnly() || busy()">
            <section class="panel" aria-labelledby="settings-scores-heading">
              <h3 id="settings-scores-heading">{{ t('scores') }}</h3>
              <div class="form-grid">
                <cchc-select-field
                  [label]="t('aggregation')"
                  [placeholder]="t('choose')"
                  [options]="aggregationOptions()"
                  [required]="true"
                  testId="settings-aggregation"
                  [value]="draft.aggregation"
                  (valueChange)="setAggregation($event)"
                  [problems]="at('aggregation')"
                />
                <cchc-text-field
                  type="number"
                  [label]="t('disagreement')"
                  [hint]="t('disagreementHint')"
                  [min]="1"
                  [max]="100"
                  [step]="0.01"
                  [required]="true"
                  testId="settings-disagreement"
                  [value]="draft.disagreementPercent"
                  (valueChange)="patch({ disagreementPercent: $event })"
                  [problems]="at('disagreementShare')"
                />
              </div>
              <p class="muted">{{ t('aggregationHint') }}</p>
              <label class="check">
                <input
                  #normalise
                  type="checkbox"
                  data-testid="settings-normalise"
                  [checked]="draft.normalise"
                  (change)="patch({ normalise: normalise.checked })"
                />
                {{ t('normalise') }}
              </label>
              <label class="check">
                <input
                  #others
                  type="checkbox"
                  data-testid="settings-show-others"
                  [checked]="draft.showOthersBeforeClose"
                  (change)="patch({ showOthersBeforeClose: others.checked })"
                />
                {{ t('showOthers') }}
              </label>
            </section>

            @if (contest().rounds.length > 1) {
              <section class="panel" aria-labelledby="settings-weights-heading">
                <h3 id="settings-weights-heading">{{ t('weights') }}</h3>
                <p class="muted">{{ t('weightsHint') }}</p>
                <div class="form-grid">
                  <cchc-text-field
                    type="number"
                    [label]="t('round1Weight')"
                    [min]="0"
                    [max]="100"
                    [step]="0.01"
                    [required]="true"
                    testId="settings-round1-weight"
                    [value]="draft.round1Percent"
                    (valueChange)="patch({ round1Percent: $event })"
                    [problems]="at('roundWeights.0')"
                  />
                  <cchc-text-field
                    type="number"
                    [label]="t('round2Weight')"
                    [min]="0"
                    [max]="100"
                    [step]="0.01"
                    [required]="true"
                    testId="settings-round2-weight"
                    [value]="draft.round2Percent"
                    (valueChange)="patch({ round2Percent: $event })"
                    [problems]="at('roundWeights.1')"
                  />
                </div>
                <cchc-field-problems [problems]="exactly('roundWeights')" />
              </section>
            }

            <section class="panel" aria-labelledby="settings-ties-heading">
              <h3 id="settings-ties-heading">{{ t('ties') }}</h3>
              <p class="muted">{{ t('tiesHint') }}</p>
              @if (draft.criterionPriority.length === 0) {
                <p data-testid="settings-ties-empty">{{ t('tiesEmpty') }}</p>
              } @else {
                <ol class="priority" data-testid="settings-ties">
                  @for (
                    key of draft.criterionPriority;
                    track key;
                    let index = $index;
                    let first = $first;
                    let last = $last
                  ) {
                    <li data-testid="settings-tie" [attr.data-key]="key">
                      <span class="name">{{ criterionLabel(key) }}</span>
                      @if (!readOnly()) {
                        <span class="actions">
                          <button
                            type="button"
                            class="button secondary"
                            [disabled]="first"
                            (click)="move(index, -1)"
                          >
                            {{ t('up') }}<span class="visually-hidden">: {{ criterionLabel(key) }}</span>
                          </button>
                          <button
                            type="button"
                            class="button secondary"
                            [disabled]="last"
                            (click)="move(index, 1)"
                          >
                            {{ t('down') }}<span class="visually-hidden">: {{ criterionLabel(key) }}</span>
                          </button>
                          <button type="button" class="button secondary" (click)="removeTie(index)">
                            {{ t('remove') }}<span class="visually-hidden">: {{ criterionLabel(key) }}</span>
                          </button>
                        </span>
                      }
                      <cchc-field-problems [problems]="at('criterionPriority.' + index)" />
                    </li>
                  }
                </ol>
              }
              @if (tieChoices().length > 0 && !readOnly()) {
                <div class="inline-form">
                  <label for="settings-tie-add">{{ t('addTie') }}</label>
                  <select #tie id="settings-tie-add" data-testid="settings-tie-choice">
                    @for (choice of tieChoices(); track choice.key) {
                      <option [value]="choice.key">{{ choice.label }}</option>
                    }
                  </select>
                  <button
                    type="button"
                    class="button secondary"
                    data-testid="settings-tie-add"
                    (click)="addTie(tie.value)"
                  >
                    {{ t('addTieButton') }}
                  </button>
                </div>
              }
            </section>

            @if (!readOnly()) {
              <div class="actions">
                <button type="submit" class="button" data-testid="settings-save">{{ t('save') }}</button>
              </div>
            }
          </fieldset>
        </form>
        @if (saved()) {
          <cchc-notice data-testid="settings-saved"
            ><p role="status">{{ t('saved') }}</p></cchc-notice
          >
        }
        @if (failure(); as problem) {
          <cchc-problem-notice
            [heading]="t('saveFailed')"
            [problem]="problem"
            testId="settings-save"
            [shownInline]="shownInline"
          />
        }
      }
    </ng-container>
  `,
  styles: `
    .priority li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      align-items: center;
      margin-block: var(--space-2);
    }
    .priority .name {
      min-width: 12rem;
      font-weight: 600;
    }
    .priority .actions {
      margin: 0;
    }
  `,
})
export class SettingsPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly readOnly = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contest: this.contest() }),
    ({ province, contest }) =>
      forkJoin({
        settings: this.judging.settings(province, contest.id),
        rubrics: forkJoin(
          contest.rounds.map((_, index) => this.judging.rubric(province, contest.id, index + 1)),
        ),
      }),
  );
  private readonly loaded = computed(() => loadedValue(this.resource.data()));
  protected readonly draft = linkedSignal<SettingsDraft | null>(() => {
    const settings = this.loaded()?.settings;
    return settings ? settingsDraft(settings) : null;
  });
  protected readonly usingDefault = linkedSignal(() => this.loaded()?.settings.isDefault ?? false);
  protected readonly aggregationOptions = translatedOptions(
    AGGREGATION_METHODS,
    'judging.settings.aggregations',
  );
  /** Every criterion of any round, by key, labelled in the reader's language. */
  private readonly criteria = computed(() => {
    const english = this.preferences().language === 'en';
    const labels = new Map<string, string>();
    for (const rubric of this.loaded()?.rubrics ?? []) {
      for (const criterion of rubric.criteria) {
        if (!labels.has(criterion.key))
          labels.set(criterion.key, english ? criterion.labelEn || criterion.labelVi : criterion.labelVi);
      }
    }
    return labels;
  });
  protected readonly tieChoices = computed(() => {
    const chosen = new Set(this.draft()?.criterionPriority ?? []);
    return [...this.criteria()].filter(([key]) => !chosen.has(key)).map(([key, label]) => ({ key, label }));
  });
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  private readonly problems = computed<FieldProblem[]>(() => this.failure()?.errors ?? []);
  protected readonly shownInline = (field: string) => INLINE.test(field);

  protected criterionLabel(key: string): string {
    return this.criteria().get(key) ?? key;
  }

  protected at(path: string): FieldProblem[] {
    return problemsAt(this.problems(), path);
  }

  protected exactly(path: string): FieldProblem[] {
    return this.problems().filter((problem) => problem.field === path);
  }

  protected patch(changes: Partial<SettingsDraft>): void {
    this.saved.set(false);
    this.draft.update((draft) => (draft ? { ...draft, ...changes } : draft));
  }

  protected setAggregation(value: string): void {
    if ((AGGREGATION_METHODS as readonly string[]).includes(value)) {
      this.patch({ aggregation: value as AggregationMethod });
    }
  }

  protected move(index: number, step: -1 | 1): void {
    this.patch({ criterionPriority: moved(this.draft()?.criterionPriority ?? [], index, step) });
  }

  protected removeTie(index: number): void {
    this.patch({
      criterionPriority: (this.draft()?.criterionPriority ?? []).filter((_, each) => each !== index),
    });
  }

  protected addTie(key: string): void {
    if (key) this.patch({ criterionPriority: [...(this.draft()?.criterionPriority ?? []), key] });
  }

  protected save(): void {
    const draft = this.draft();
    if (!draft || this.readOnly()) return;
    this.busy.set(true);
    this.saved.set(false);
    this.failure.set(null);
    this.judging
      .saveSettings(this.province(), this.contest().id, settingsInput(draft, this.contest().rounds.length))
      .subscribe({
        next: (settings) => {
          this.busy.set(false);
          this.saved.set(true);
          this.usingDefault.set(settings.isDefault);
          this.draft.set(settingsDraft(settings));
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(toApiProblem(error));
        },
      });
  }
}
