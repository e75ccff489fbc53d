import { Directive, input, model } from '@angular/core';
import { problemsAt, type FieldProblem } from '@cchc/portal-data-access';
import { numberOrNull } from '@cchc/portal-util';
import type { ContestForm } from '../contest-form';

/** What every step of the contest wizard has: the form it edits and the problems to show next to its inputs. */
@Directive()
export abstract class WizardStep {
  readonly form = model.required<ContestForm>();
  readonly problems = input<readonly FieldProblem[]>([]);
  protected readonly numberOrNull = numberOrNull;

  protected patch(changes: Partial<ContestForm>): void {
    this.form.update((form) => ({ ...form, ...changes }));
  }

  protected at(path: string): FieldProblem[] {
    return problemsAt(this.problems(), path);
  }
}
