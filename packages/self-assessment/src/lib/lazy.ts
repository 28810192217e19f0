/** A module loaded on first use: `get()` is undefined until `load()` has brought it. */
export function lazy<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let loading: Promise<unknown> | undefined;
  return {
    get: () => value,
    load: () =>
      (loading ??= load().then(
        (m) => (value = m),
        () => (loading = undefined),
      )),
  };
}
