export { Notice } from './notice';
export { ProgressIndicator } from './progress-indicator';
