import type { Routes } from '@angular/router';
import { ContestJudgingPage } from './contest-judging-page';
import { JudgingListPage } from './judging-list-page';
import { ScoreSheetPage } from './score-sheet-page';

/** /judging: contests in judging, each contest's judging by part, a judge's score sheet. Titles are translation keys. */
export const judgingRoutes: Routes = [
  { path: '', component: JudgingListPage },
  {
    path: ':contestId/rounds/:round/entries/:entryId',
    component: ScoreSheetPage,
    title: 'judging.sheet.title',
  },
  { path: ':contestId', component: ContestJudgingPage, title: 'judging.contest.title' },
  { path: ':contestId/:tab', component: ContestJudgingPage, title: 'judging.contest.title' },
];
