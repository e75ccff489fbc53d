import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { ShownProblem } from './problem';
import { ProblemNotice } from './problem-notice';

let nextId = 0;

/**
 * Asks to confirm an action that cannot be undone, saying what it does. A modal dialog: it keeps the keyboard
 * inside, Escape cancels, and focus returns to what opened it. Test ids: `<testId>`, `<testId>-confirm`,
 * `<testId>-cancel`, `<testId>-error`.
 */
@Component({
  selector: 'cchc-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemNotice],
  template: `
    <dialog
      #dialog
      [attr.data-testid]="testId()"
      [attr.aria-labelledby]="id + '-heading'"
      [attr.aria-describedby]="id + '-message'"
      (close)="closed.emit()"
    >
      <h2 [id]="id + '-heading'">{{ heading() }}</h2>
      <p class="warning" [id]="id + '-message'">{{ message() }}</p>
      @if (problem(); as failed) {
        <cchc-problem-notice [heading]="failedHeading()" [problem]="failed" [testId]="testId()" />
      }
      <div class="actions">
        <button
          type="button"
          class="button"
          [disabled]="busy()"
          [attr.data-testid]="testId() + '-confirm'"
          (click)="confirmed.emit()"
        >
          {{ confirmLabel() }}
        </button>
        <button
          type="button"
          class="button secondary"
          [attr.data-testid]="testId() + '-cancel'"
          (click)="dialog.close()"
        >
          {{ cancelLabel() }}
        </button>
      </div>
    </dialog>
  `,
  styles: `
    dialog {
      width: min(34rem, calc(100vw - 2rem));
      padding: var(--space-6);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      background: var(--color-surface);
      color: var(--color-text);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    h2 {
      margin-top: 0;
    }
    .warning {
      padding: var(--space-3);
      border-left: 0.375rem solid var(--color-danger);
      background: var(--color-danger-surface);
      font-weight: 600;
    }
  `,
})
export class ConfirmDialog {
  readonly heading = input.required<string>();
  /** What the action does and that it cannot be undone. */
  readonly message = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  readonly failedHeading = input('');
  readonly testId = input.required<string>();
  readonly busy = input(false);
  readonly problem = input<ShownProblem | null>(null);
  readonly confirmed = output();
  /** Closed without confirming (Cancel, Escape), or closed by the page once the action is done. */
  readonly closed = output();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly id = `confirm-dialog-${++nextId}`;

  constructor() {
    afterNextRender(() => this.dialog().nativeElement.showModal());
    // Closing (rather than only removing) the dialog gives the focus back to the button that opened it.
    inject(DestroyRef).onDestroy(() => this.dialog().nativeElement.close());
  }
}
