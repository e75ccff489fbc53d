import type { Routes } from '@angular/router';
import { EntryFormPage } from './entry-form-page';
import { MyEntriesPage } from './my-entries-page';
import { UnitEntriesPage } from './unit-entries-page';

/** /entries: the user's own entries and the application form. Route titles are translation keys. */
export const entriesRoutes: Routes = [
  { path: '', component: MyEntriesPage },
  { path: ':id', component: EntryFormPage, title: 'entry.title' },
];

/** /unit-entries: a coordinator forwards their unit's entries. */
export const unitEntriesRoutes: Routes = [{ path: '', component: UnitEntriesPage }];
