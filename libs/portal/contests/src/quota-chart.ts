import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { QuotaRow } from './quota-rows';

/**
 * Each unit's counted entries as a horizontal bar with the quota as a line. Drawn with CSS, so it follows the text
 * size and the high-contrast theme; the table next to it carries the same numbers for screen readers.
 */
@Component({
  selector: 'cchc-quota-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <figure *transloco="let t; prefix: 'quota'" data-testid="quota-chart" aria-hidden="true">
      @for (row of rows(); track row.unitId) {
        <div
          class="bar-row"
          data-testid="quota-bar"
          [attr.data-unit-code]="row.unitCode"
          [attr.data-met]="row.met"
        >
          <span class="unit">{{ row.unitCode }}</span>
          <span class="track">
            <span class="bar" [class.met]="row.met" [style.width.%]="row.barPercent"></span>
            <span class="target" [style.left.%]="row.targetPercent"></span>
          </span>
          <span class="count">{{ t('barText', { counted: row.counted, required: row.required }) }}</span>
        </div>
      }
      <figcaption>{{ t('chartCaption') }}</figcaption>
    </figure>
  `,
  styles: `
    figure {
      margin: var(--space-4) 0;
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(5rem, 8rem) 1fr 6rem;
      gap: var(--space-3);
      align-items: center;
      margin-block: var(--space-2);
    }
    .unit {
      font-family: var(--font-mono);
      overflow-wrap: anywhere;
    }
    .track {
      position: relative;
      height: 1.25rem;
      background: var(--color-row-alt);
      border: 1px solid var(--color-border);
    }
    .bar {
      position: absolute;
      inset: 0 auto 0 0;
      background: var(--color-danger);
    }
    .bar.met {
      background: var(--color-success);
    }
    .target {
      position: absolute;
      top: -0.25rem;
      bottom: -0.25rem;
      border-left: 0.1875rem dashed var(--color-text);
    }
    figcaption {
      color: var(--color-text-muted);
      font-size: 0.875rem;
    }
    @media (forced-colors: active) {
      .bar {
        background: CanvasText;
      }
    }
  `,
})
export class QuotaChart {
  readonly rows = input.required<readonly QuotaRow[]>();
}
