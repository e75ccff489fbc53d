import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { FieldProblems } from './field-problems';
import type { ShownFieldProblem } from './problem';
import type { Option } from './translated-options';

/** Several choices of a list under one legend; `value` keeps the chosen ones in the order they were chosen. */
@Component({
  selector: 'cchc-checkbox-group',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldProblems],
  template: `
    <fieldset [attr.data-testid]="testId()" [attr.aria-invalid]="problems().length > 0">
      <legend>{{ legend() }}</legend>
      @for (option of options(); track option.value) {
        <label class="check">
          <input
            #box
            type="checkbox"
            [checked]="value().includes(option.value)"
            [attr.data-testid]="testId() + '-' + option.value"
            (change)="toggle(option.value, box.checked)"
          />
          {{ option.label }}
        </label>
      }
      <cchc-field-problems [problems]="problems()" />
    </fieldset>
  `,
})
export class CheckboxGroup {
  readonly legend = input.required<string>();
  readonly options = input.required<readonly Option[]>();
  readonly value = model<readonly string[]>([]);
  /** Its own test id; each box has `<testId>-<value>`. */
  readonly testId = input.required<string>();
  readonly problems = input<readonly ShownFieldProblem[]>([]);

  protected toggle(option: string, on: boolean): void {
    const others = this.value().filter((chosen) => chosen !== option);
    this.value.set(on ? [...others, option] : others);
  }
}
