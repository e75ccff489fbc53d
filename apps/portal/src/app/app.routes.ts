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
      {
        path: 'mergers',
        title: 'mergers.title',
        canMatch: [sectionGuard('mergers')],
        loadChildren: () => import('@cchc/portal-units').then((module) => module.mergersRoutes),
      },
      {
        path: 'contests',
        title: 'contests.title',
        canMatch: [sectionGuard('contests')],
        loadChildren: () => import('@cchc/portal-contests').then((module) => module.contestsRoutes),
      },
      {
        path: 'entries',
        title: 'entries.title',
        canMatch: [sectionGuard('entries')],
        loadChildren: () => import('@cchc/portal-entries').then((module) => module.entriesRoutes),
      },
      {
        path: 'unit-entries',
        title: 'unitEntries.title',
        canMatch: [sectionGuard('unit-entries')],
        loadChildren: () => import('@cchc/portal-entries').then((module) => module.unitEntriesRoutes),
      },
      {
        path: 'judging',
        title: 'judging.title',
        canMatch: [sectionGuard('judging')],
        loadChildren: () => import('@cchc/portal-judging').then((module) => module.judgingRoutes),
      },
      { path: '**', component: NotFoundPage, title: 'notFound.title' },
    ],
  },
];
