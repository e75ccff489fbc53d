import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { Notice } from './notice';
import type { ShownProblem } from './problem';
import { ProblemNotice } from './problem-notice';
import { ProgressIndicator } from './progress-indicator';

/** What this component reads of data from an API (data access's RemoteData has this shape). */
export type RemoteState =
  { state: 'loading' } | { state: 'failed'; problem: ShownProblem } | { state: 'loaded' };

/**
 * The states of data from an API other than "here it is": loading (progress), failed (the problem with a retry
 * button), and loaded but empty (a notice). Shows nothing once there is something to show, which the page renders
 * itself. Test ids: `<testId>-loading`, `<testId>-error` (see ProblemNotice), `<testId>-empty`.
 */
@Component({
  selector: 'cchc-remote-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProgressIndicator, ProblemNotice, Notice],
  host: { style: 'display: contents' },
  template: `
    @if (data(); as current) {
      @if (current.state === 'loading') {
        <cchc-progress [label]="loadingLabel()" [attr.data-testid]="testId() + '-loading'" />
      } @else if (current.state === 'failed') {
        <cchc-problem-notice
          [heading]="failedHeading()"
          [problem]="current.problem"
          [testId]="testId()"
          [retryable]="retryable()"
          (retry)="retry.emit()"
        />
      } @else if (empty()) {
        <cchc-notice [attr.data-testid]="testId() + '-empty'"
          ><p>{{ emptyText() }}</p></cchc-notice
        >
      }
    }
  `,
})
export class RemoteStateView {
  /** null: nothing asked for yet, nothing shown. */
  readonly data = input.required<RemoteState | null>();
  readonly testId = input.required<string>();
  /** What is being loaded, shown and announced while waiting. */
  readonly loadingLabel = input.required<string>();
  /** What could not be loaded. */
  readonly failedHeading = input.required<string>();
  /** True when the loaded data has nothing to show; `emptyText` is shown instead. */
  readonly empty = input(false);
  readonly emptyText = input('');
  readonly retryable = input(true);
  readonly retry = output();
}
