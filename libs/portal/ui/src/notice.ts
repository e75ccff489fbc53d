import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A boxed message; an error is announced at once (role alert), information is not. */
@Component({
  selector: 'cchc-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'cchc-notice',
    '[class.error]': "tone() === 'error'",
    '[attr.role]': "tone() === 'error' ? 'alert' : null",
  },
  template: `
    @if (heading()) {
      <p class="heading">{{ heading() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      margin: var(--space-4) 0;
      padding: var(--space-3) var(--space-4);
      border: 1px solid var(--color-border);
      border-left: 0.375rem solid var(--color-info);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    :host(.error) {
      border-left-color: var(--color-danger);
      background: var(--color-danger-surface);
    }
    .heading {
      margin: 0 0 var(--space-2);
      font-weight: 700;
    }
  `,
})
export class Notice {
  readonly tone = input<'info' | 'error'>('info');
  readonly heading = input<string | null>(null);
}
