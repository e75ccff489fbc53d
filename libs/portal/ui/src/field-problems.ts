import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { fieldProblemText, type ShownFieldProblem } from './problem';

/** The broken rules of a field (or of a whole request), each in the reader's language. */
@Component({
  selector: 'cchc-field-problems',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field-problems' },
  template: `
    @if (lines().length > 0) {
      <ul>
        @for (line of lines(); track $index) {
          <li [attr.data-field]="line.field" [attr.data-code]="line.code">{{ line.text }}</li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      margin: var(--space-1) 0 0;
      padding-inline-start: 1.25rem;
      color: var(--color-danger);
      font-weight: 600;
    }
  `,
})
export class FieldProblems {
  readonly problems = input.required<readonly ShownFieldProblem[]>();
  /** Values for the placeholders of the portal's own texts (e.g. the deadline). */
  readonly params = input<Record<string, string>>({});

  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  protected readonly lines = computed(() => {
    const language = this.language();
    const translation = this.transloco.getTranslation(language);
    return this.problems().map((problem) => {
      const shown = fieldProblemText(problem, language, (key) => typeof translation[key] === 'string');
      return {
        field: problem.field,
        code: problem.code,
        text: 'key' in shown ? this.transloco.translate(shown.key, this.params(), language) : shown.text,
      };
    });
  });
}
