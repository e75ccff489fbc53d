export { unitsRoutes } from './units.routes';
