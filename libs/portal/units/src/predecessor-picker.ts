import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { RegistryClient, remoteResource } from '@cchc/portal-data-access';
import { ProblemNotice } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { readableProvinces } from './lineage-rows';

/**
 * Lets the users of a province that took others in open a predecessor's pages (`?province=<code>`), read-only. Shows
 * nothing while no province was merged into theirs.
 */
@Component({
  selector: 'cchc-predecessor-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProblemNotice],
  template: `
    <ng-container *transloco="let t; prefix: 'predecessors'">
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('loadFailed')"
            [problem]="loaded.problem"
            testId="predecessor-picker"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else if (provinces().length > 1) {
          <form class="inline-form" data-testid="predecessor-picker" (submit)="show($event, select.value)">
            <label for="predecessor-select">{{ t('label') }}</label>
            <select #select id="predecessor-select" data-testid="predecessor-select">
              @for (province of provinces(); track province.code) {
                <option
                  [value]="province.code"
                  [selected]="province.code === shown()"
                  [attr.data-merged]="province.merged"
                >
                  {{ province.merged ? t('merged', { name: province.name }) : province.name }}
                </option>
              }
            </select>
            <button type="submit" class="button secondary" data-testid="predecessor-submit">
              {{ t('submit') }}
            </button>
          </form>
        }
      }
    </ng-container>
  `,
})
export class PredecessorPicker {
  /** The user's own province. */
  readonly own = input.required<string>();
  /** The province the page shows now. */
  readonly shown = input.required<string>();

  private readonly registry = inject(RegistryClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly resource = remoteResource(this.own, (code) =>
    forkJoin({ province: this.registry.province(code), lineage: this.registry.provinceLineage(code) }),
  );
  protected readonly provinces = computed(() => {
    const loaded = this.resource.data();
    return loaded?.state === 'loaded' ? readableProvinces(loaded.value.province, loaded.value.lineage) : [];
  });

  protected show(event: Event, code: string): void {
    event.preventDefault();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { province: code === this.own() ? null : code },
      queryParamsHandling: 'merge',
    });
  }
}
