import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RegistryClient, remoteResource } from '@cchc/portal-data-access';
import { ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { calendarDateText } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { lineagePresentation } from './lineage-rows';

/** The merge history of a province, or of one of its units, both ways. */
@Component({
  selector: 'cchc-lineage-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProgressIndicator, ProblemNotice],
  host: {
    'data-testid': 'lineage',
    '[attr.data-key]': 'unitId() ?? province()',
    class: 'lineage',
  },
  template: `
    <ng-container *transloco="let t; prefix: 'lineage'">
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('loading')" data-testid="lineage-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('loadFailed')"
            [problem]="loaded.problem"
            testId="lineage"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else if (shown(); as history) {
          @if (history.untouched) {
            <p data-testid="lineage-none">{{ t('none') }}</p>
          }
          @if (history.predecessors.length > 0) {
            <h3>{{ t('predecessors') }}</h3>
            <ul>
              @for (step of history.predecessors; track step.key) {
                <li data-testid="lineage-predecessor" [attr.data-key]="step.key">
                  {{ step.name }}
                  @if (step.mergedOn) {
                    <span class="muted">{{ t('on', { date: calendarDateText(step.mergedOn) }) }}</span>
                  }
                </li>
              }
            </ul>
          }
          @if (history.successors.length > 0) {
            <h3>{{ t('successors') }}</h3>
            <ol>
              @for (step of history.successors; track step.key) {
                <li data-testid="lineage-successor" [attr.data-key]="step.key">
                  {{ step.name }}
                  @if (step.mergedOn) {
                    <span class="muted">{{ t('on', { date: calendarDateText(step.mergedOn) }) }}</span>
                  }
                </li>
              }
            </ol>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      margin: var(--space-2) 0 var(--space-1);
      font-size: 1rem;
    }
    ul,
    ol {
      margin: 0;
    }
  `,
})
export class LineageView {
  readonly province = input.required<string>();
  /** The unit whose history to show; the province's when not given. */
  readonly unitId = input<string | null>(null);
  /** The date of the subject's own merger, which its history does not hold, when the page knows it. */
  readonly mergedOn = input<string | null>(null);

  private readonly registry = inject(RegistryClient);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), unitId: this.unitId() }),
    ({ province, unitId }) =>
      unitId ? this.registry.unitLineage(province, unitId) : this.registry.provinceLineage(province),
  );
  protected readonly shown = computed(() => {
    const loaded = this.resource.data();
    return loaded?.state === 'loaded' ? lineagePresentation(loaded.value, this.mergedOn()) : null;
  });
  protected readonly calendarDateText = calendarDateText;
}
