/*
 * The judging page of one contest, `/judging/<contestId>/<part>`; the judge's score sheet is
 * `/judging/<contestId>/rounds/<round>/entries/<entryId>`. What a browser test may rely on (Vietnamese texts):
 *
 * - Parts (links in the navigation "Các phần của trang chấm điểm"): "Hội đồng" (council), "Tiêu chí chấm" (rubric),
 *   "Cách tính điểm" (settings), "Phân công chấm" (assignments), "Xung đột lợi ích" (conflicts), "Bài được phân công"
 *   (my-entries), "Vòng chấm và kết quả" (rounds), "Vào vòng 2, lịch bảo vệ" (defence), "Kết quả chung cuộc" (final).
 *   Rounds of a two-round contest: links "Vòng 1: chấm hồ sơ", "Vòng 2: bảo vệ ý tưởng" (`?round=`).
 * - A judge: on `/judging` or in "Bài được phân công", the table "Bài được phân công cho tôi" has one link per entry,
 *   named by the entry's title, to its score sheet. On the sheet each criterion's box (a textbox with a decimal keypad,
 *   taking "7,5" or "7.5") is labelled by the criterion's Vietnamese label exactly (e.g. "Tính mới"), the comment box
 *   "Nhận xét"; the running total is the live text "Tổng điểm: …"; buttons "Lưu nháp" and "Nộp phiếu"; afterwards
 *   the status "Đã lưu nháp." or "Đã nộp phiếu chấm."; a refusal is an alert headed "Chưa lưu được phiếu chấm." with
 *   the service's Vietnamese message. Recusal: button "Từ chối chấm (xung đột lợi ích)", box "Lý do từ chối chấm",
 *   button "Xác nhận từ chối chấm".
 * - The chair, in "Vòng chấm và kết quả": the table "Tiến độ chấm của từng thành viên", the button
 *   "Kết thúc vòng chấm" (with scores missing, first fill "Lý do kết thúc khi còn thiếu phiếu chấm"); once closed the
 *   table "Kết quả vòng 1" (role table; columns "Hạng", "Tên bài dự thi", "Điểm (trên 100)", one per judge,
 *   "Số người chấm", "Chênh lệch") and the button "Tải biên bản vòng 1 (PDF)".
 * - The chair, in "Kết quả chung cuộc": the button "Chốt kết quả" (match it exactly: the dialog's button
 *   "Xác nhận chốt kết quả" contains it), then in the dialog "Xác nhận chốt kết quả"; then the banner headed
 *   "Đã chốt kết quả" (the only text with these words, at the top of every part) and the table "Bảng xếp hạng chung
 *   cuộc" (columns "Hạng", "Tên bài dự thi", "Điểm chung cuộc (trên 100)", …).
 * - Organisers, in "Phân công chấm": "Phân công tự động" after "Số thành viên chấm mỗi bài"; on the board the buttons
 *   "Thêm phân công <member> chấm bài <entry>" and "Bỏ phân công <member> chấm bài <entry>"; "Tệp phân công (CSV)" and
 *   "Nhập phân công". In "Hội đồng": "Số quyết định", "Ngày quyết định", "Người ký", "Thêm thành viên" (a list) with
 *   "Thêm vào Hội đồng", "Vai trò của <name>", "Lưu Hội đồng".
 * Test ids are listed in apps/portal/README.md.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ContestsClient,
  JudgingClient,
  loadedValue,
  remoteResource,
  type ContestResults,
} from '@cchc/portal-data-access';
import { Notice, RemoteStateView, StatusChip } from '@cchc/portal-ui';
import { AuthSession, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { catchError, of } from 'rxjs';
import { AssignmentsPanel } from './assignments-panel';
import { ConflictsPanel } from './conflicts-panel';
import { CouncilPanel } from './council-panel';
import { DefencePanel } from './defence-panel';
import { FinalPanel } from './final-panel';
import { currentTab, judgingTabs } from './judging-tabs';
import { MyEntriesPanel } from './my-entries-panel';
import { roundOf } from './round-picker';
import { RoundsPanel } from './rounds-panel';
import { RubricPanel } from './rubric-panel';
import { SettingsPanel } from './settings-panel';

/** A contest's judging, in parts by role: set-up, assignments, the judge's entries, rounds, defence, results. */
@Component({
  selector: 'cchc-contest-judging-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    RemoteStateView,
    Notice,
    StatusChip,
    CouncilPanel,
    RubricPanel,
    SettingsPanel,
    AssignmentsPanel,
    ConflictsPanel,
    MyEntriesPanel,
    RoundsPanel,
    DefencePanel,
    FinalPanel,
  ],
  template: `
    <ng-container *transloco="let t">
      <p>
        <a routerLink="/judging">{{ t('judging.back') }}</a>
      </p>
      @if (!province) {
        <cchc-notice data-testid="judging-no-province"
          ><p>{{ t('units.noProvince') }}</p></cchc-notice
        >
      } @else {
        @if (!contest()) {
          <h1>{{ t('judging.contest.title') }}</h1>
        }
        <cchc-remote-state
          [data]="resource.data()"
          testId="judging-contest"
          [loadingLabel]="t('contest.loading')"
          [failedHeading]="t('contest.loadFailed')"
          (retry)="resource.reload()"
        />
        @if (contest(); as contest) {
          <div class="page-head">
            <h1>{{ contest.title }}</h1>
            <cchc-status-chip kind="contest" [status]="contest.status" data-testid="judging-contest-status" />
          </div>
          <p class="lead">
            {{ t('judging.contest.lead') }}
            {{ contest.blindJudging ? t('judging.contest.blind') : '' }}
          </p>
          @if (finalised(); as done) {
            <cchc-notice data-testid="results-finalised-banner" [heading]="t('judging.final.banner')">
              <p>
                {{
                  done.at
                    ? t('judging.final.bannerAt', { at: t('time.at', vietnamTime(done.at)) })
                    : t('judging.final.bannerText')
                }}
              </p>
            </cchc-notice>
          }
          @if (tabs().length === 0) {
            <cchc-notice data-testid="judging-no-part"
              ><p>{{ t('judging.contest.noPart') }}</p></cchc-notice
            >
          } @else {
            <nav class="tabs" [attr.aria-label]="t('judging.tabs.label')" data-testid="judging-tabs">
              <ul>
                @for (each of tabs(); track each) {
                  <li>
                    <a
                      [routerLink]="['/judging', contest.id, each]"
                      [attr.aria-current]="each === shownTab() ? 'page' : null"
                      [attr.data-testid]="'judging-tab-' + each"
                      >{{ t('judging.tabs.' + each) }}</a
                    >
                  </li>
                }
              </ul>
            </nav>
            <section class="tab-panel" [attr.aria-label]="t('judging.tabs.' + shownTab())">
              @switch (shownTab()) {
                @case ('council') {
                  <cchc-council-panel [province]="province" [contest]="contest" [readOnly]="!!finalised()" />
                }
                @case ('rubric') {
                  <cchc-rubric-panel
                    [province]="province"
                    [contest]="contest"
                    [round]="roundNumber()"
                    [readOnly]="!!finalised()"
                  />
                }
                @case ('settings') {
                  <cchc-settings-panel [province]="province" [contest]="contest" [readOnly]="!!finalised()" />
                }
                @case ('assignments') {
                  <cchc-assignments-panel
                    [province]="province"
                    [contest]="contest"
                    [round]="roundNumber()"
                    [readOnly]="!!finalised() || !organiser"
                  />
                }
                @case ('conflicts') {
                  <cchc-conflicts-panel [province]="province" [contest]="contest" />
                }
                @case ('my-entries') {
                  <cchc-my-entries-panel [province]="province" [contest]="contest" />
                }
                @case ('rounds') {
                  <cchc-rounds-panel
                    [province]="province"
                    [contest]="contest"
                    [round]="roundNumber()"
                    [mayClose]="chair && !finalised()"
                  />
                }
                @case ('defence') {
                  <cchc-defence-panel
                    [province]="province"
                    [contest]="contest"
                    [mayAdvance]="chair && !finalised()"
                    [readOnly]="!!finalised()"
                  />
                }
                @case ('final') {
                  <cchc-final-panel
                    [province]="province"
                    [contest]="contest"
                    [mayFinalise]="chair"
                    (finalised)="onFinalised($event)"
                  />
                }
              }
            </section>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .tabs ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1);
      margin: var(--space-4) 0 0;
      padding: 0;
      border-bottom: 2px solid var(--color-border-strong);
      list-style: none;
    }
    .tabs a {
      display: block;
      padding: var(--space-2) var(--space-3);
      border: 1px solid transparent;
      border-bottom: none;
      border-radius: var(--radius) var(--radius) 0 0;
      text-decoration: none;
    }
    .tabs a[aria-current='page'] {
      border-color: var(--color-border-strong);
      background: var(--color-surface);
      font-weight: 700;
      box-shadow: inset 0 0.25rem 0 var(--color-accent);
    }
    .tab-panel {
      padding-top: var(--space-4);
    }
  `,
})
export class ContestJudgingPage {
  readonly contestId = input.required<string>();
  /** The part shown (path segment); the role's main part when absent or not for this user. */
  readonly tab = input<string>();
  /** `?round=`: the round of the parts that have one. */
  readonly round = input<string>();

  private readonly contests = inject(ContestsClient);
  private readonly judging = inject(JudgingClient);
  private readonly user = inject(AuthSession).user;
  protected readonly province = this.user.province;
  protected readonly chair = this.user.roles.includes('council-chair');
  protected readonly organiser =
    this.user.roles.includes('province-admin') || this.user.roles.includes('council-secretary');
  private readonly overseer = this.organiser || this.chair;

  protected readonly resource = remoteResource(
    () => (this.province ? { province: this.province, id: this.contestId() } : null),
    ({ province, id }) => this.contests.get(province, id),
  );
  protected readonly contest = computed(() => loadedValue(this.resource.data()));
  protected readonly tabs = computed(() => judgingTabs(this.user.roles, this.contest()?.rounds.length ?? 1));
  protected readonly shownTab = computed(() => currentTab(this.tab(), this.user.roles, this.tabs()));
  protected readonly roundNumber = computed(() => roundOf(this.round(), this.contest()?.rounds.length ?? 1));

  /** Whether the chair finalised the results; read for those who may, and set once the chair does it here. */
  private readonly results = remoteResource(
    () => (this.province && this.overseer ? { province: this.province, id: this.contestId() } : null),
    ({ province, id }) =>
      this.judging.results(province, id).pipe(catchError(() => of<ContestResults | null>(null))),
  );
  protected readonly finalised = linkedSignal<{ at: string | null } | null>(() => {
    const results = loadedValue(this.results.data());
    if (results?.finalised) return { at: results.finalisedAt };
    return this.contest()?.status === 'finalized' ? { at: null } : null;
  });
  protected readonly vietnamTime = vietnamTime;

  protected onFinalised(results: ContestResults): void {
    this.finalised.set({ at: results.finalisedAt });
  }
}
