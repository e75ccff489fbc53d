import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ContestsClient,
  EntriesClient,
  fieldLabel,
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Entry,
  type ScreeningVerdict,
} from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator, StatusChip } from '@cchc/portal-ui';
import { AuthSession, PreferencesService, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { screeningRows } from './screening-rows';

/** A province admin decides, entry by entry, whether the entries proposed to a contest are eligible. */
@Component({
  selector: 'cchc-screening-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, ProgressIndicator, Notice, ProblemNotice, StatusChip],
  template: `
    <ng-container *transloco="let t">
      <p>
        <a [routerLink]="['/contests', id()]">{{ t('screening.back') }}</a>
      </p>
      <h1>{{ t('screening.title') }}</h1>
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('screening.loading')" data-testid="screening-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('screening.loadFailed')"
            [problem]="loaded.problem"
            testId="screening"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else {
          <p class="lead">{{ loaded.value.contest.title }}</p>
          @if (rows().length === 0) {
            <cchc-notice data-testid="screening-empty"
              ><p>{{ t('screening.empty') }}</p></cchc-notice
            >
          } @else {
            @if (actionProblem(); as problem) {
              <cchc-problem-notice
                [heading]="t('screening.failed')"
                [problem]="problem"
                testId="screening-action"
              />
            }
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="screening-caption">
              <table class="data-table" data-testid="screening-table">
                <caption id="screening-caption">
                  {{
                    t('screening.caption', { count: rows().length })
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('screening.columns.entry') }}</th>
                    <th scope="col">{{ t('screening.columns.unit') }}</th>
                    <th scope="col">{{ t('screening.columns.submittedAt') }}</th>
                    <th scope="col">{{ t('screening.columns.status') }}</th>
                    <th scope="col">{{ t('screening.columns.decision') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of rows(); track row.id) {
                    <tr
                      data-testid="screening-row"
                      [attr.data-entry-id]="row.id"
                      [attr.data-status]="row.status"
                    >
                      <th scope="row">
                        <span class="entry-title">{{ row.title || t('entries.untitled') }}</span>
                        <span class="muted">{{
                          fieldLabel(loaded.value.contest.fields, row.fieldKey, language())
                        }}</span>
                        @if (row.authors) {
                          <span class="muted">{{ t('screening.authors', { names: row.authors }) }}</span>
                        }
                      </th>
                      <td>{{ row.unitName ?? '—' }}</td>
                      <td>{{ row.submittedAt ? t('time.at', vietnamTime(row.submittedAt)) : '—' }}</td>
                      <td>
                        <cchc-status-chip kind="entry" [status]="row.status" data-testid="screening-status" />
                        @if (row.note) {
                          <p class="muted" data-testid="screening-note">
                            {{ t('screening.reason', { reason: row.note }) }}
                          </p>
                        }
                      </td>
                      <td>
                        @if (rejecting() === row.id) {
                          <form
                            class="reason-form"
                            (submit)="
                              $event.preventDefault();
                              decide(row.id, { eligible: false, reason: reason.value })
                            "
                          >
                            <label [for]="'reason-' + row.id">{{ t('screening.reasonLabel') }}</label>
                            <textarea
                              #reason
                              [id]="'reason-' + row.id"
                              rows="3"
                              required
                              maxlength="2000"
                              data-testid="screen-reason"
                            ></textarea>
                            <div class="actions">
                              <button
                                type="submit"
                                class="button"
                                [disabled]="busy()"
                                data-testid="screen-confirm"
                              >
                                {{ t('screening.confirmIneligible') }}
                              </button>
                              <button type="button" class="button secondary" (click)="rejecting.set(null)">
                                {{ t('screening.cancel') }}
                              </button>
                            </div>
                          </form>
                        } @else {
                          <div class="actions">
                            @if (row.mayMarkEligible) {
                              <button
                                type="button"
                                class="button"
                                data-testid="screen-eligible"
                                [disabled]="busy()"
                                (click)="decide(row.id, { eligible: true })"
                              >
                                {{ t('screening.eligible')
                                }}<span class="visually-hidden">: {{ row.title }}</span>
                              </button>
                            }
                            @if (row.mayMarkIneligible) {
                              <button
                                type="button"
                                class="button secondary"
                                data-testid="screen-ineligible"
                                [disabled]="busy()"
                                (click)="rejecting.set(row.id)"
                              >
                                {{ t('screening.ineligible')
                                }}<span class="visually-hidden">: {{ row.title }}</span>
                              </button>
                            }
                          </div>
                        }
                      </td>
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
export class ScreeningPage {
  readonly id = input.required<string>();

  private readonly contests = inject(ContestsClient);
  private readonly entries = inject(EntriesClient);
  private readonly registry = inject(RegistryClient);
  private readonly province = inject(AuthSession).user.province;
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly language = computed(() => this.preferences().language);
  protected readonly resource = remoteResource(
    () => (this.province ? { province: this.province, id: this.id() } : null),
    ({ province, id }) =>
      forkJoin({
        contest: this.contests.get(province, id),
        entries: this.entries.list(province, { contestId: id }),
        units: this.registry.units(province),
      }),
  );
  /** Entries as this page's decisions left them, over what was loaded. */
  private readonly decided = signal<ReadonlyMap<string, Entry>>(new Map());
  protected readonly rows = computed(() => {
    const loaded = this.resource.data();
    if (loaded?.state !== 'loaded') return [];
    const decided = this.decided();
    const entries = loaded.value.entries.map((entry) => decided.get(entry.id) ?? entry);
    return screeningRows(entries, loaded.value.units);
  });
  /** The entry whose reason for ineligibility is being written. */
  protected readonly rejecting = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  protected readonly fieldLabel = fieldLabel;
  protected readonly vietnamTime = vietnamTime;

  protected decide(entryId: string, verdict: ScreeningVerdict): void {
    if (!this.province || (!verdict.eligible && !verdict.reason.trim())) return;
    this.busy.set(true);
    this.actionProblem.set(null);
    this.entries.screen(this.province, entryId, verdict).subscribe({
      next: (entry) => {
        this.busy.set(false);
        this.rejecting.set(null);
        this.decided.update((decided) => new Map([...decided, [entry.id, entry]]));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(toApiProblem(error));
      },
    });
  }
}
