import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { statusTone, type StatusKind } from './status-tone';

/** A contest's, an entry's, a province's or a unit's status as a coloured, labelled chip; the colour never carries meaning alone. */
@Component({
  selector: 'cchc-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  host: { '[attr.data-status]': 'status()', '[attr.data-tone]': 'tone()' },
  template: `<span class="chip" *transloco="let t">{{ t(kind() + 'Status.' + status()) }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 1rem;
      font-size: 0.875rem;
      font-weight: 600;
      white-space: nowrap;
    }
    :host([data-tone='success']) .chip {
      color: var(--color-success);
    }
    :host([data-tone='info']) .chip {
      color: var(--color-info);
    }
    :host([data-tone='danger']) .chip {
      color: var(--color-danger);
    }
    :host([data-tone='muted']) .chip {
      color: var(--color-text-muted);
    }
  `,
})
export class StatusChip {
  readonly kind = input.required<StatusKind>();
  readonly status = input.required<string>();
  protected readonly tone = computed(() => statusTone(this.kind(), this.status()));
}
