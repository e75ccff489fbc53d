export { HomePage } from './home-page';
export { maySee, SECTIONS, sectionsFor, type Section } from './navigation';
export { NotFoundPage } from './not-found-page';
export { sectionGuard } from './section.guard';
export { Shell } from './shell';
export { provideShell } from './shell.providers';
