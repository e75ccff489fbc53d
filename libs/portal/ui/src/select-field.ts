import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { FieldProblems } from './field-problems';
import type { ShownFieldProblem } from './problem';
import type { Option } from './translated-options';

let nextId = 0;

/** One choice of a few, labelled; the placeholder option stands for "not chosen yet" (value ''). */
@Component({
  selector: 'cchc-select-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldProblems],
  host: { class: 'form-field' },
  template: `
    <label [for]="id">
      {{ label() }}
      @if (required()) {
        <span class="required" aria-hidden="true">*</span>
      }
    </label>
    <select
      #box
      [id]="id"
      [required]="required()"
      [attr.aria-invalid]="problems().length > 0"
      [attr.aria-describedby]="problems().length > 0 ? id + '-problems' : null"
      [attr.data-testid]="testId()"
      (change)="value.set(box.value)"
    >
      <option value="" [selected]="!chosen()">{{ placeholder() }}</option>
      @for (option of options(); track option.value) {
        <option [value]="option.value" [selected]="option.value === value()">{{ option.label }}</option>
      }
    </select>
    <cchc-field-problems [id]="id + '-problems'" [problems]="problems()" />
  `,
})
export class SelectField {
  readonly label = input.required<string>();
  readonly options = input.required<readonly Option[]>();
  readonly placeholder = input.required<string>();
  readonly value = model<string>('');
  readonly testId = input.required<string>();
  readonly required = input(false);
  readonly problems = input<readonly ShownFieldProblem[]>([]);

  protected readonly id = `select-field-${++nextId}`;
  protected readonly chosen = computed(() => this.options().some((option) => option.value === this.value()));
}
