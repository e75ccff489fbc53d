import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/** Route titles are translation keys; the document title is "<page> – <platform>" in the current language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private pageKey: string | undefined;

  constructor() {
    super();
    // Emits once the active language's texts are loaded, so translate() below has them.
    this.transloco.selectTranslation().subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const platform = this.transloco.translate('app.name');
    this.title.setTitle(this.pageKey ? `${this.transloco.translate(this.pageKey)} – ${platform}` : platform);
  }
}
