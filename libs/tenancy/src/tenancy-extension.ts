import { Extensions } from '@prisma/client/runtime/client';
import { scopeToProvince, type ScopableTransaction } from './province-scope.ts';

/** The interactive-transaction client of a Prisma client type. */
export type TransactionOf<Client> = Client extends {
  $transaction<R>(work: (tx: infer Tx) => Promise<R>, options?: infer _Options): Promise<R>;
}
  ? Tx
  : never;

interface Transactional {
  $transaction<R>(work: (tx: ScopableTransaction) => Promise<R>, options?: { timeout?: number }): Promise<R>;
}

/**
 * The one way services reach tenant tables: `prisma.$withProvince(code, (tx) => …)` runs the work in a transaction
 * scoped to the province, so row-level security hides and refuses every other province's rows. Outside it, tenant
 * tables show nothing at all.
 */
export const tenancy = {
  name: 'tenancy',
  client: {
    $withProvince<This, R>(
      this: This,
      scope: string,
      work: (tx: TransactionOf<This>) => Promise<R>,
      options?: { timeout?: number },
    ): Promise<R> {
      const prisma = Extensions.getExtensionContext(this) as unknown as Transactional;
      return prisma.$transaction(async (tx) => {
        await scopeToProvince(tx, scope);
        return work(tx as TransactionOf<This>);
      }, options);
    },
  },
};
