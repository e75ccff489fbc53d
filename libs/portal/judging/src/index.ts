export { judgingRoutes } from './judging.routes';
