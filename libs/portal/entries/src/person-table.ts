import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import {
  problemsAt,
  type EntryAuthor,
  type FieldProblem,
  type TrialParticipant,
} from '@cchc/portal-data-access';
import { FieldProblems } from '@cchc/portal-ui';
import { numberOrNull } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/** A row of either table; authors have a share, trial participants a task. */
export type PersonRow = EntryAuthor & TrialParticipant;

/** The text columns every person has, in the order of the application form. */
const TEXT_COLUMNS = ['workplace', 'title', 'qualification'] as const;

/**
 * The people of an application as an editable table: the authors with their contribution shares, or those who took
 * part in the trial application with their tasks (Circular 18/2013, form of the application).
 */
@Component({
  selector: 'cchc-person-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, FieldProblems],
  template: `
    <ng-container *transloco="let t; prefix: 'people'">
      <div class="table-scroll">
        <table class="data-table form-table" [attr.data-testid]="kind() + '-table'">
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{{ t('name') }}</th>
              <th scope="col">{{ t('dateOfBirth') }}</th>
              @for (column of textColumns; track column) {
                <th scope="col">{{ t(column) }}</th>
              }
              <th scope="col">{{ kind() === 'author' ? t('contributionPercent') : t('task') }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ t('actions') }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (person of people(); track $index; let index = $index) {
              @let number = index + 1;
              @let who = t(kind(), { number });
              <tr [attr.data-testid]="kind() + '-row'">
                <td>{{ number }}</td>
                <td>
                  <input
                    #name
                    [value]="person.name ?? ''"
                    [attr.aria-label]="t('name') + ' — ' + who"
                    [attr.aria-invalid]="at(index, 'name').length > 0"
                    maxlength="200"
                    data-testid="person-name"
                    (input)="change(index, { name: name.value })"
                  />
                  <cchc-field-problems [problems]="at(index, 'name')" />
                </td>
                <td>
                  <input
                    #born
                    type="date"
                    [value]="person.dateOfBirth ?? ''"
                    [max]="today()"
                    [attr.aria-label]="t('dateOfBirth') + ' — ' + who"
                    [attr.aria-invalid]="at(index, 'dateOfBirth').length > 0"
                    data-testid="person-dob"
                    (input)="change(index, { dateOfBirth: born.value })"
                  />
                  <cchc-field-problems [problems]="at(index, 'dateOfBirth')" />
                </td>
                @for (column of textColumns; track column) {
                  <td>
                    <input
                      #text
                      [value]="person[column] ?? ''"
                      [attr.aria-label]="t(column) + ' — ' + who"
                      [attr.aria-invalid]="at(index, column).length > 0"
                      maxlength="300"
                      [attr.data-testid]="'person-' + column"
                      (input)="changeText(index, column, text.value)"
                    />
                    <cchc-field-problems [problems]="at(index, column)" />
                  </td>
                }
                <td>
                  @if (kind() === 'author') {
                    <input
                      #share
                      type="number"
                      min="0.01"
                      max="100"
                      step="0.01"
                      inputmode="decimal"
                      class="share"
                      [value]="person.contributionPercent ?? ''"
                      [attr.aria-label]="t('contributionPercent') + ' — ' + who"
                      [attr.aria-invalid]="at(index, 'contributionPercent').length > 0"
                      data-testid="person-contribution"
                      (input)="change(index, { contributionPercent: numberOrNull(share.value) })"
                    />
                    <cchc-field-problems [problems]="at(index, 'contributionPercent')" />
                  } @else {
                    <textarea
                      #task
                      rows="2"
                      maxlength="1000"
                      [value]="person.task ?? ''"
                      [attr.aria-label]="t('task') + ' — ' + who"
                      data-testid="person-task"
                      (input)="change(index, { task: task.value })"
                    ></textarea>
                  }
                </td>
                <td>
                  <button
                    type="button"
                    class="button secondary"
                    data-testid="person-remove"
                    (click)="remove(index)"
                  >
                    {{ t('remove') }}<span class="visually-hidden"> — {{ who }}</span>
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <button type="button" class="button secondary" [attr.data-testid]="kind() + '-add'" (click)="add()">
        {{ t(kind() === 'author' ? 'addAuthor' : 'addParticipant') }}
      </button>
    </ng-container>
  `,
  styles: `
    input,
    textarea {
      width: 100%;
      min-width: 8rem;
    }
    .share {
      min-width: 5rem;
    }
  `,
})
export class PersonTable {
  readonly kind = input.required<'author' | 'participant'>();
  readonly caption = input.required<string>();
  readonly people = model.required<readonly PersonRow[]>();
  /** Problems under the list's own path (`authors`, `trialParticipants`), with the row index first. */
  readonly problems = input<readonly FieldProblem[]>([]);
  /** Viet Nam's date today, `YYYY-MM-DD`: nobody in an application is born later. */
  readonly today = input.required<string>();

  protected readonly textColumns = TEXT_COLUMNS;
  protected readonly numberOrNull = numberOrNull;

  protected at(index: number, column: string): FieldProblem[] {
    return problemsAt(this.problems(), `${index}.${column}`);
  }

  protected change(index: number, changes: PersonRow): void {
    this.people.update((people) =>
      people.map((person, at) => (at === index ? { ...person, ...changes } : person)),
    );
  }

  protected changeText(index: number, column: (typeof TEXT_COLUMNS)[number], value: string): void {
    this.change(index, { [column]: value });
  }

  protected add(): void {
    this.people.update((people) => [
      ...people,
      this.kind() === 'author' ? { contributionPercent: null } : {},
    ]);
  }

  protected remove(index: number): void {
    this.people.update((people) => people.filter((_, at) => at !== index));
  }
}
