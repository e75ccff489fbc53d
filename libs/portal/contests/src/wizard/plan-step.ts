import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TextField } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { WizardStep } from './wizard-step';

/** Step 1: the plan that launches the contest (number, date, issuing body), its title, years and rules. */
@Component({
  selector: 'cchc-wizard-plan-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, TextField],
  template: `
    <div class="form-grid" *transloco="let t; prefix: 'wizard.plan'">
      <cchc-text-field
        [label]="t('planNumber')"
        [hint]="t('planNumberHint')"
        [required]="true"
        testId="contest-plan-number"
        [value]="form().planNumber"
        (valueChange)="patch({ planNumber: $event })"
        [problems]="at('planNumber')"
      />
      <cchc-text-field
        [label]="t('planDate')"
        type="date"
        [required]="true"
        testId="contest-plan-date"
        [value]="form().planDate"
        (valueChange)="patch({ planDate: $event })"
        [problems]="at('planDate')"
      />
      <cchc-text-field
        class="wide"
        [label]="t('issuingBody')"
        [hint]="t('issuingBodyHint')"
        [required]="true"
        testId="contest-issuing-body"
        [value]="form().issuingBody"
        (valueChange)="patch({ issuingBody: $event })"
        [problems]="at('issuingBody')"
      />
      <cchc-text-field
        class="wide"
        [label]="t('title')"
        [required]="true"
        testId="contest-title"
        [value]="form().title"
        (valueChange)="patch({ title: $event })"
        [problems]="at('title')"
      />
      <cchc-text-field
        [label]="t('startYear')"
        type="number"
        [min]="2000"
        [max]="2100"
        [required]="true"
        testId="contest-start-year"
        [value]="form().startYear?.toString() ?? ''"
        (valueChange)="patch({ startYear: numberOrNull($event) })"
        [problems]="at('period.startYear')"
      />
      <cchc-text-field
        [label]="t('endYear')"
        [hint]="t('endYearHint')"
        type="number"
        [min]="2000"
        [max]="2100"
        [required]="true"
        testId="contest-end-year"
        [value]="form().endYear?.toString() ?? ''"
        (valueChange)="patch({ endYear: numberOrNull($event) })"
        [problems]="at('period.endYear')"
      />
      <cchc-text-field
        class="wide"
        [label]="t('description')"
        [rows]="3"
        testId="contest-description"
        [value]="form().description"
        (valueChange)="patch({ description: $event })"
        [problems]="at('description')"
      />
      <cchc-text-field
        class="wide"
        [label]="t('rules')"
        [hint]="t('rulesHint')"
        [rows]="6"
        testId="contest-rules"
        [value]="form().rules"
        (valueChange)="patch({ rules: $event })"
        [problems]="at('rules')"
      />
    </div>
  `,
})
export class WizardPlanStep extends WizardStep {}
