import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContestsClient, periodLabel, remoteResource } from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import { PredecessorNotice, PredecessorPicker } from '@cchc/portal-units';
import { AuthSession, calendarDateText, provinceView, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The province's contests, newest first, with their status and submission window; also those of a province merged
 * into it, read-only.
 */
@Component({
  selector: 'cchc-contest-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    ProgressIndicator,
    Notice,
    ProblemNotice,
    StatusChip,
    PredecessorPicker,
    PredecessorNotice,
  ],
  template: `
    <ng-container *transloco="let t">
      <div class="page-head">
        <h1>{{ t('contests.title') }}</h1>
        @if (!predecessor()) {
          <a class="button" routerLink="/contests/new" data-testid="contest-new">{{ t('contests.new') }}</a>
        }
      </div>
      <p>{{ t('contests.intro') }}</p>
      @if (user.province && shownProvince(); as shown) {
        <cchc-predecessor-picker [own]="user.province" [shown]="shown" />
      }
      @if (predecessor(); as code) {
        <cchc-predecessor-notice [code]="code" />
      }

      @if (!shownProvince()) {
        <cchc-notice data-testid="contests-no-province"
          ><p>{{ t('units.noProvince') }}</p></cchc-notice
        >
      } @else if (resource.data(); as contests) {
        @if (contests.state === 'loading') {
          <cchc-progress [label]="t('contests.loading')" data-testid="contests-loading" />
        } @else if (contests.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('contests.loadFailed')"
            [problem]="contests.problem"
            testId="contests"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else if (contests.value.length === 0) {
          <cchc-notice data-testid="contests-empty"
            ><p>{{ t('contests.empty') }}</p></cchc-notice
          >
        } @else {
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="contests-caption">
            <table class="data-table" data-testid="contests-table">
              <caption id="contests-caption">
                {{
                  t('contests.caption', { count: contests.value.length })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('contests.columns.title') }}</th>
                  <th scope="col">{{ t('contests.columns.plan') }}</th>
                  <th scope="col">{{ t('contests.columns.period') }}</th>
                  <th scope="col">{{ t('contests.columns.deadline') }}</th>
                  <th scope="col">{{ t('contests.columns.status') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (contest of contests.value; track contest.id) {
                  <tr
                    data-testid="contest-row"
                    [attr.data-contest-id]="contest.id"
                    [attr.data-status]="contest.status"
                  >
                    <th scope="row">
                      <a
                        [routerLink]="['/contests', contest.id]"
                        [queryParams]="{ province: predecessor() }"
                        data-testid="contest-link"
                        >{{ contest.title }}</a
                      >
                    </th>
                    <td>
                      {{
                        contest.planNumber
                          ? t('contests.plan', {
                              number: contest.planNumber,
                              date: calendarDateText(contest.planDate),
                            })
                          : t('contests.noPlanNumber')
                      }}
                    </td>
                    <td>{{ periodLabel(contest.period) }}</td>
                    <td>{{ t('time.at', vietnamTime(contest.submissionWindow.closesAt, 'end')) }}</td>
                    <td>
                      <cchc-status-chip
                        kind="contest"
                        [status]="contest.status"
                        data-testid="contest-status"
                      />
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </ng-container>
  `,
})
export class ContestListPage {
  /** `?province=`: a predecessor of the user's province. */
  readonly province = input<string>();

  private readonly contests = inject(ContestsClient);
  protected readonly user = inject(AuthSession).user;
  private readonly view = provinceView(this.user, this.province);
  protected readonly shownProvince = this.view.shown;
  protected readonly predecessor = this.view.predecessor;
  protected readonly resource = remoteResource(this.shownProvince, (province) =>
    this.contests.list(province),
  );
  protected readonly calendarDateText = calendarDateText;
  protected readonly periodLabel = periodLabel;
  protected readonly vietnamTime = vietnamTime;
}
