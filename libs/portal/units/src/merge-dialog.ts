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
import type { ApiProblem } from '@cchc/portal-data-access';
import { ProblemNotice, type Option } from '@cchc/portal-ui';
import { vietnamDate } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/** What a merger needs: the successor and the legal date (`YYYY-MM-DD`). */
export interface MergeChoice {
  into: string;
  on: string;
}

let nextId = 0;

/**
 * Asks which province or unit the subject merges into and from which date, saying that the subject becomes
 * read-only. A modal dialog: it keeps the keyboard inside, Escape cancels, and focus returns to what opened it.
 */
@Component({
  selector: 'cchc-merge-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProblemNotice],
  template: `
    <dialog
      #dialog
      *transloco="let t; prefix: 'merge'"
      data-testid="merge-dialog"
      [attr.aria-labelledby]="id + '-heading'"
      [attr.aria-describedby]="id + '-warning'"
      (close)="closed.emit()"
    >
      <form (submit)="$event.preventDefault(); confirm(into.value, on.value)">
        <h2 [id]="id + '-heading'">{{ heading() }}</h2>
        <p class="warning" [id]="id + '-warning'" data-testid="merge-warning">{{ warning() }}</p>
        <div class="form-field">
          <label [for]="id + '-into'">{{ t('into') }}</label>
          <select #into [id]="id + '-into'" required data-testid="merge-into">
            <option value="">{{ t('choose') }}</option>
            @for (candidate of candidates(); track candidate.value) {
              <option [value]="candidate.value">{{ candidate.label }}</option>
            }
          </select>
        </div>
        <div class="form-field">
          <label [for]="id + '-on'">{{ t('on') }}</label>
          <input #on [id]="id + '-on'" type="date" required [value]="today" data-testid="merge-on" />
        </div>
        @if (problem(); as failed) {
          <cchc-problem-notice [heading]="t('failed')" [problem]="failed" testId="merge" />
        }
        <div class="actions">
          <button type="submit" class="button" [disabled]="busy()" data-testid="merge-confirm">
            {{ t('confirm') }}
          </button>
          <button type="button" class="button secondary" data-testid="merge-cancel" (click)="dialog.close()">
            {{ t('cancel') }}
          </button>
        </div>
      </form>
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
export class MergeDialog {
  readonly heading = input.required<string>();
  /** Says what the merger does to the subject: it becomes read-only, its work goes on in the successor. */
  readonly warning = input.required<string>();
  /** Where the subject may go: active provinces or units other than itself. */
  readonly candidates = input.required<readonly Option[]>();
  readonly busy = input(false);
  readonly problem = input<ApiProblem | null>(null);
  readonly confirmed = output<MergeChoice>();
  /** Closed without merging (Cancel, Escape), or closed by the page once the merger is done. */
  readonly closed = output();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly id = `merge-dialog-${++nextId}`;
  protected readonly today = vietnamDate(Date.now());

  constructor() {
    afterNextRender(() => this.dialog().nativeElement.showModal());
    // Closing (rather than only removing) the dialog gives the focus back to the button that opened it.
    inject(DestroyRef).onDestroy(() => this.dialog().nativeElement.close());
  }

  protected confirm(into: string, on: string): void {
    if (into && /^\d{4}-\d{2}-\d{2}$/.test(on)) this.confirmed.emit({ into, on });
  }
}
