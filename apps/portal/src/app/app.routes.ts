import type { Routes } from '@angular/router';
import { HomePage, NotFoundPage, sectionGuard, Shell } from '@cchc/portal-shell';

/** Route titles are translation keys (see the shell's title strategy). */
export const routes: Routes = [
  {
    path: '',
    component: Shell,
    children: [
      { path: '', pathMatch: 'full', component: HomePage, title: 'home.title' },
      {
        path: 'units',
        title: 'units.title',
        canMatch: [sectionGuard('units')],
        loadChildren: () => import('@cchc/portal-units').then((module) => module.unitsRoutes),
      },
      { path: '**', component: NotFoundPage, title: 'notFound.title' },
    ],
  },
];
