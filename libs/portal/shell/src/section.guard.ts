import { inject } from '@angular/core';
import type { CanMatchFn } from '@angular/router';
import { AuthSession } from '@cchc/portal-util';
import { maySee } from './navigation';

/** Lets the route match only for users whose roles may use the section; others get "page not found". */
export function sectionGuard(sectionId: string): CanMatchFn {
  return () => maySee(sectionId, inject(AuthSession).user.roles);
}
