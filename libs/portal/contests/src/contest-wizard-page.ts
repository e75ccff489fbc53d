import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  linkedSignal,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import {
  ContestsClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Contest,
  type FieldProblem,
} from '@cchc/portal-data-access';
import { ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { AuthSession, vietnamDate } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import {
  contestFormOf,
  contestInputOf,
  formProblems,
  newContestForm,
  stepOfField,
  stepProblems,
  WIZARD_STEPS,
  type ContestForm,
  type WizardStep,
} from './contest-form';
import { WizardEligibilityStep } from './wizard/eligibility-step';
import { WizardFieldsStep } from './wizard/fields-step';
import { WizardPlanStep } from './wizard/plan-step';
import { WizardQuotaStep } from './wizard/quota-step';
import { WizardRoundsStep } from './wizard/rounds-step';
import { WizardTimelineStep } from './wizard/timeline-step';

/**
 * Defines a contest step by step, checking each step before the next, and creates it as a draft (or saves a draft,
 * e.g. one copied from last year). The service checks everything again; its problems lead back to their step.
 */
@Component({
  selector: 'cchc-contest-wizard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    ProgressIndicator,
    ProblemNotice,
    WizardPlanStep,
    WizardFieldsStep,
    WizardEligibilityStep,
    WizardQuotaStep,
    WizardTimelineStep,
    WizardRoundsStep,
  ],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ id() ? t('wizard.editTitle') : t('wizard.newTitle') }}</h1>
      @if (existing.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('wizard.loading')" data-testid="wizard-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('wizard.loadFailed')"
            [problem]="loaded.problem"
            testId="wizard-load"
            [retryable]="true"
            (retry)="existing.reload()"
          />
        }
      }
      @if (ready()) {
        <nav [attr.aria-label]="t('wizard.stepsLabel')">
          <ol class="wizard-steps">
            @for (step of steps; track step; let index = $index) {
              <li>
                <button
                  type="button"
                  [attr.aria-current]="step === current() ? 'step' : null"
                  [attr.data-testid]="'wizard-step-' + step"
                  [attr.data-problems]="problemSteps().has(step)"
                  (click)="goTo(step)"
                >
                  {{ index + 1 }}. {{ t('wizard.steps.' + step) }}
                  @if (problemSteps().has(step)) {
                    <span class="visually-hidden">({{ t('wizard.stepHasProblems') }})</span>
                  }
                </button>
              </li>
            }
          </ol>
        </nav>
        <section class="wizard-panel" data-testid="contest-wizard" [attr.data-step]="current()">
          <h2 #stepHeading tabindex="-1">
            {{ t('wizard.stepOf', { number: stepIndex() + 1, count: steps.length }) }}:
            {{ t('wizard.steps.' + current()) }}
          </h2>
          @switch (current()) {
            @case ('plan') {
              <cchc-wizard-plan-step [(form)]="form" [problems]="shownProblems()" />
            }
            @case ('fields') {
              <cchc-wizard-fields-step [(form)]="form" [problems]="shownProblems()" />
            }
            @case ('eligibility') {
              <cchc-wizard-eligibility-step [(form)]="form" [problems]="shownProblems()" />
            }
            @case ('quota') {
              <cchc-wizard-quota-step [(form)]="form" [problems]="shownProblems()" />
            }
            @case ('timeline') {
              <cchc-wizard-timeline-step [(form)]="form" [problems]="shownProblems()" />
            }
            @case ('rounds') {
              <cchc-wizard-rounds-step [(form)]="form" [problems]="shownProblems()" />
            }
          }
          @if (saveProblem(); as problem) {
            <cchc-problem-notice
              [heading]="t('wizard.saveFailed')"
              [problem]="problem"
              [shownInline]="isOnAStep"
              testId="wizard-save"
            />
          }
          <div class="actions">
            @if (stepIndex() > 0) {
              <button type="button" class="button secondary" data-testid="wizard-back" (click)="move(-1)">
                {{ t('wizard.back') }}
              </button>
            }
            @if (stepIndex() < steps.length - 1) {
              <button type="button" class="button" data-testid="wizard-next" (click)="move(1)">
                {{ t('wizard.next') }}
              </button>
            } @else {
              <button
                type="button"
                class="button"
                data-testid="wizard-save"
                [disabled]="saving()"
                (click)="save()"
              >
                {{ id() ? t('wizard.saveDraft') : t('wizard.create') }}
              </button>
            }
          </div>
        </section>
      }
    </ng-container>
  `,
})
export class ContestWizardPage {
  /** The draft being edited (/contests/:id/edit); a new contest without it. */
  readonly id = input<string>();

  private readonly contests = inject(ContestsClient);
  private readonly router = inject(Router);
  private readonly province = inject(AuthSession).user.province;
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  protected readonly steps = WIZARD_STEPS;
  protected readonly isOnAStep = (field: string) => stepOfField(field) !== null;
  protected readonly existing = remoteResource(
    () => (this.province && this.id() ? { province: this.province, id: this.id()! } : null),
    ({ province, id }) => this.contests.get(province, id),
  );
  protected readonly ready = computed(() => !this.id() || this.existing.data()?.state === 'loaded');
  protected readonly form = linkedSignal<ContestForm>(() => {
    const loaded = this.existing.data();
    return loaded?.state === 'loaded'
      ? contestFormOf(loaded.value)
      : newContestForm(Number(vietnamDate(Date.now()).slice(0, 4)));
  });
  protected readonly current = signal<WizardStep>('plan');
  protected readonly stepIndex = computed(() => this.steps.indexOf(this.current()));
  /** Problems are shown once the user tried to leave a step or to save, not while they are still typing. */
  private readonly checked = signal<ReadonlySet<WizardStep>>(new Set());
  protected readonly saving = signal(false);
  protected readonly saveProblem = signal<ApiProblem | null>(null);
  private readonly clientProblems = computed(() =>
    [...this.checked()].flatMap((step) => stepProblems(this.form(), step)),
  );
  protected readonly shownProblems = computed<FieldProblem[]>(() => [
    ...this.clientProblems(),
    ...(this.saveProblem()?.errors ?? []),
  ]);
  protected readonly problemSteps = computed(
    () => new Set(this.shownProblems().map((problem) => stepOfField(problem.field))),
  );

  protected goTo(step: WizardStep): void {
    this.current.set(step);
    // The new step's heading takes the focus, so keyboard and screen reader users start reading the new inputs.
    queueMicrotask(() => this.stepHeading()?.nativeElement.focus());
  }

  protected move(by: 1 | -1): void {
    const step = this.current();
    if (by === 1) {
      this.checked.update((steps) => new Set([...steps, step]));
      if (stepProblems(this.form(), step).length > 0) return;
    }
    const next = this.steps[this.stepIndex() + by];
    if (next) this.goTo(next);
  }

  protected save(): void {
    const province = this.province;
    if (!province) return;
    this.checked.set(new Set(this.steps));
    this.saveProblem.set(null);
    const first = formProblems(this.form())[0];
    if (first) {
      this.goTo(stepOfField(first.field) ?? this.current());
      return;
    }
    const input = contestInputOf(this.form());
    const id = this.id();
    const call: Observable<Contest> = id
      ? this.contests.update(province, id, input)
      : this.contests.create(province, input);
    this.saving.set(true);
    call.subscribe({
      next: (contest) => void this.router.navigate(['/contests', contest.id]),
      error: (error: unknown) => {
        const problem = toApiProblem(error);
        this.saving.set(false);
        this.saveProblem.set(problem);
        const step = problem.errors.map((each) => stepOfField(each.field)).find((each) => each !== null);
        if (step) this.goTo(step);
      },
    });
  }
}
