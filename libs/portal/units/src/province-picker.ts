import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { RegistryClient, remoteResource } from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';

/** Lets a platform administrator choose the province whose units to see. */
@Component({
  selector: 'cchc-province-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProgressIndicator, Notice, ProblemNotice],
  template: `
    <ng-container *transloco="let t">
      @if (resource.data(); as provinces) {
        @if (provinces.state === 'loading') {
          <cchc-progress [label]="t('provincePicker.loading')" />
        } @else if (provinces.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('provincePicker.loadFailed')"
            [problem]="provinces.problem"
            testId="province-picker"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else {
          @if (provinces.value.length === 0) {
            <cchc-notice
              ><p>{{ t('provincePicker.empty') }}</p></cchc-notice
            >
          } @else {
            <form class="picker" data-testid="province-picker" (submit)="show($event, select.value)">
              <label for="province-select">{{ t('provincePicker.label') }}</label>
              <select #select id="province-select" data-testid="province-select" required>
                <option value="" [selected]="!selected()">{{ t('provincePicker.placeholder') }}</option>
                @for (province of provinces.value; track province.code) {
                  <option [value]="province.code" [selected]="province.code === selected()">
                    {{ province.code }} —
                    {{
                      province.status === 'merged'
                        ? t('predecessors.merged', { name: province.name })
                        : province.name
                    }}
                  </option>
                }
              </select>
              <button type="submit" class="button" data-testid="province-submit">
                {{ t('provincePicker.submit') }}
              </button>
            </form>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--space-2) var(--space-3);
      margin: var(--space-4) 0;
    }
    label {
      flex-basis: 100%;
      font-weight: 600;
    }
    select {
      min-width: min(22rem, 100%);
    }
  `,
})
export class ProvincePicker {
  /** The province shown now, preselected. */
  readonly selected = input<string | null>(null);

  private readonly router = inject(Router);
  private readonly registry = inject(RegistryClient);
  protected readonly resource = remoteResource(
    () => true,
    () => this.registry.provinces(),
  );

  protected show(event: Event, code: string): void {
    event.preventDefault();
    if (code) void this.router.navigate(['/units', code]);
  }
}
