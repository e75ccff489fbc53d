import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  JudgingClient,
  loadedValue,
  RegistryClient,
  remoteResource,
  type ConflictReason,
  type Contest,
} from '@cchc/portal-data-access';
import { RemoteStateView } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';

/** Every judge–entry pair that must not be assigned, found by the rules (same unit, author) or declared by the judge. */
@Component({
  selector: 'cchc-conflicts-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RemoteStateView],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.conflicts'">
      <h2>{{ t('title') }}</h2>
      <p class="muted">{{ t('intro') }}</p>
      <cchc-remote-state
        [data]="resource.data()"
        testId="conflicts"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        [empty]="conflicts().length === 0"
        [emptyText]="t('empty')"
        (retry)="resource.reload()"
      />
      @if (conflicts().length > 0) {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="conflicts-caption">
          <table class="data-table" role="table" data-testid="conflicts-table">
            <caption id="conflicts-caption">
              {{
                t('caption', { count: conflicts().length })
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('judge') }}</th>
                <th scope="col">{{ t('entry') }}</th>
                <th scope="col">{{ t('reasons') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (conflict of conflicts(); track conflict.judgeId + conflict.entryId) {
                <tr
                  data-testid="conflict-row"
                  [attr.data-judge-id]="conflict.judgeId"
                  [attr.data-entry-id]="conflict.entryId"
                >
                  <th scope="row">{{ conflict.judgeName }}</th>
                  <td>{{ conflict.entryTitle }}</td>
                  <td>
                    <ul class="plain">
                      @for (reason of conflict.reasons; track $index) {
                        <li [attr.data-kind]="reason.kind">{{ reasonText(reason, t) }}</li>
                      }
                    </ul>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </ng-container>
  `,
})
export class ConflictsPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();

  private readonly judging = inject(JudgingClient);
  private readonly registry = inject(RegistryClient);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id }),
    ({ province, contestId }) =>
      forkJoin({
        conflicts: this.judging.conflicts(province, contestId),
        units: this.registry.units(province),
      }),
  );
  protected readonly conflicts = computed(() => loadedValue(this.resource.data())?.conflicts ?? []);
  private readonly unitNames = computed(
    () => new Map((loadedValue(this.resource.data())?.units ?? []).map((unit) => [unit.id, unit.name])),
  );

  protected reasonText(reason: ConflictReason, t: (key: string, params?: object) => string): string {
    switch (reason.kind) {
      case 'same-unit':
        return t('sameUnit', { unit: this.unitNames().get(reason.unitId) ?? reason.unitId });
      case 'author':
        return t('author.' + reason.matchedOn, { number: reason.authorIndex + 1 });
      case 'declared':
        return t('declared', { reason: reason.reason });
    }
  }
}
