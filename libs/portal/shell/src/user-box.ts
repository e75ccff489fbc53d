import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthSession } from '@cchc/portal-util';
import { TranslocoDirective } from '@jsverse/transloco';

/** Who is signed in (name, province, roles) and the sign-out button. */
@Component({
  selector: 'cchc-user-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div
      class="user"
      *transloco="let t"
      role="group"
      [attr.aria-label]="t('user.label')"
      data-testid="user-box"
    >
      <div class="who">
        <p class="name" data-testid="user-name">{{ user.name }}</p>
        <dl>
          <div>
            <dt>{{ t('user.province') }}:</dt>
            <dd data-testid="user-province" [attr.data-province]="user.province">
              {{ user.province ?? t('user.nationwide') }}
            </dd>
          </div>
          <div>
            <dt>{{ t('user.roles') }}:</dt>
            <dd data-testid="user-roles">
              @for (role of user.roles; track role; let last = $last) {
                <span [attr.data-role]="role">{{ t('roles.' + role) }}</span>{{ last ? '' : ', ' }}
              } @empty {
                {{ t('user.noRoles') }}
              }
            </dd>
          </div>
        </dl>
      </div>
      <button type="button" class="logout" data-testid="logout-button" (click)="logout()">
        {{ t('user.logout') }}
      </button>
    </div>
  `,
  styles: `
    .user {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2) var(--space-4);
    }
    .who {
      text-align: end;
    }
    .name {
      margin: 0;
      font-weight: 700;
    }
    dl {
      margin: 0;
      font-size: 0.875rem;
    }
    dl div {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.25rem;
    }
    dt,
    dd {
      margin: 0;
    }
    dt {
      opacity: 0.85;
    }
    .logout {
      min-height: 2.25rem;
      padding: 0.25rem 0.875rem;
      border: 1px solid var(--color-masthead-text);
      border-radius: var(--radius);
      background: transparent;
      color: var(--color-masthead-text);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .logout:hover {
      background: var(--color-masthead-text);
      color: var(--color-masthead-bg);
    }
    @media (max-width: 40rem) {
      .who {
        text-align: start;
      }
      dl div {
        justify-content: flex-start;
      }
    }
  `,
})
export class UserBox {
  private readonly session = inject(AuthSession);
  protected readonly user = this.session.user;

  protected logout(): void {
    void this.session.logout();
  }
}
