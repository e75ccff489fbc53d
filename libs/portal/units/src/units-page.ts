import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { RegistryClient, remoteResource } from '@cchc/portal-data-access';
import { Notice, ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { AuthSession } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import { mayPickProvince, provinceToShow } from './province-access';
import { ProvincePicker } from './province-picker';
import { unitRows } from './unit-rows';

/** The units of the user's province as an indented tree table. */
@Component({
  selector: 'cchc-units-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProgressIndicator, Notice, ProblemNotice, ProvincePicker],
  template: `
    <ng-container *transloco="let t">
      <h1 #heading tabindex="-1">{{ t('units.title') }}</h1>

      @if (canPickProvince) {
        <p>{{ t('provincePicker.intro') }}</p>
        <cchc-province-picker [selected]="provinceCode()" />
      }

      @if (provinceCode(); as code) {
        @if (resource.data(); as units) {
          @if (units.state === 'loading') {
            <cchc-progress [label]="t('units.loading')" data-testid="units-loading" />
          } @else if (units.state === 'failed') {
            <cchc-problem-notice
              [heading]="t('units.loadFailed')"
              [problem]="units.problem"
              testId="units"
              [retryable]="true"
              (retry)="retry()"
            />
          } @else if (rows().length === 0) {
            <cchc-notice data-testid="units-empty">
              <p>{{ t('units.empty') }}</p>
            </cchc-notice>
          } @else {
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="units-caption">
              <table class="data-table" data-testid="units-table">
                <caption id="units-caption">
                  {{
                    t('units.caption', { province: code, count: rows().length })
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('units.columns.code') }}</th>
                    <th scope="col">{{ t('units.columns.name') }}</th>
                    <th scope="col">{{ t('units.columns.kind') }}</th>
                    <th scope="col">{{ t('units.columns.status') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of rows(); track row.id) {
                    <tr data-testid="unit-row" [attr.data-unit-code]="row.code" [attr.data-level]="row.level">
                      <td class="code">{{ row.code }}</td>
                      <th scope="row" class="name">
                        <span class="tree-name" [style.padding-inline-start.rem]="row.indent">
                          @if (row.level > 1) {
                            <span class="branch" aria-hidden="true"></span>
                          }
                          <span>{{ row.name }}</span>
                        </span>
                        <span class="visually-hidden">
                          ({{
                            row.parentName
                              ? t('units.nested', { level: row.level, parent: row.parentName })
                              : t('units.level', { level: row.level })
                          }})
                        </span>
                      </th>
                      <td>{{ t(row.kindKey) }}</td>
                      <td>
                        <span class="status" [attr.data-status]="row.status">{{ t(row.statusKey) }}</span>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      } @else if (!canPickProvince) {
        <cchc-notice data-testid="units-no-province">
          <p>{{ t('units.noProvince') }}</p>
        </cchc-notice>
      }
    </ng-container>
  `,
  styles: `
    .code {
      font-family: var(--font-mono);
      white-space: nowrap;
    }
    .name {
      font-weight: 400;
    }
    .tree-name {
      display: inline-flex;
      align-items: baseline;
      gap: var(--space-2);
    }
    .branch {
      flex: none;
      width: 0.75rem;
      height: 0.6em;
      border-inline-start: 1px solid var(--color-text-muted);
      border-block-end: 1px solid var(--color-text-muted);
      transform: translateY(-0.15em);
    }
    .status {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 1rem;
      font-size: 0.875rem;
      white-space: nowrap;
    }
    .status[data-status='active'] {
      color: var(--color-success);
    }
    .status[data-status='deactivated'],
    .status[data-status='merged'] {
      color: var(--color-text-muted);
    }
  `,
})
export class UnitsPage {
  /** The province of the URL (/units/:province), honoured only for users who may pick one. */
  readonly province = input<string>();

  private readonly registry = inject(RegistryClient);
  private readonly user = inject(AuthSession).user;
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly canPickProvince = mayPickProvince(this.user);
  protected readonly provinceCode = computed(() => provinceToShow(this.user, this.province()));
  protected readonly resource = remoteResource(this.provinceCode, (code) => this.registry.units(code));
  protected readonly rows = computed(() => {
    const units = this.resource.data();
    return units?.state === 'loaded' ? unitRows(units.value) : [];
  });

  protected retry(): void {
    // The retry button disappears while loading; keep the keyboard focus on the page instead of losing it.
    this.heading().nativeElement.focus();
    this.resource.reload();
  }
}
