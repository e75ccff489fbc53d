import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import {
  entrySearchQuery,
  MAX_SEARCH_LENGTH,
  sameSearch,
  searchText,
  type EntrySearch,
} from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/** Long enough to finish a word, short enough to feel immediate. */
const TYPING_PAUSE_MS = 400;

let nextId = 0;

/**
 * Search boxes of an entry list (words and author). What is typed goes into the page's URL (`?q=…&author=…`) once
 * the user pauses or presses Enter, so the page loads from its URL and a search can be bookmarked or shared.
 */
@Component({
  selector: 'cchc-entry-search-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <form
      *transloco="let t; prefix: 'search'"
      role="search"
      class="search"
      data-testid="entry-search"
      [attr.aria-label]="t('label')"
      (submit)="$event.preventDefault(); apply()"
    >
      <div class="form-field">
        <label [for]="id + '-words'">{{ t('words') }}</label>
        <input
          #words
          [id]="id + '-words'"
          type="search"
          [attr.maxlength]="maxLength"
          [attr.aria-describedby]="id + '-hint'"
          data-testid="search-words"
          (input)="typed()"
        />
      </div>
      <div class="form-field">
        <label [for]="id + '-author'">{{ t('author') }}</label>
        <input
          #author
          [id]="id + '-author'"
          type="search"
          [attr.maxlength]="maxLength"
          data-testid="search-author"
          (input)="typed()"
        />
      </div>
      <div class="buttons">
        <button type="submit" class="button" data-testid="search-submit">{{ t('submit') }}</button>
        <button
          type="button"
          class="button secondary"
          data-testid="search-clear"
          (click)="clear(words, author)"
        >
          {{ t('clear') }}
        </button>
      </div>
      <p class="hint" [id]="id + '-hint'">{{ t('hint') }}</p>
    </form>
  `,
  styles: `
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--space-2) var(--space-4);
      margin: var(--space-4) 0;
    }
    .form-field {
      flex: 1 1 14rem;
      margin: 0;
    }
    .buttons {
      display: flex;
      gap: var(--space-2);
    }
    .hint {
      flex-basis: 100%;
      margin: 0;
      color: var(--color-text-muted);
      font-size: 0.875rem;
    }
  `,
})
export class EntrySearchForm {
  /** The search the page's URL holds now. */
  readonly search = input.required<EntrySearch>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  // Not required: the boxes appear once the texts are there, after the first effects have run.
  private readonly words = viewChild<ElementRef<HTMLInputElement>>('words');
  private readonly author = viewChild<ElementRef<HTMLInputElement>>('author');
  protected readonly id = `entry-search-${++nextId}`;
  protected readonly maxLength = MAX_SEARCH_LENGTH;
  private pause: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // The URL wins when it changes from outside (back button, a link); what the user is typing stays as typed when
    // it already means the same search, so a trailing space is not taken away mid-word.
    effect(() => {
      const search = this.search();
      for (const [box, value] of [
        [this.words(), search.words],
        [this.author(), search.author],
      ] as const) {
        if (box && searchText(box.nativeElement.value) !== value) box.nativeElement.value = value;
      }
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.pause));
  }

  protected typed(): void {
    clearTimeout(this.pause);
    this.pause = setTimeout(() => this.apply(), TYPING_PAUSE_MS);
  }

  protected apply(): void {
    clearTimeout(this.pause);
    const next = {
      words: this.words()?.nativeElement.value ?? '',
      author: this.author()?.nativeElement.value ?? '',
    };
    if (sameSearch(next, this.search())) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: entrySearchQuery(next),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clear(words: HTMLInputElement, author: HTMLInputElement): void {
    words.value = '';
    author.value = '';
    this.apply();
    words.focus();
  }
}
