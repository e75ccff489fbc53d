import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { FieldProblems } from './field-problems';
import type { ShownFieldProblem } from './problem';

let nextId = 0;

/**
 * A labelled text input (or text area when `rows` > 1) with its hint and broken rules, which it names as its
 * description so screen readers read them with the field.
 */
@Component({
  selector: 'cchc-text-field',
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
    @if (hint()) {
      <p class="hint" [id]="id + '-hint'">{{ hint() }}</p>
    }
    @if (rows() > 1) {
      <textarea
        #box
        [id]="id"
        [rows]="rows()"
        [value]="value()"
        [required]="required()"
        [attr.maxlength]="maxLength()"
        [attr.aria-invalid]="problems().length > 0"
        [attr.aria-describedby]="describedBy()"
        [attr.data-testid]="testId()"
        (input)="value.set(box.value)"
      ></textarea>
    } @else {
      <input
        #box
        [id]="id"
        [type]="type()"
        [value]="value()"
        [required]="required()"
        [attr.min]="min()"
        [attr.max]="max()"
        [attr.step]="step()"
        [attr.maxlength]="maxLength()"
        [attr.inputmode]="type() === 'number' ? 'decimal' : null"
        [attr.aria-invalid]="problems().length > 0"
        [attr.aria-describedby]="describedBy()"
        [attr.data-testid]="testId()"
        (input)="value.set(box.value)"
      />
    }
    <cchc-field-problems [id]="id + '-problems'" [problems]="problems()" />
  `,
})
export class TextField {
  readonly label = input.required<string>();
  readonly value = model<string>('');
  readonly testId = input.required<string>();
  readonly type = input<'text' | 'number' | 'date' | 'datetime-local'>('text');
  /** More than one makes it a text area of that many lines. */
  readonly rows = input(1);
  readonly required = input(false);
  readonly hint = input<string | null>(null);
  readonly min = input<string | number | null>(null);
  readonly max = input<string | number | null>(null);
  readonly step = input<string | number | null>(null);
  readonly maxLength = input<number | null>(null);
  readonly problems = input<readonly ShownFieldProblem[]>([]);

  protected readonly id = `text-field-${++nextId}`;
  protected readonly describedBy = computed(
    () =>
      [this.hint() ? `${this.id}-hint` : null, this.problems().length > 0 ? `${this.id}-problems` : null]
        .filter(Boolean)
        .join(' ') || null,
  );
}
