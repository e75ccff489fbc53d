import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { EntriesClient, remoteResource } from '@cchc/portal-data-access';
import { ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import { noveltyPresentation } from './novelty-rows';

/**
 * The entries of any province and year that resemble one entry, most alike first, each score as a bar; matches that
 * look like copies (from the check's threshold on) stand out. Of an entry the screener may not read, only where,
 * when, what and how alike.
 */
@Component({
  selector: 'cchc-novelty-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProgressIndicator, ProblemNotice],
  host: { 'data-testid': 'novelty-panel', '[attr.data-entry-id]': 'entryId()' },
  template: `
    <ng-container *transloco="let t">
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('novelty.loading')" data-testid="novelty-loading" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('novelty.loadFailed')"
            [problem]="loaded.problem"
            testId="novelty"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else if (shown(); as check) {
          @if (check.rows.length === 0) {
            <p data-testid="novelty-empty">{{ t('novelty.empty') }}</p>
          } @else {
            <p data-testid="novelty-summary" [attr.data-flagged]="check.flagged">
              {{
                check.flagged > 0
                  ? t('novelty.flagged', { count: check.flagged, threshold: check.thresholdPercent })
                  : t('novelty.noneFlagged', { count: check.rows.length, threshold: check.thresholdPercent })
              }}
            </p>
            <ol class="matches">
              @for (row of check.rows; track $index) {
                <li
                  data-testid="novelty-match"
                  [class.flagged]="row.looksLikeCopy"
                  [attr.data-restricted]="row.restricted"
                  [attr.data-flagged]="row.looksLikeCopy"
                  [attr.data-percent]="row.percent"
                >
                  <div class="score" data-testid="novelty-score">
                    <span class="track" aria-hidden="true">
                      <span class="bar" [style.width.%]="row.percent"></span>
                      <span class="threshold" [style.left.%]="check.thresholdPercent"></span>
                    </span>
                    <strong>{{ t('novelty.percent', { percent: row.percent }) }}</strong>
                    @if (row.looksLikeCopy) {
                      <span class="chip danger" data-testid="novelty-flag">{{
                        t('novelty.looksLikeCopy')
                      }}</span>
                    }
                  </div>
                  <p class="title">{{ row.title }}</p>
                  <p class="muted">
                    {{ t('novelty.where', { province: row.provinceCode, year: row.year }) }}
                  </p>
                  @if (row.restricted) {
                    <p class="muted" data-testid="novelty-restricted-note">{{ t('novelty.restricted') }}</p>
                  } @else {
                    <p class="chips">
                      @if (row.sameProvince) {
                        <span class="chip" data-testid="novelty-same-province">{{
                          t('novelty.sameProvince')
                        }}</span>
                      }
                      @if (row.published) {
                        <span class="chip" data-testid="novelty-published">{{ t('novelty.published') }}</span>
                      }
                    </p>
                    @if (row.matchedFields.length > 0) {
                      <p data-testid="novelty-fields">
                        {{ t('novelty.matchedFields') }}
                        @for (field of row.matchedFields; track $index; let last = $last) {
                          {{ 'key' in field ? t(field.key) : field.text }}{{ last ? '' : ', ' }}
                        }
                      </p>
                    }
                  }
                </li>
              }
            </ol>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .matches {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .matches li {
      margin-block: var(--space-2);
      padding: var(--space-3);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .matches li.flagged {
      border-left: 0.375rem solid var(--color-danger);
      background: var(--color-danger-surface);
    }
    .score {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-3);
      align-items: center;
    }
    .track {
      position: relative;
      width: min(14rem, 100%);
      height: 0.875rem;
      border: 1px solid var(--color-border-strong);
      background: var(--color-row-alt);
    }
    .bar {
      position: absolute;
      inset: 0 auto 0 0;
      background: var(--color-info);
    }
    .flagged .bar {
      background: var(--color-danger);
    }
    .threshold {
      position: absolute;
      top: -0.25rem;
      bottom: -0.25rem;
      border-left: 0.1875rem dashed var(--color-text);
    }
    .title {
      margin: var(--space-1) 0 0;
      font-weight: 600;
    }
    p {
      margin: var(--space-1) 0 0;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    .chip {
      display: inline-block;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 1rem;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--color-info);
    }
    .chip.danger {
      color: var(--color-danger);
    }
    @media (forced-colors: active) {
      .bar {
        background: CanvasText;
      }
    }
  `,
})
export class NoveltyPanel {
  readonly province = input.required<string>();
  readonly entryId = input.required<string>();

  private readonly entries = inject(EntriesClient);
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), entryId: this.entryId() }),
    ({ province, entryId }) => this.entries.novelty(province, entryId),
  );
  protected readonly shown = computed(() => {
    const loaded = this.resource.data();
    return loaded?.state === 'loaded' ? noveltyPresentation(loaded.value) : null;
  });
}
