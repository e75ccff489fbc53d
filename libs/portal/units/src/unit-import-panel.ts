import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  RegistryClient,
  toApiProblem,
  type ApiProblem,
  type FieldProblem,
  type UnitImportReport,
} from '@cchc/portal-data-access';
import { Notice, ProblemNotice } from '@cchc/portal-ui';
import { PreferencesService } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Subscription } from 'rxjs';
import {
  importReportLines,
  isFileReport,
  TEMPLATE_FILE_NAME,
  TEMPLATE_TYPE,
  unitImportTemplate,
} from './unit-import-report';

/** The file chooser offers spreadsheets; the service tells CSV from XLSX by the content, not by the name. */
const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A check or an import on its way, as the progress bar shows it. */
interface Sending {
  dryRun: boolean;
  fileName: string;
  percent: number;
  done: boolean;
}

/**
 * A province admin imports units from a CSV or XLSX file: first a check (dry run) that lists the units it would
 * create or every problem by line, then the import of exactly that file, all units or none.
 */
@Component({
  selector: 'cchc-unit-import-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, Notice, ProblemNotice],
  template: `
    <section *transloco="let t" class="panel" data-testid="unit-import" aria-labelledby="unit-import-heading">
      <h2 id="unit-import-heading">{{ t('unitImport.title') }}</h2>
      <p>{{ t('unitImport.intro') }}</p>
      <p>
        <button type="button" class="link" data-testid="import-template" (click)="downloadTemplate()">
          {{ t('unitImport.template') }}
        </button>
      </p>
      <div class="form-field">
        <label for="unit-import-file">{{ t('unitImport.choose') }}</label>
        <input
          #chooser
          id="unit-import-file"
          type="file"
          [accept]="accepted"
          [disabled]="busy()"
          data-testid="import-file"
          (change)="choose(chooser.files?.[0] ?? null)"
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          data-testid="import-check"
          [disabled]="!file() || busy()"
          (click)="send(true)"
        >
          {{ t('unitImport.check') }}
        </button>
        <button
          type="button"
          class="button"
          data-testid="import-submit"
          [disabled]="!checked() || busy()"
          (click)="send(false)"
        >
          {{
            t(checked() ? 'unitImport.submit' : 'unitImport.submitAfterCheck', {
              count: checked()?.rows?.length ?? 0,
            })
          }}
        </button>
      </div>

      @if (sending(); as current) {
        <div class="progress" role="status">
          <progress
            max="100"
            [value]="current.percent"
            [attr.aria-label]="t('unitImport.progressLabel', { name: current.fileName })"
            data-testid="import-progress"
            [attr.data-done]="current.done"
          ></progress>
          <span data-testid="import-status">{{ progressText(current, t) }}</span>
        </div>
      }

      @if (done(); as report) {
        <cchc-notice data-testid="import-done" [attr.data-imported]="report.imported">
          <p>{{ t('unitImport.done', { count: report.imported }) }}</p>
        </cchc-notice>
      } @else if (checked(); as report) {
        <cchc-notice data-testid="import-checked">
          <p>{{ t('unitImport.checked', { count: report.rows.length }) }}</p>
        </cchc-notice>
      }
      @if (done() ?? checked(); as report) {
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="import-preview-caption">
          <table class="data-table" data-testid="import-preview">
            <caption id="import-preview-caption">
              {{
                t(report.dryRun ? 'unitImport.previewCaption' : 'unitImport.createdCaption', {
                  count: report.rows.length,
                })
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('unitImport.columns.line') }}</th>
                <th scope="col">{{ t('unitImport.columns.code') }}</th>
                <th scope="col">{{ t('unitImport.columns.name') }}</th>
                <th scope="col">{{ t('unitImport.columns.kind') }}</th>
                <th scope="col">{{ t('unitImport.columns.parent') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of report.rows; track row.row) {
                <tr
                  data-testid="import-preview-row"
                  [attr.data-line]="row.row"
                  [attr.data-unit-code]="row.code"
                >
                  <td>{{ row.row }}</td>
                  <td class="code">{{ row.code }}</td>
                  <th scope="row">{{ row.name }}</th>
                  <td>{{ t('units.kind.' + row.kind) }}</td>
                  <td class="code">{{ row.parentCode ?? '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      @if (refusal(); as problems) {
        <cchc-notice
          tone="error"
          [heading]="t('unitImport.refused')"
          data-testid="import-report"
          [attr.data-problems]="problems.length"
        >
          <p data-testid="import-nothing">
            {{ t('unitImport.nothingImported', { problems: problems.length, lines: reportLines().length }) }}
          </p>
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="import-report-caption">
            <table class="data-table">
              <caption id="import-report-caption">
                {{
                  t('unitImport.reportCaption')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('unitImport.columns.line') }}</th>
                  <th scope="col">{{ t('unitImport.columns.column') }}</th>
                  <th scope="col">{{ t('unitImport.columns.problem') }}</th>
                  <th scope="col">{{ t('unitImport.columns.value') }}</th>
                </tr>
              </thead>
              @for (group of reportLines(); track group.line) {
                <tbody data-testid="import-report-line" [attr.data-line]="group.line">
                  @for (problem of group.problems; track $index; let first = $first) {
                    <tr
                      data-testid="import-problem"
                      [attr.data-column]="problem.column"
                      [attr.data-code]="problem.code"
                    >
                      @if (first) {
                        <th scope="rowgroup" [attr.rowspan]="group.problems.length">
                          {{
                            group.line === null
                              ? t('unitImport.wholeFile')
                              : group.line === 1
                                ? t('unitImport.headerLine')
                                : t('unitImport.line', { line: group.line })
                          }}
                        </th>
                      }
                      <td>{{ problem.column ? t('unitImport.columns.' + problem.column) : '—' }}</td>
                      <td>{{ problem.text }}</td>
                      <td class="code">{{ problem.value ?? '—' }}</td>
                    </tr>
                  }
                </tbody>
              }
            </table>
          </div>
        </cchc-notice>
      }

      @if (problem(); as failed) {
        <cchc-problem-notice [heading]="failedHeading(failed, t)" [problem]="failed" testId="import" />
      }
    </section>
  `,
  styles: `
    .progress {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      align-items: center;
      margin-block: var(--space-2);
    }
    progress {
      width: min(20rem, 100%);
      height: 1rem;
    }
    .code {
      font-family: var(--font-mono);
      white-space: nowrap;
    }
    tbody th[scope='rowgroup'] {
      vertical-align: top;
      white-space: nowrap;
    }
  `,
})
export class UnitImportPanel {
  readonly province = input.required<string>();
  /** After units were created, with how many. */
  readonly imported = output<number>();

  private readonly registry = inject(RegistryClient);
  private readonly preferences = inject(PreferencesService).preferences;
  protected readonly accepted = ACCEPTED;
  protected readonly file = signal<File | null>(null);
  protected readonly sending = signal<Sending | null>(null);
  protected readonly busy = computed(() => this.sending()?.done === false);
  /** The dry run of the chosen file, which passed: only then may it be imported. */
  protected readonly checked = signal<UnitImportReport | null>(null);
  protected readonly done = signal<UnitImportReport | null>(null);
  /** The problems of a refused file. */
  protected readonly refusal = signal<readonly FieldProblem[] | null>(null);
  /** Any other failure: the wrong type of file, too large, no access, no connection. */
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly reportLines = computed(() =>
    importReportLines(this.refusal() ?? [], this.preferences().language),
  );
  private running: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected choose(file: File | null): void {
    this.file.set(file);
    this.sending.set(null);
    this.checked.set(null);
    this.done.set(null);
    this.refusal.set(null);
    this.problem.set(null);
  }

  protected send(dryRun: boolean): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.refusal.set(null);
    this.problem.set(null);
    this.done.set(null);
    this.sending.set({ dryRun, fileName: file.name, percent: 0, done: false });
    this.running = this.registry.importUnits(this.province(), file, dryRun).subscribe({
      next: (state) => {
        if (state.state === 'sending') {
          this.sending.set({ dryRun, fileName: file.name, percent: Math.round(state.percent), done: false });
          return;
        }
        this.sending.set({ dryRun, fileName: file.name, percent: 100, done: true });
        if (dryRun) {
          this.checked.set(state.result);
        } else {
          // Imported once; the same file again would only find its codes taken.
          this.checked.set(null);
          this.done.set(state.result);
          this.imported.emit(state.result.imported);
        }
      },
      error: (error: unknown) => {
        this.sending.set(null);
        this.checked.set(null);
        const problem = toApiProblem(error);
        if (isFileReport(problem)) this.refusal.set(problem.errors);
        else this.problem.set(problem);
      },
    });
  }

  protected progressText(current: Sending, t: (key: string, params?: object) => string): string {
    const name = current.fileName;
    if (current.done) return t(current.dryRun ? 'unitImport.checkedFile' : 'unitImport.sentFile', { name });
    // Every byte is out; the service is still reading the lines.
    if (current.percent >= 100) return t('unitImport.reading', { name });
    return t('unitImport.sending', { name, percent: current.percent });
  }

  protected failedHeading(problem: ApiProblem, t: (key: string) => string): string {
    if (problem.status === 413) return t('unitImport.tooLarge');
    if (problem.status === 415) return t('unitImport.wrongType');
    return t('unitImport.failed');
  }

  protected downloadTemplate(): void {
    const url = URL.createObjectURL(new Blob([unitImportTemplate()], { type: TEMPLATE_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = TEMPLATE_FILE_NAME;
    link.click();
    // The browser has taken the file once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url));
  }
}
