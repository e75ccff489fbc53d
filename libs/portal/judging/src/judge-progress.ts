import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ProgressSummary } from './progress-rows';

let nextId = 0;

/**
 * Each judge's sheets in a round as a table with a stacked bar per judge: submitted, drafts, not started. The
 * numbers are in the cells, so the bars (hidden from screen readers) only repeat them.
 */
@Component({
  selector: 'cchc-judge-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.progress'">
      <p data-testid="progress-summary" [attr.data-complete]="summary().complete">
        {{
          t('summary', {
            submitted: summary().submitted,
            assigned: summary().assigned,
            percent: summary().percent,
            drafts: summary().drafts,
          })
        }}
      </p>
      <progress
        max="100"
        [value]="summary().percent"
        [attr.aria-label]="t('overall')"
        data-testid="progress-overall"
      ></progress>
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-labelledby]="id">
        <table class="data-table" role="table" data-testid="progress-table">
          <caption [id]="id">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('judge') }}</th>
              <th scope="col">{{ t('assigned') }}</th>
              <th scope="col">{{ t('submitted') }}</th>
              <th scope="col">{{ t('drafts') }}</th>
              <th scope="col">{{ t('notStarted') }}</th>
              <th scope="col">{{ t('bar') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of summary().rows; track row.judgeId) {
              <tr data-testid="progress-row" [attr.data-judge-id]="row.judgeId" [attr.data-done]="row.done">
                <th scope="row">{{ row.name }}</th>
                <td>{{ row.assigned }}</td>
                <td>{{ row.submitted }}</td>
                <td>{{ row.drafts }}</td>
                <td [class.danger]="row.notStarted > 0">{{ row.notStarted }}</td>
                <td>
                  <span class="track" aria-hidden="true">
                    <span class="part submitted" [style.width.%]="row.submittedPercent"></span>
                    <span class="part draft" [style.width.%]="row.draftPercent"></span>
                  </span>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="legend muted" aria-hidden="true">
        <span class="swatch submitted"></span> {{ t('submitted') }} <span class="swatch draft"></span>
        {{ t('drafts') }} <span class="swatch"></span> {{ t('notStarted') }}
      </p>
    </ng-container>
  `,
  styles: `
    progress {
      width: min(24rem, 100%);
    }
    .track {
      display: flex;
      width: 10rem;
      height: 1rem;
      border: 1px solid var(--color-border-strong);
      background: var(--color-row-alt);
    }
    .part.submitted,
    .swatch.submitted {
      background: var(--color-success);
    }
    .part.draft,
    .swatch.draft {
      background: var(--color-info);
    }
    .swatch {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      border: 1px solid var(--color-border-strong);
      background: var(--color-row-alt);
      vertical-align: middle;
    }
    .legend {
      font-size: 0.875rem;
    }
    @media (forced-colors: active) {
      .part.submitted {
        background: CanvasText;
      }
      .part.draft {
        background: GrayText;
      }
    }
  `,
})
export class JudgeProgress {
  readonly summary = input.required<ProgressSummary>();
  readonly caption = input.required<string>();
  protected readonly id = `judge-progress-${++nextId}`;
}
