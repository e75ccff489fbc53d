import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { AuthSession, mayPickProvince } from '@cchc/portal-util';
import { MergersPage } from './mergers-page';
import { UnitsPage } from './units-page';

/** /units shows the user's province; /units/:province exists only for those who may pick any province. */
export const unitsRoutes: Routes = [
  { path: '', component: UnitsPage },
  { path: ':province', component: UnitsPage, canMatch: [() => mayPickProvince(inject(AuthSession).user)] },
];

/** /mergers: a platform admin merges provinces and reads their histories. */
export const mergersRoutes: Routes = [{ path: '', component: MergersPage }];
