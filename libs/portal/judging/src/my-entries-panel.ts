import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  fieldLabel,
  JudgingClient,
  loadedValue,
  remoteResource,
  type Contest,
} from '@cchc/portal-data-access';
import { Notice, RemoteStateView } from '@cchc/portal-ui';
import { PreferencesService } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin, map, switchMap } from 'rxjs';
import { myEntryRows, workingRound } from './judging-tabs';

/**
 * A council member's entries in the round they work in (the open one, else the last closed one), each with the
 * state of their sheet and a link to it. On the section's list (`compact`) it is a short table per contest.
 */
@Component({
  selector: 'cchc-my-entries-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, RemoteStateView, Notice],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.mine'">
      @if (!compact()) {
        <h2>{{ t('title') }}</h2>
      }
      @if (notOnCouncil()) {
        <cchc-notice data-testid="my-entries-not-member"
          ><p>{{ t('notMember') }}</p></cchc-notice
        >
      } @else {
        <cchc-remote-state
          [data]="resource.data()"
          [testId]="'my-entries-' + contest().id"
          [loadingLabel]="t('loading')"
          [failedHeading]="t('loadFailed')"
          [empty]="loaded()?.entries?.length === 0"
          [emptyText]="t('empty', { round: loaded()?.round ?? 1 })"
          (retry)="resource.reload()"
        />
        @if (loaded(); as data) {
          @if (data.entries.length > 0) {
            <p
              data-testid="my-entries-summary"
              [attr.data-round]="data.round"
              [attr.data-status]="data.status"
            >
              {{
                t('summary.' + data.status, {
                  round: data.round,
                  submitted: submitted(),
                  count: rows().length,
                })
              }}
            </p>
            <div class="table-scroll" role="region" tabindex="0" [attr.aria-labelledby]="captionId()">
              <table class="data-table" role="table" data-testid="my-entries">
                <caption [id]="captionId()">
                  {{
                    t('caption', { round: data.round })
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('entry') }}</th>
                    @if (!compact()) {
                      <th scope="col">{{ t('field') }}</th>
                    }
                    <th scope="col">{{ t('sheet') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of rows(); track row.entryId) {
                    <tr
                      data-testid="my-entry"
                      [attr.data-entry-id]="row.entryId"
                      [attr.data-sheet]="row.state"
                    >
                      <th scope="row">
                        <a
                          [routerLink]="[
                            '/judging',
                            contest().id,
                            'rounds',
                            data.round,
                            'entries',
                            row.entryId,
                          ]"
                          data-testid="my-entry-link"
                          >{{ row.title }}</a
                        >
                      </th>
                      @if (!compact()) {
                        <td>{{ fieldOf(row.entryId) }}</td>
                      }
                      <td [class.success]="row.state === 'submitted'">{{ t('states.' + row.state) }}</td>
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
export class MyEntriesPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly compact = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contest: this.contest() }),
    ({ province, contest }) =>
      forkJoin(contest.rounds.map((_, index) => this.judging.round(province, contest.id, index + 1))).pipe(
        switchMap((states) => {
          const round = workingRound(states);
          const status = states.find((state) => state.round === round)?.status ?? 'not-open';
          return this.judging
            .myEntries(province, contest.id, round)
            .pipe(map((entries) => ({ round, status, entries })));
        }),
      ),
  );
  /** The service refuses (403) a user who does not sit on the contest's council: not an error here. */
  protected readonly notOnCouncil = computed(() => {
    const data = this.resource.data();
    return data?.state === 'failed' && data.problem.status === 403;
  });
  protected readonly loaded = computed(() => loadedValue(this.resource.data()));
  protected readonly rows = computed(() => myEntryRows(this.loaded()?.entries ?? []));
  protected readonly submitted = computed(
    () => this.rows().filter((row) => row.state === 'submitted').length,
  );
  protected readonly captionId = computed(() => `my-entries-caption-${this.contest().id}`);

  protected fieldOf(entryId: string): string {
    const entry = this.loaded()?.entries.find((mine) => mine.entry.id === entryId)?.entry;
    return entry ? fieldLabel(this.contest().fields, entry.fieldKey, this.preferences().language) : '';
  }
}
