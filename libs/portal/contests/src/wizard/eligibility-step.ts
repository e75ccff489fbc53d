import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  ENTRANT_KIND_KEYS,
  TARGET_INDEX_KEYS,
  type EntrantKind,
  type TargetIndex,
} from '@cchc/portal-data-access';
import { CheckboxGroup, translatedOptions } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { WizardStep } from './wizard-step';

/** Step 3: who may enter, which indices entries may aim at, and whether ideas not yet applied are accepted. */
@Component({
  selector: 'cchc-wizard-eligibility-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, CheckboxGroup],
  template: `
    <ng-container *transloco="let t; prefix: 'wizard.eligibility'">
      <cchc-checkbox-group
        [legend]="t('entrants')"
        [options]="entrantOptions()"
        testId="contest-entrants"
        [value]="form().eligibleEntrants"
        (valueChange)="patch({ eligibleEntrants: asEntrants($event) })"
        [problems]="at('eligibleEntrants')"
      />
      <cchc-checkbox-group
        [legend]="t('targetIndices')"
        [options]="indexOptions()"
        testId="contest-indices"
        [value]="form().targetIndices"
        (valueChange)="patch({ targetIndices: asIndices($event) })"
        [problems]="at('targetIndices')"
      />
      <label class="check">
        <input
          #unapplied
          type="checkbox"
          data-testid="contest-accepts-unapplied"
          [checked]="form().acceptsUnappliedIdeas"
          (change)="patch({ acceptsUnappliedIdeas: unapplied.checked })"
        />
        {{ t('acceptsUnappliedIdeas') }}
      </label>
    </ng-container>
  `,
})
export class WizardEligibilityStep extends WizardStep {
  protected readonly entrantOptions = translatedOptions(ENTRANT_KIND_KEYS, 'entrantKinds');
  protected readonly indexOptions = translatedOptions(TARGET_INDEX_KEYS, 'targetIndices');
  // The groups offer only these lists' values, so what they give back is of the list's type.
  protected readonly asEntrants = (values: readonly string[]) => values as EntrantKind[];
  protected readonly asIndices = (values: readonly string[]) => values as TargetIndex[];
}
