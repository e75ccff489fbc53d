import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TextField } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { WizardStep } from './wizard-step';

/** Step 6: a written round, optionally an oral defence with preparation days; unit pre-selection and blind judging. */
@Component({
  selector: 'cchc-wizard-rounds-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, TextField],
  template: `
    <ng-container *transloco="let t; prefix: 'wizard.rounds'">
      <p>{{ t('written') }}</p>
      <label class="check">
        <input
          #oral
          type="checkbox"
          data-testid="contest-oral-defence"
          [checked]="form().oralDefence"
          (change)="patch({ oralDefence: oral.checked })"
        />
        {{ t('oralDefence') }}
      </label>
      @if (form().oralDefence) {
        <cchc-text-field
          [label]="t('preparationDays')"
          type="number"
          [min]="1"
          [step]="1"
          [required]="true"
          testId="contest-preparation-days"
          [value]="form().preparationDays?.toString() ?? ''"
          (valueChange)="patch({ preparationDays: numberOrNull($event) })"
          [problems]="at('rounds')"
        />
      }
      <label class="check">
        <input
          #preselection
          type="checkbox"
          data-testid="contest-preselection"
          [checked]="form().unitPreselection"
          (change)="patch({ unitPreselection: preselection.checked })"
        />
        {{ t('unitPreselection') }}
      </label>
      <label class="check">
        <input
          #blind
          type="checkbox"
          data-testid="contest-blind"
          [checked]="form().blindJudging"
          (change)="patch({ blindJudging: blind.checked })"
        />
        {{ t('blindJudging') }}
      </label>
    </ng-container>
  `,
})
export class WizardRoundsStep extends WizardStep {}
