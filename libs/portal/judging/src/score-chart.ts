import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One bar: a label, its length in % of the scale, and the text at its end. */
export interface ScoreBar {
  key: string;
  label: string;
  percent: number;
  text: string;
  flagged?: boolean;
}

/**
 * Scores as horizontal bars, drawn with CSS so they follow the text size and the high-contrast theme. The table
 * next to it carries the same numbers for screen readers, so the chart is hidden from them.
 */
@Component({
  selector: 'cchc-score-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure aria-hidden="true" data-testid="score-chart">
      @for (bar of bars(); track bar.key) {
        <div class="bar-row" data-testid="score-bar" [attr.data-entry-id]="bar.key">
          <span class="label">{{ bar.label }}</span>
          <span class="track"
            ><span class="bar" [class.flagged]="bar.flagged" [style.width.%]="bar.percent"></span
          ></span>
          <span class="value">{{ bar.text }}</span>
        </div>
      }
      <figcaption>{{ caption() }}</figcaption>
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
      grid-template-columns: minmax(8rem, 18rem) 1fr 4.5rem;
      gap: var(--space-3);
      align-items: center;
      margin-block: var(--space-2);
    }
    .label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .track {
      position: relative;
      height: 1.25rem;
      border: 1px solid var(--color-border);
      background: var(--color-row-alt);
    }
    .bar {
      position: absolute;
      inset: 0 auto 0 0;
      background: var(--color-accent);
    }
    .bar.flagged {
      background: repeating-linear-gradient(
        45deg,
        var(--color-accent),
        var(--color-accent) 0.375rem,
        var(--color-danger) 0.375rem,
        var(--color-danger) 0.75rem
      );
    }
    .value {
      font-variant-numeric: tabular-nums;
      text-align: end;
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
export class ScoreChart {
  readonly bars = input.required<readonly ScoreBar[]>();
  readonly caption = input.required<string>();
}
