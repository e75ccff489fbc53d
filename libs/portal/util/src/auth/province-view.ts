import { computed, type Signal } from '@angular/core';
import type { PortalUser } from './portal-user';
import { provinceInView, showsPredecessor } from './province-access';

/** The province a page shows, and whether it is the history of a province merged into the user's own. */
export interface ProvinceView {
  shown: Signal<string | null>;
  /** The shown province when it is a predecessor (links keep it as `?province=`); null on the user's own. */
  predecessor: Signal<string | null>;
}

/** Follows the province a page's URL asks for (`requested`); see provinceInView. */
export function provinceView(user: PortalUser, requested: () => string | undefined): ProvinceView {
  const shown = computed(() => provinceInView(user, requested()));
  return { shown, predecessor: computed(() => (showsPredecessor(user, shown()) ? shown() : null)) };
}
