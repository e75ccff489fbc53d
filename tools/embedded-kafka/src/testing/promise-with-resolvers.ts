// @platformatic/kafka 2.x targets Node 22+, whose only feature it uses that Node 20 lacks is
// Promise.withResolvers; the test supplies it so the client can run on the project's Node 20.
interface PromiseWithResolversShim<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

const PromiseConstructor = Promise as unknown as { withResolvers?: <T>() => PromiseWithResolversShim<T> };

PromiseConstructor.withResolvers ??= <T>(): PromiseWithResolversShim<T> => {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
