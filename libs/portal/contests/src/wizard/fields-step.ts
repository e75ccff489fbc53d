import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import type { ContestField } from '@cchc/portal-data-access';
import { FieldProblems } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { OPTIONAL_CCHC_FIELDS } from '../cchc-fields';
import { fieldKeyFor } from '../contest-form';
import { WizardStep } from './wizard-step';

/** Step 2: the fields entries must belong to; the six CCHC fields by default, plus the province's own. */
@Component({
  selector: 'cchc-wizard-fields-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, FieldProblems],
  template: `
    <ng-container *transloco="let t; prefix: 'wizard.fields'">
      <p>{{ t('intro') }}</p>
      <cchc-field-problems [problems]="at('fields').filter(isListProblem)" />
      <div class="table-scroll">
        <table class="data-table" data-testid="contest-fields">
          <caption>
            {{
              t('caption', { count: form().fields.length })
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('labelVi') }}</th>
              <th scope="col">{{ t('labelEn') }}</th>
              <th scope="col">{{ t('key') }}</th>
              <th scope="col">
                <span class="visually-hidden">{{ t('actions') }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (field of form().fields; track $index; let index = $index) {
              <tr data-testid="contest-field-row" [attr.data-field-key]="field.key">
                <td>
                  <input
                    #vi
                    [value]="field.labelVi"
                    [attr.aria-label]="t('labelViOf', { number: index + 1 })"
                    [attr.aria-invalid]="at('fields.' + index).length > 0"
                    (input)="changeField(index, { labelVi: vi.value })"
                  />
                  <cchc-field-problems [problems]="at('fields.' + index)" />
                </td>
                <td>
                  <input
                    #en
                    [value]="field.labelEn"
                    [attr.aria-label]="t('labelEnOf', { number: index + 1 })"
                    (input)="changeField(index, { labelEn: en.value })"
                  />
                </td>
                <td>
                  <code>{{ field.key }}</code>
                </td>
                <td>
                  <button
                    type="button"
                    class="button secondary"
                    data-testid="contest-field-remove"
                    (click)="removeField(index)"
                  >
                    {{ t('remove') }}<span class="visually-hidden">: {{ field.labelVi }}</span>
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <div class="actions">
        @for (field of missingOptional(); track field.key) {
          <button type="button" class="button secondary" (click)="addField(field.labelVi, field.labelEn)">
            {{ t('addKnown', { name: field.labelVi }) }}
          </button>
        }
      </div>
      <form class="inline-form" (submit)="$event.preventDefault(); addField(name.value, ''); name.value = ''">
        <label for="new-field-name">{{ t('newField') }}</label>
        <input #name id="new-field-name" data-testid="contest-field-name" />
        <button type="submit" class="button secondary" data-testid="contest-field-add">{{ t('add') }}</button>
      </form>
    </ng-container>
  `,
})
export class WizardFieldsStep extends WizardStep {
  protected readonly missingOptional = computed(() =>
    OPTIONAL_CCHC_FIELDS.filter((known) => !this.form().fields.some((field) => field.key === known.key)),
  );
  protected readonly isListProblem = (problem: { field: string }) => problem.field === 'fields';

  protected changeField(index: number, changes: Partial<ContestField>): void {
    this.patch({
      fields: this.form().fields.map((field, at) => (at === index ? { ...field, ...changes } : field)),
    });
  }

  protected removeField(index: number): void {
    this.patch({ fields: this.form().fields.filter((_, at) => at !== index) });
  }

  protected addField(labelVi: string, labelEn: string): void {
    const name = labelVi.trim();
    if (!name) return;
    const fields = this.form().fields;
    const taken = fields.map((field) => field.key);
    const known = OPTIONAL_CCHC_FIELDS.find((field) => field.labelVi === name && !taken.includes(field.key));
    const key = known?.key ?? fieldKeyFor(name, taken);
    this.patch({ fields: [...fields, { key, labelVi: name, labelEn: known?.labelEn ?? labelEn }] });
  }
}
