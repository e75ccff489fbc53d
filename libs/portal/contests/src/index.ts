export { contestsRoutes } from './contests.routes';
