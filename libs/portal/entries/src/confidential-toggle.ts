import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import type { ConfidentialSection } from '@cchc/portal-data-access';
import { TranslocoDirective } from '@jsverse/transloco';

/** Marks a section of the application as information to keep confidential (Decree 13/2012, art. 5). */
@Component({
  selector: 'cchc-confidential-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <label class="check confidential" *transloco="let t">
      <input
        #box
        type="checkbox"
        [checked]="marked()"
        [attr.data-testid]="'confidential-' + section()"
        (change)="marked.set(box.checked)"
      />
      {{ t('entry.confidential') }}
      <span class="visually-hidden">: {{ t('entry.sections.' + section()) }}</span>
    </label>
  `,
})
export class ConfidentialToggle {
  readonly section = input.required<ConfidentialSection>();
  readonly marked = model.required<boolean>();
}
