import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import {
  EntriesClient,
  remoteResource,
  toApiProblem,
  type ApiProblem,
  type Attachment,
} from '@cchc/portal-data-access';
import { ProblemNotice, ProgressIndicator } from '@cchc/portal-ui';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Subscription } from 'rxjs';

/** The types the service accepts (by content: PDF, DOCX, PNG, JPEG); the file chooser offers only these. */
const ACCEPTED = '.pdf,.docx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** An upload in progress or just finished, as the progress bar shows it. */
type Upload = { fileName: string; percent: number; done: boolean };

/** The files of an entry: listed, downloaded, and while it is a draft uploaded (with progress) and removed. */
@Component({
  selector: 'cchc-attachments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ProgressIndicator, ProblemNotice],
  template: `
    <ng-container *transloco="let t; prefix: 'attachments'">
      <p class="muted">{{ t('intro') }}</p>
      @if (resource.data(); as loaded) {
        @if (loaded.state === 'loading') {
          <cchc-progress [label]="t('loading')" />
        } @else if (loaded.state === 'failed') {
          <cchc-problem-notice
            [heading]="t('loadFailed')"
            [problem]="loaded.problem"
            testId="attachments"
            [retryable]="true"
            (retry)="resource.reload()"
          />
        } @else {
          @if (files().length === 0) {
            <p data-testid="attachments-empty">{{ t('empty') }}</p>
          } @else {
            <ul class="files" data-testid="attachments">
              @for (file of files(); track file.id) {
                <li data-testid="attachment-row" [attr.data-file-name]="file.fileName">
                  <button type="button" class="link" (click)="download(file)">{{ file.fileName }}</button>
                  <span class="muted">{{ t('size', { size: kilobytes(file.size) }) }}</span>
                  @if (editable()) {
                    <button
                      type="button"
                      class="button secondary"
                      data-testid="attachment-remove"
                      (click)="remove(file)"
                    >
                      {{ t('remove') }}<span class="visually-hidden">: {{ file.fileName }}</span>
                    </button>
                  }
                </li>
              }
            </ul>
          }
        }
      }
      @if (editable()) {
        <div class="upload">
          <label for="attachment-input">{{ t('choose') }}</label>
          <input
            #chooser
            id="attachment-input"
            type="file"
            [accept]="accepted"
            [disabled]="uploading()"
            data-testid="attachment-input"
            (change)="send(chooser)"
          />
        </div>
      }
      @if (upload(); as current) {
        <div class="progress" role="status">
          <progress
            max="100"
            [value]="current.percent"
            [attr.aria-label]="t('progressLabel', { name: current.fileName })"
            data-testid="upload-progress"
            [attr.data-done]="current.done"
          ></progress>
          <span data-testid="upload-status">
            {{
              current.done
                ? t('uploaded', { name: current.fileName })
                : t('uploading', { name: current.fileName, percent: current.percent })
            }}
          </span>
        </div>
      }
      @if (problem(); as failed) {
        <cchc-problem-notice [heading]="failedHeading(failed, t)" [problem]="failed" testId="attachment" />
      }
    </ng-container>
  `,
  styles: `
    .files {
      margin: var(--space-2) 0;
      padding: 0;
      list-style: none;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      align-items: center;
      padding-block: var(--space-1);
    }
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
  `,
})
export class AttachmentsPanel {
  readonly province = input.required<string>();
  readonly entryId = input.required<string>();
  /** Files change only with a draft. */
  readonly editable = input.required<boolean>();

  private readonly entries = inject(EntriesClient);
  protected readonly accepted = ACCEPTED;
  protected readonly resource = remoteResource(
    () => ({ province: this.province(), entryId: this.entryId() }),
    ({ province, entryId }) => this.entries.attachments(province, entryId),
  );
  /** The files as loaded, then as this panel's uploads and removals changed them. */
  protected readonly files = linkedSignal<readonly Attachment[]>(() => {
    const loaded = this.resource.data();
    return loaded?.state === 'loaded' ? loaded.value : [];
  });
  protected readonly upload = signal<Upload | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly uploading = computed(() => this.upload()?.done === false);
  private running: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected kilobytes(bytes: number): string {
    return Math.max(1, Math.round(bytes / 1024)).toLocaleString();
  }

  protected failedHeading(problem: ApiProblem, t: (key: string) => string): string {
    if (problem.status === 413) return t('tooLarge');
    if (problem.status === 415) return t('wrongType');
    return t('failed');
  }

  protected send(chooser: HTMLInputElement): void {
    const file = chooser.files?.[0];
    if (!file || this.uploading()) return;
    this.problem.set(null);
    this.upload.set({ fileName: file.name, percent: 0, done: false });
    this.running = this.entries.attach(this.province(), this.entryId(), file).subscribe({
      next: (state) => {
        if (state.state === 'sending') {
          this.upload.set({ fileName: file.name, percent: Math.round(state.percent), done: false });
        } else {
          this.upload.set({ fileName: file.name, percent: 100, done: true });
          this.files.update((files) => [...files, state.result]);
          chooser.value = '';
        }
      },
      error: (error: unknown) => {
        this.upload.set(null);
        this.problem.set(toApiProblem(error));
        chooser.value = '';
      },
    });
  }

  protected remove(file: Attachment): void {
    this.problem.set(null);
    this.entries.removeAttachment(this.province(), this.entryId(), file.id).subscribe({
      next: () => this.files.update((files) => files.filter((other) => other.id !== file.id)),
      error: (error: unknown) => this.problem.set(toApiProblem(error)),
    });
  }

  protected download(file: Attachment): void {
    this.entries.download(this.province(), this.entryId(), file.id).subscribe({
      next: (content) => {
        const url = URL.createObjectURL(content);
        const link = document.createElement('a');
        link.href = url;
        link.download = file.fileName;
        link.click();
        // The browser has taken the file once the click is handled.
        setTimeout(() => URL.revokeObjectURL(url));
      },
      error: (error: unknown) => this.problem.set(toApiProblem(error)),
    });
  }
}
