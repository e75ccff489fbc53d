import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContestsClient, loadedValue, periodLabel, remoteResource } from '@cchc/portal-data-access';
import { Notice, RemoteStateView, StatusChip } from '@cchc/portal-ui';
import { AuthSession } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { judgingContests } from './judging-tabs';
import { MyEntriesPanel } from './my-entries-panel';

/**
 * The section's start: the province's contests being judged or judged, each linking to its judging page; a
 * council member also sees the entries assigned to them in each.
 */
@Component({
  selector: 'cchc-judging-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RemoteStateView, Notice, StatusChip, MyEntriesPanel],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('judging.title') }}</h1>
      <p>{{ t('judging.intro') }}</p>
      @if (!province) {
        <cchc-notice data-testid="judging-no-province"
          ><p>{{ t('units.noProvince') }}</p></cchc-notice
        >
      } @else {
        <cchc-remote-state
          [data]="resource.data()"
          testId="judging-contests"
          [loadingLabel]="t('judging.loading')"
          [failedHeading]="t('judging.loadFailed')"
          [empty]="contests().length === 0"
          [emptyText]="t('judging.empty')"
          (retry)="resource.reload()"
        />
        <ul class="contest-list">
          @for (contest of contests(); track contest.id) {
            <li class="panel" data-testid="judging-contest" [attr.data-contest-id]="contest.id">
              <div class="page-head">
                <h2>
                  <a [routerLink]="['/judging', contest.id]" data-testid="judging-contest-link">{{
                    contest.title
                  }}</a>
                </h2>
                <cchc-status-chip kind="contest" [status]="contest.status" />
              </div>
              <p class="muted">
                {{ periodLabel(contest.period) }} ·
                {{ t(contest.rounds.length > 1 ? 'judging.twoRounds' : 'judging.oneRound') }}
                {{ contest.blindJudging ? '· ' + t('judging.blindShort') : '' }}
              </p>
              @if (councilMember) {
                <h3>{{ t('judging.mine.title') }}</h3>
                <cchc-my-entries-panel [province]="province" [contest]="contest" [compact]="true" />
              }
            </li>
          }
        </ul>
      }
    </ng-container>
  `,
  styles: `
    .contest-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .contest-list h2 {
      margin: 0;
      font-size: 1.25rem;
    }
  `,
})
export class JudgingListPage {
  private readonly contestsClient = inject(ContestsClient);
  private readonly user = inject(AuthSession).user;
  protected readonly province = this.user.province;
  protected readonly councilMember = (['judge', 'council-chair', 'council-secretary'] as const).some((role) =>
    this.user.roles.includes(role),
  );
  protected readonly resource = remoteResource(
    () => this.province,
    (province) => this.contestsClient.list(province),
  );
  protected readonly contests = computed(() => judgingContests(loadedValue(this.resource.data()) ?? []));
  protected readonly periodLabel = periodLabel;
}
