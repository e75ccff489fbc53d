import type { Routes } from '@angular/router';
import { ContestDetailPage } from './contest-detail-page';
import { ContestListPage } from './contest-list-page';
import { ContestWizardPage } from './contest-wizard-page';
import { QuotaPage } from './quota-page';
import { ScreeningPage } from './screening-page';

/** Route titles are translation keys. */
export const contestsRoutes: Routes = [
  { path: '', component: ContestListPage },
  { path: 'new', component: ContestWizardPage, title: 'wizard.newTitle' },
  { path: ':id', component: ContestDetailPage, title: 'contest.title' },
  { path: ':id/edit', component: ContestWizardPage, title: 'wizard.editTitle' },
  { path: ':id/screening', component: ScreeningPage, title: 'screening.title' },
  { path: ':id/quota', component: QuotaPage, title: 'quota.title' },
];
