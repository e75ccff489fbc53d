import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldProblems } from './field-problems';
import { Notice } from './notice';
import { problemMessageKey, type ShownProblem } from './problem';

/**
 * A failed call: what it was (heading), what went wrong by status, the server's detail, each broken rule, and a retry
 * button when the page can retry. Test ids: `<testId>-error`, `<testId>-error-detail`, `<testId>-retry`.
 */
@Component({
  selector: 'cchc-problem-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, Notice, FieldProblems],
  template: `
    <cchc-notice
      *transloco="let t"
      tone="error"
      [heading]="heading()"
      [attr.data-testid]="testId() + '-error'"
    >
      <p>{{ t(messageKey()) }}</p>
      <cchc-field-problems [problems]="listed()" [params]="params()" />
      @if (inlineCount() > 0) {
        <p>{{ t('errors.inline', { count: inlineCount() }) }}</p>
      }
      <!-- The detail repeats the broken rules when there are any; it is shown when it is all there is. -->
      @if (problem().detail && problem().errors.length === 0) {
        <p class="detail" [attr.data-testid]="testId() + '-error-detail'">
          {{ t('errors.detail', { detail: problem().detail }) }}
        </p>
      }
      @if (retryable()) {
        <button type="button" class="button" [attr.data-testid]="testId() + '-retry'" (click)="retry.emit()">
          {{ t('errors.retry') }}
        </button>
      }
    </cchc-notice>
  `,
  styles: `
    .detail {
      color: var(--color-text-muted);
      font-size: 0.875rem;
    }
  `,
})
export class ProblemNotice {
  readonly heading = input.required<string>();
  readonly problem = input.required<ShownProblem>();
  readonly testId = input.required<string>();
  /** Shows the retry button, which emits `retry`. */
  readonly retryable = input(false);
  /** Values for the placeholders of the portal's texts of the broken rules. */
  readonly params = input<Record<string, string>>({});
  /** Tells which broken rules the page shows next to their inputs; the notice only counts those. */
  readonly shownInline = input<(field: string) => boolean>(() => false);
  readonly retry = output();

  protected readonly listed = computed(() =>
    this.problem().errors.filter((error) => !this.shownInline()(error.field)),
  );
  protected readonly inlineCount = computed(() => this.problem().errors.length - this.listed().length);

  protected readonly messageKey = computed(() => problemMessageKey(this.problem()));
}
