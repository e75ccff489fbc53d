import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { AuthSession } from '@cchc/portal-util';
import { mayPickProvince } from './province-access';
import { UnitsPage } from './units-page';

/** /units shows the user's province; /units/:province exists only for those who may pick any province. */
export const unitsRoutes: Routes = [
  { path: '', component: UnitsPage },
  { path: ':province', component: UnitsPage, canMatch: [() => mayPickProvince(inject(AuthSession).user)] },
];
