import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** Links to the same part of the page for each round of a two-round contest (`?round=`); nothing with one round. */
@Component({
  selector: 'cchc-round-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  template: `
    @if (rounds().length > 1) {
      <nav *transloco="let t; prefix: 'judging.rounds'" class="round-picker" [attr.aria-label]="t('pick')">
        @for (round of rounds(); track round) {
          <a
            [routerLink]="[]"
            [queryParams]="{ round }"
            [attr.aria-current]="round === current() ? 'page' : null"
            [attr.data-testid]="'round-' + round"
            >{{ t(round === 1 ? 'written' : 'defence') }}</a
          >
        }
      </nav>
    }
  `,
  styles: `
    .round-picker {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
      margin: var(--space-3) 0;
    }
    a {
      padding: var(--space-1) var(--space-3);
      border: 1px solid var(--color-border-strong);
      border-radius: 1rem;
      text-decoration: none;
    }
    a[aria-current='page'] {
      background: var(--color-accent);
      border-color: var(--color-accent);
      color: #fff;
      font-weight: 700;
    }
    @media (forced-colors: active) {
      a[aria-current='page'] {
        border-width: 3px;
      }
    }
  `,
})
export class RoundPicker {
  readonly roundCount = input.required<number>();
  readonly current = input.required<number>();
  protected readonly rounds = computed(() =>
    Array.from({ length: this.roundCount() }, (_, index) => index + 1),
  );
}

/** The round a `?round=` asks for, within the contest's rounds; round 1 otherwise. */
export function roundOf(requested: string | undefined, roundCount: number): number {
  const round = Number(requested);
  return Number.isInteger(round) && round >= 1 && round <= roundCount ? round : 1;
}
