import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An indeterminate progress bar with its text, announced politely to screen readers. */
@Component({
  selector: 'cchc-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', class: 'cchc-progress' },
  template: `
    <span class="track" aria-hidden="true"><span class="bar"></span></span>
    <span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--space-2);
      padding: var(--space-4) 0;
      color: var(--color-text-muted);
    }
    .track {
      position: relative;
      display: block;
      overflow: hidden;
      width: min(24rem, 100%);
      height: 0.375rem;
      border-radius: 0.25rem;
      background: var(--color-border);
    }
    .bar {
      position: absolute;
      inset: 0 auto 0 0;
      width: 35%;
      background: var(--color-accent);
      animation: slide 1.4s ease-in-out infinite;
    }
    @keyframes slide {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(300%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        animation: none;
        width: 100%;
        opacity: 0.5;
      }
    }
  `,
})
export class ProgressIndicator {
  /** What is being waited for, shown and announced. */
  readonly label = input.required<string>();
}
