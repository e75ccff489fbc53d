import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContestsClient, remoteResource } from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { PredecessorNotice } from '@cchc/portal-units';
import { AuthSession, provinceView } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { QuotaChart } from './quota-chart';
import { quotaSummary } from './quota-rows';

/** Which units have proposed as many entries as the contest's quota asks, as a table and a bar chart. */
@Component({
  selector: 'cchc-quota-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    ProgressIndicator,
    Notice,
    ProblemNotice,
    QuotaChart,
    PredecessorNotice,
  ],
  template: `
    <ng-container *transloco="let t">
      <p>
        <a [routerLink]="['/contests', id()]" [queryParams]="{ province: view.predecessor() }">{{
          t('screening.back')
        }}</a>
      </p>
      <h1>{{ t('quota.title') }}</h1>
      @if (view.predecessor(); as code) {
        <cchc-predecessor-notice [code]="code" />
      }
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('quota.loading')" data-testid="quota-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('quota.loadFailed')"
            [problem]="loaded.problem"
            testId="quota"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else {
          <p class="lead">{{ loaded.value.contest.title }}</p>
          @if (!loaded.value.contest.quota) {
            <cchc-notice data-testid="quota-none"
              ><p>{{ t('quota.none') }}</p></cchc-notice
            >
          } @else {
            <p data-testid="quota-summary">
              {{
                t('quota.summary', {
                  met: summary().met,
                  units: summary().units,
                  required: loaded.value.contest.quota.minEntriesPerUnit,
                })
              }}
            </p>
            <p class="muted">{{ t('quota.counting') }}</p>
            <cchc-quota-chart [rows]="summary().rows" />
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="quota-caption">
              <table class="data-table" data-testid="quota-table">
                <caption id="quota-caption">
                  {{
                    t('quota.caption')
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('quota.columns.code') }}</th>
                    <th scope="col">{{ t('quota.columns.unit') }}</th>
                    <th scope="col">{{ t('quota.columns.counted') }}</th>
                    <th scope="col">{{ t('quota.columns.missing') }}</th>
                    <th scope="col">{{ t('quota.columns.standing') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of summary().rows; track row.unitId) {
                    <tr
                      data-testid="quota-row"
                      [attr.data-unit-code]="row.unitCode"
                      [attr.data-met]="row.met"
                    >
                      <td class="code">{{ row.unitCode }}</td>
                      <th scope="row">{{ row.unitName }}</th>
                      <td>{{ row.counted }}</td>
                      <td>{{ row.missing }}</td>
                      <td [class.danger]="!row.met">{{ row.met ? t('quota.met') : t('quota.notMet') }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      }
    </ng-container>
  `,
})
export class QuotaPage {
  readonly id = input.required<string>();
  /** `?province=`: a predecessor of the user's province. */
  readonly province = input<string>();

  private readonly contests = inject(ContestsClient);
  protected readonly view = provinceView(inject(AuthSession).user, this.province);
  protected readonly resource = remoteResource(
    () => {
      const province = this.view.shown();
      return province ? { province, id: this.id() } : null;
    },
    ({ province, id }) =>
      forkJoin({ contest: this.contests.get(province, id), standings: this.contests.quota(province, id) }),
  );
  protected readonly summary = computed(() => {
    const loaded = this.resource.data();
    return quotaSummary(loaded?.state === 'loaded' ? loaded.value.standings : []);
  });
}
