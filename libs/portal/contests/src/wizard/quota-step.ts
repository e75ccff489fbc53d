import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FieldProblems, TextField } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { WizardStep } from './wizard-step';

/** Step 4: how many entries each unit must propose, if the plan sets a quota (Cao Bằng: at least one). */
@Component({
  selector: 'cchc-wizard-quota-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, TextField, FieldProblems],
  template: `
    <ng-container *transloco="let t; prefix: 'wizard.quota'">
      <p>{{ t('intro') }}</p>
      <label class="check">
        <input
          #enabled
          type="checkbox"
          data-testid="contest-quota-enabled"
          [checked]="form().quotaEnabled"
          (change)="patch({ quotaEnabled: enabled.checked })"
        />
        {{ t('enabled') }}
      </label>
      @if (form().quotaEnabled) {
        <cchc-text-field
          [label]="t('minEntriesPerUnit')"
          type="number"
          [min]="1"
          [step]="1"
          [required]="true"
          testId="contest-quota-min"
          [value]="form().minEntriesPerUnit?.toString() ?? ''"
          (valueChange)="patch({ minEntriesPerUnit: numberOrNull($event) })"
          [problems]="at('quota.minEntriesPerUnit')"
        />
      }
      <cchc-field-problems [problems]="at('quota').filter(isWholeQuota)" />
    </ng-container>
  `,
})
export class WizardQuotaStep extends WizardStep {
  protected readonly isWholeQuota = (problem: { field: string }) => problem.field === 'quota';
}
