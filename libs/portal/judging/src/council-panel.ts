import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import {
  COUNCIL_ROLES,
  JudgingClient,
  loadedValue,
  problemsAt,
  RegistryClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Contest,
  type CouncilCandidate,
  type CouncilRole,
  type FieldProblem,
} from '@cchc/portal-data-access';
import { FieldProblems, Notice, ProblemNotice, RemoteStateView, TextField } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { nullWhenAbsent } from './absent';
import {
  availableCandidates,
  councilDraft,
  councilInput,
  majorityOf,
  memberOf,
  type CouncilDraft,
} from './council-form';

/** Problems the form shows next to their inputs; the notice above the button only counts them. */
const INLINE = /^(decision\.(number|date|signer)|members(\.\d+(\..*)?)?|quorum)$/;

/**
 * A province admin or the council secretary forms the contest's council: the chair's decision (number, date,
 * signer), the members chosen from the province's users who may judge, each with a role, and the quorum.
 */
@Component({
  selector: 'cchc-council-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RemoteStateView, Notice, ProblemNotice, FieldProblems, TextField],
  template: `
    <ng-container *transloco="let t; prefix: 'judging.council'">
      <h2>{{ t('title') }}</h2>
      <cchc-remote-state
        [data]="resource.data()"
        testId="council"
        [loadingLabel]="t('loading')"
        [failedHeading]="t('loadFailed')"
        (retry)="resource.reload()"
      />
      @if (loaded(); as data) {
        @if (!data.council && !saved()) {
          <cchc-notice data-testid="council-none"
            ><p>{{ t('none') }}</p></cchc-notice
          >
        }
        <form data-testid="council-form" (submit)="$event.preventDefault(); save()">
          <fieldset class="plain" [disabled]="readOnly() || busy()">
            <section class="panel" aria-labelledby="council-decision-heading">
              <h3 id="council-decision-heading">{{ t('decision') }}</h3>
              <div class="form-grid">
                <cchc-text-field
                  [label]="t('number')"
                  [hint]="t('numberHint')"
                  [required]="true"
                  [maxLength]="100"
                  testId="council-decision-number"
                  [value]="draft().number"
                  (valueChange)="patch({ number: $event })"
                  [problems]="at('decision.number')"
                />
                <cchc-text-field
                  type="date"
                  [label]="t('date')"
                  [required]="true"
                  testId="council-decision-date"
                  [value]="draft().date"
                  (valueChange)="patch({ date: $event })"
                  [problems]="at('decision.date')"
                />
                <cchc-text-field
                  [label]="t('signer')"
                  [hint]="t('signerHint')"
                  [required]="true"
                  [maxLength]="200"
                  testId="council-decision-signer"
                  [value]="draft().signer"
                  (valueChange)="patch({ signer: $event })"
                  [problems]="at('decision.signer')"
                />
              </div>
            </section>

            <section class="panel" aria-labelledby="council-members-heading">
              <h3 id="council-members-heading">{{ t('members') }}</h3>
              @if (draft().members.length === 0) {
                <p class="muted" data-testid="council-members-empty">{{ t('noMembers') }}</p>
              } @else {
                <div
                  class="table-scroll"
                  role="region"
                  tabindex="0"
                  aria-labelledby="council-members-caption"
                >
                  <table class="data-table" data-testid="council-members">
                    <caption id="council-members-caption">
                      {{
                        t('membersCaption', { count: draft().members.length })
                      }}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{{ t('name') }}</th>
                        <th scope="col">{{ t('unit') }}</th>
                        <th scope="col">{{ t('role') }}</th>
                        <th scope="col">{{ t('actions') }}</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (member of draft().members; track member.userId; let index = $index) {
                        <tr data-testid="council-member" [attr.data-user-id]="member.userId">
                          <th scope="row">
                            {{ member.name }}
                            <cchc-field-problems [problems]="at('members.' + index)" />
                          </th>
                          <td>{{ member.unitName ?? t('noUnit') }}</td>
                          <td>
                            <select
                              #role
                              [attr.aria-label]="t('roleOf', { name: member.name })"
                              data-testid="council-member-role"
                              (change)="setRole(index, role.value)"
                            >
                              @for (option of roles; track option) {
                                <option [value]="option" [selected]="option === member.role">
                                  {{ t('roles.' + option) }}
                                </option>
                              }
                            </select>
                          </td>
                          <td>
                            <button
                              type="button"
                              class="button secondary"
                              data-testid="council-member-remove"
                              [attr.aria-label]="t('removeMember', { name: member.name })"
                              (click)="remove(index)"
                            >
                              {{ t('remove') }}
                            </button>
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              }
              <cchc-field-problems [problems]="wholeMembers()" />
              @if (choices().length > 0) {
                <div class="inline-form">
                  <label for="council-candidate">{{ t('add') }}</label>
                  <select #pick id="council-candidate" data-testid="council-candidate">
                    @for (candidate of choices(); track candidate.userId) {
                      <option [value]="candidate.userId">
                        {{ candidate.name }}{{ candidate.unit ? ' — ' + candidate.unit : '' }}
                      </option>
                    }
                  </select>
                  <button
                    type="button"
                    class="button secondary"
                    data-testid="council-candidate-add"
                    (click)="add(pick.value, data.candidates)"
                  >
                    {{ t('addButton') }}
                  </button>
                </div>
              } @else {
                <p class="muted" data-testid="council-no-candidates">
                  {{ data.candidates.length === 0 ? t('noCandidates') : t('allChosen') }}
                </p>
              }
            </section>

            <section class="panel" aria-labelledby="council-quorum-heading">
              <h3 id="council-quorum-heading">{{ t('quorumHeading') }}</h3>
              <cchc-text-field
                type="number"
                [label]="t('quorum')"
                [hint]="t('quorumHint', { count: majority() })"
                [min]="1"
                [max]="draft().members.length"
                [step]="1"
                [required]="true"
                testId="council-quorum"
                [value]="draft().quorum"
                (valueChange)="patch({ quorum: $event })"
                [problems]="at('quorum')"
              />
            </section>

            @if (!readOnly()) {
              <div class="actions">
                <button type="submit" class="button" data-testid="council-save">{{ t('save') }}</button>
              </div>
            }
          </fieldset>
        </form>
        @if (saved()) {
          <cchc-notice data-testid="council-saved"
            ><p role="status">{{ t('saved') }}</p></cchc-notice
          >
        }
        @if (failure(); as problem) {
          <cchc-problem-notice
            [heading]="t('saveFailed')"
            [problem]="problem"
            testId="council-save"
            [shownInline]="shownInline"
          />
        }
      }
    </ng-container>
  `,
})
export class CouncilPanel {
  readonly province = input.required<string>();
  readonly contest = input.required<Contest>();
  readonly readOnly = input(false);

  private readonly judging = inject(JudgingClient);
  private readonly registry = inject(RegistryClient);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), contestId: this.contest().id }),
    ({ province, contestId }) =>
      forkJoin({
        council: nullWhenAbsent(this.judging.council(province, contestId)),
        candidates: this.judging.candidates(province, contestId),
        units: this.registry.units(province),
      }),
  );
  protected readonly loaded = computed(() => loadedValue(this.resource.data()));
  protected readonly draft = linkedSignal<CouncilDraft>(() => {
    const data = this.loaded();
    return councilDraft(data?.council ?? null, data?.units ?? []);
  });
  protected readonly choices = computed(() =>
    availableCandidates(this.loaded()?.candidates ?? [], this.draft().members),
  );
  protected readonly majority = computed(() => majorityOf(this.draft().members.length));
  protected readonly roles = COUNCIL_ROLES;
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<ApiProblem | null>(null);
  private readonly problems = computed<FieldProblem[]>(() => this.failure()?.errors ?? []);
  protected readonly wholeMembers = computed(() =>
    this.problems().filter((problem) => problem.field === 'members'),
  );
  protected readonly shownInline = (field: string) => INLINE.test(field);

  protected at(path: string): FieldProblem[] {
    return problemsAt(this.problems(), path);
  }

  protected patch(changes: Partial<CouncilDraft>): void {
    this.saved.set(false);
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected add(userId: string, candidates: readonly CouncilCandidate[]): void {
    const candidate = candidates.find((each) => each.userId === userId);
    if (!candidate) return;
    const members = [...this.draft().members, memberOf(candidate, this.loaded()?.units ?? [])];
    const quorum = this.draft().quorum;
    // The quorum follows the majority until someone types another one.
    const followsMajority = quorum === '' || quorum === String(majorityOf(members.length - 1));
    this.patch({ members, ...(followsMajority ? { quorum: String(majorityOf(members.length)) } : {}) });
  }

  protected remove(index: number): void {
    this.patch({ members: this.draft().members.filter((_, each) => each !== index) });
  }

  protected setRole(index: number, role: string): void {
    if (!(COUNCIL_ROLES as readonly string[]).includes(role)) return;
    this.patch({
      members: this.draft().members.map((member, each) =>
        each === index ? { ...member, role: role as CouncilRole } : member,
      ),
    });
  }

  protected save(): void {
    if (this.readOnly()) return;
    this.busy.set(true);
    this.saved.set(false);
    this.failure.set(null);
    this.judging.saveCouncil(this.province(), this.contest().id, councilInput(this.draft())).subscribe({
      next: (council) => {
        this.busy.set(false);
        this.saved.set(true);
        this.draft.set(councilDraft(council, this.loaded()?.units ?? []));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(toApiProblem(error));
      },
    });
  }
}
