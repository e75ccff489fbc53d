export { PredecessorNotice } from './predecessor-notice';
export { PredecessorPicker } from './predecessor-picker';
export { mergersRoutes, unitsRoutes } from './units.routes';
