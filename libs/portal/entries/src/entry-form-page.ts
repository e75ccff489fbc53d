import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ContestsClient,
  ENTRY_FORMAT_KEYS,
  EntriesClient,
  fieldLabel,
  problemsAt,
  problemsUnder,
  remoteResource,
  SOLUTION_TYPE_KEYS,
  toApiProblem,
  type ApiProblem,
  type ConfidentialSection,
  type Contest,
  type EntrantKind,
  type Entry,
  type EntryDraft,
  type EntryFormat,
  type FieldProblem,
  type SolutionType,
  type TargetIndex,
} from '@cchc/portal-data-access';
import {
  CheckboxGroup,
  Countdown,
  FieldProblems,
  ProblemNotice,
  ProgressIndicator,
  SelectField,
  StatusChip,
  TextField,
  translatedOptions,
} from '@cchc/portal-ui';
import { AuthSession, numberOrNull, PreferencesService, vietnamDate, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { map, of, switchMap, type Observable } from 'rxjs';
import { AttachmentsPanel } from './attachments-panel';
import { ConfidentialToggle } from './confidential-toggle';
import {
  contributionCheck,
  draftForSave,
  draftOf,
  entryActions,
  isShownInline,
  liveProblems,
} from './entry-form';
import { PersonTable, type PersonRow } from './person-table';

/** The long text sections of the application, grouped as the form of Circular 18/2013 orders them. */
const SOLUTION_SECTIONS = ['currentSituation', 'solution', 'novelty'] as const;
const APPLICATION_SECTIONS = ['applicationScope', 'conditionsToApply'] as const;
type Action = 'save' | 'submit' | 'withdraw';
type TextSection = (typeof SOLUTION_SECTIONS)[number] | (typeof APPLICATION_SECTIONS)[number] | 'benefits';

/**
 * The initiative application (Decree 13/2012, art. 5): authors and their shares, the solution, its application and
 * benefits, confidential sections and files. A draft is saved as a whole and submitted before the deadline.
 */
@Component({
  selector: 'cchc-entry-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    NgTemplateOutlet,
    ProgressIndicator,
    ProblemNotice,
    StatusChip,
    Countdown,
    TextField,
    SelectField,
    CheckboxGroup,
    FieldProblems,
    PersonTable,
    ConfidentialToggle,
    AttachmentsPanel,
  ],
  templateUrl: './entry-form-page.html',
})
export class EntryFormPage {
  readonly id = input.required<string>();

  private readonly entries = inject(EntriesClient);
  private readonly contests = inject(ContestsClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly province = inject(AuthSession).user.province;
  protected readonly resource = remoteResource(
    () => (this.province ? { province: this.province, id: this.id() } : null),
    ({ province, id }) =>
      this.entries
        .get(province, id)
        .pipe(
          switchMap((entry) =>
            this.contests.get(province, entry.contestId).pipe(map((contest) => ({ entry, contest }))),
          ),
        ),
  );
  private readonly loaded = computed(() => {
    const data = this.resource.data();
    return data?.state === 'loaded' ? data.value : null;
  });
  private readonly initialDraft = computed(() => draftOf(this.loaded()?.entry.content ?? {}));
  /** The entry's state as the service last answered it. */
  protected readonly entry = linkedSignal<Entry | null>(() => this.loaded()?.entry ?? null);
  protected readonly contest = computed<Contest | null>(() => this.loaded()?.contest ?? null);
  /** What the form holds; the service's answers never overwrite it, since they leave out what only admins read. */
  protected readonly draft = linkedSignal<EntryDraft>(() => this.initialDraft());
  private readonly savedDraft = linkedSignal<EntryDraft>(() => this.initialDraft());
  protected readonly unsaved = computed(() => this.draft() !== this.savedDraft());

  protected readonly today = vietnamDate(Date.now());
  protected readonly language = computed(() => this.preferences().language);
  protected readonly actions = computed(() => entryActions(this.entry()?.status ?? 'withdrawn'));
  protected readonly shares = computed(() => contributionCheck(this.draft().authors ?? []));
  protected readonly busy = signal<Action | null>(null);
  protected readonly done = signal<'saved' | 'submitted' | 'withdrawn' | null>(null);
  protected readonly confirmingWithdrawal = signal(false);
  /** Why the last action failed, kept until the next one. */
  protected readonly actionProblem = signal<{ action: Action; problem: ApiProblem } | null>(null);
  protected readonly problems = computed<FieldProblem[]>(() => {
    const live = liveProblems(this.draft(), this.today);
    const fromService = (this.actionProblem()?.problem.errors ?? []).filter(
      (problem) => !live.some((known) => known.field === problem.field && known.code === problem.code),
    );
    return [...live, ...fromService];
  });
  protected readonly deadline = computed(() => {
    const contest = this.contest();
    return contest ? vietnamTime(contest.submissionWindow.closesAt, 'end') : null;
  });

  protected readonly solutionSections = SOLUTION_SECTIONS;
  protected readonly applicationSections = APPLICATION_SECTIONS;
  protected readonly entrantOptions = translatedOptions(
    computed(() => this.contest()?.eligibleEntrants ?? []),
    'entrantKinds',
  );
  protected readonly solutionTypeOptions = translatedOptions(SOLUTION_TYPE_KEYS, 'solutionTypes');
  protected readonly formatOptions = translatedOptions(ENTRY_FORMAT_KEYS, 'entryFormats');
  protected readonly indexOptions = translatedOptions(
    computed(() => this.contest()?.targetIndices ?? []),
    'targetIndices',
  );
  protected readonly fieldOptions = computed(() => {
    const fields = this.contest()?.fields ?? [];
    return fields.map((field) => ({
      value: field.key,
      label: fieldLabel(fields, field.key, this.language()),
    }));
  });
  protected readonly numberOrNull = numberOrNull;
  protected readonly isShownInline = isShownInline;

  protected at(path: string): FieldProblem[] {
    return problemsAt(this.problems(), path);
  }

  protected atAny(...paths: string[]): FieldProblem[] {
    return paths.flatMap((path) => this.at(path));
  }

  protected under(path: string): FieldProblem[] {
    return problemsUnder(this.problems(), path);
  }

  protected patch(changes: EntryDraft): void {
    this.done.set(null);
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected text(section: TextSection): string {
    return this.draft()[section] ?? '';
  }

  protected setText(section: TextSection, value: string): void {
    this.patch({ [section]: value });
  }

  // The selects and groups offer only the contest's or the catalogue's values, so what they give back has that type.
  protected setChoice(changes: {
    entrantKind?: string;
    fieldKey?: string;
    solutionType?: string;
    format?: string;
  }): void {
    this.patch(changes as { entrantKind?: EntrantKind; solutionType?: SolutionType; format?: EntryFormat });
  }

  protected setIndices(values: readonly string[]): void {
    this.patch({ targetIndices: values as TargetIndex[] });
  }

  protected setPeople(list: 'authors' | 'trialParticipants', people: readonly PersonRow[]): void {
    this.patch({ [list]: [...people] });
  }

  protected isConfidential(section: ConfidentialSection): boolean {
    return this.draft().confidentialSections?.includes(section) ?? false;
  }

  protected markConfidential(section: ConfidentialSection, marked: boolean): void {
    const others = (this.draft().confidentialSections ?? []).filter((each) => each !== section);
    this.patch({ confidentialSections: marked ? [...others, section] : others });
  }

  protected setFunding(changes: { used?: boolean; amountVnd?: number | null }): void {
    const funding = { ...this.draft().stateFunding, ...changes };
    // An amount of state funds only makes sense when they were used; the service refuses it otherwise.
    this.patch({ stateFunding: funding.used ? funding : { used: funding.used } });
  }

  protected save(): void {
    this.run('save', this.saved(), 'saved');
  }

  protected submit(): void {
    const { province, id } = this.target();
    this.run('submit', this.saved().pipe(switchMap(() => this.entries.submit(province, id))), 'submitted');
  }

  protected withdraw(): void {
    const { province, id } = this.target();
    this.confirmingWithdrawal.set(false);
    this.run('withdraw', this.entries.withdraw(province, id), 'withdrawn');
  }

  private target(): { province: string; id: string } {
    return { province: this.province ?? '', id: this.id() };
  }

  /** Saves the draft when it changed; answers the entry as the service has it. */
  private saved(): Observable<Entry | null> {
    if (!this.unsaved()) return of(this.entry());
    const { province, id } = this.target();
    const draft = this.draft();
    return this.entries.save(province, id, draftForSave(draft)).pipe(
      map((entry) => {
        this.savedDraft.set(draft);
        return entry;
      }),
    );
  }

  private run(
    action: Action,
    call: Observable<Entry | null>,
    outcome: 'saved' | 'submitted' | 'withdrawn',
  ): void {
    this.busy.set(action);
    this.done.set(null);
    this.actionProblem.set(null);
    call.subscribe({
      next: (entry) => {
        this.busy.set(null);
        if (entry) this.entry.set(entry);
        this.done.set(outcome);
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.actionProblem.set({ action, problem: toApiProblem(error) });
      },
    });
  }
}
