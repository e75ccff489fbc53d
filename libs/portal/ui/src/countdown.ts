import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { countdownKey, countdownTo, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The deadline in Viet Nam time and the time left until it by this browser's clock, ticking every second. The
 * server's clock decides; this only tells the user how long they have.
 */
@Component({
  selector: 'cchc-countdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  host: { class: 'cchc-countdown', '[attr.data-passed]': 'left().passed' },
  template: `
    <ng-container *transloco="let t">
      <span class="deadline">{{ t('countdown.deadline', deadlineText()) }}</span>
      <!-- Not a live region: announcing every second would drown everything else out. -->
      <strong class="left">{{ t(key(), left()) }}</strong>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-3);
      align-items: baseline;
    }
    :host([data-passed='true']) .left {
      color: var(--color-danger);
    }
  `,
})
export class Countdown {
  /** The first instant at which the window is closed. */
  readonly deadline = input.required<string>();

  private readonly now = signal(Date.now());
  protected readonly left = computed(() => countdownTo(this.deadline(), this.now()));
  protected readonly key = computed(() => countdownKey(this.left()));
  protected readonly deadlineText = computed(() => vietnamTime(this.deadline(), 'end'));

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
