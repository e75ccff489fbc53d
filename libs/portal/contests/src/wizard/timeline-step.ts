import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TextField } from '@cchc/portal-ui';
import { fromVietnamLocalInput, toVietnamLocalInput, vietnamTime } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { WizardStep } from './wizard-step';

/**
 * Step 5: the submission window. Times are entered and shown in Viet Nam time whatever the browser's time zone; the
 * deadline is the first minute at which entries are refused, so "until the end of 15/09" is 00:00 on 16/09.
 */
@Component({
  selector: 'cchc-wizard-timeline-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, TextField],
  template: `
    <ng-container *transloco="let t">
      <p>{{ t('wizard.timeline.intro') }}</p>
      <div class="form-grid">
        <cchc-text-field
          [label]="t('wizard.timeline.opensAt')"
          type="datetime-local"
          [required]="true"
          testId="contest-opens-at"
          [value]="toVietnamLocalInput(form().opensAt)"
          (valueChange)="patch({ opensAt: fromVietnamLocalInput($event) ?? '' })"
          [problems]="at('submissionWindow.opensAt')"
        />
        <cchc-text-field
          [label]="t('wizard.timeline.closesAt')"
          [hint]="t('wizard.timeline.closesAtHint')"
          type="datetime-local"
          [required]="true"
          testId="contest-closes-at"
          [value]="toVietnamLocalInput(form().closesAt)"
          (valueChange)="patch({ closesAt: fromVietnamLocalInput($event) ?? '' })"
          [problems]="at('submissionWindow.closesAt')"
        />
      </div>
      @if (form().opensAt && form().closesAt) {
        <p data-testid="contest-window-summary">
          {{
            t('wizard.timeline.summary', {
              opens: t('time.at', vietnamTime(form().opensAt)),
              closes: t('time.at', vietnamTime(form().closesAt, 'end')),
            })
          }}
        </p>
      }
    </ng-container>
  `,
})
export class WizardTimelineStep extends WizardStep {
  protected readonly toVietnamLocalInput = toVietnamLocalInput;
  protected readonly fromVietnamLocalInput = fromVietnamLocalInput;
  protected readonly vietnamTime = vietnamTime;
}
