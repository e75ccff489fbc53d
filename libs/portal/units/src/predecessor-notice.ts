import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Notice } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';

/** Says that the page shows a province merged into the user's own, which only reads. */
@Component({
  selector: 'cchc-predecessor-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, Notice],
  template: `
    <cchc-notice *transloco="let t" data-testid="predecessor-read-only" [attr.data-province]="code()">
      <p>{{ t('predecessors.readOnly', { code: code() }) }}</p>
    </cchc-notice>
  `,
})
export class PredecessorNotice {
  readonly code = input.required<string>();
}
