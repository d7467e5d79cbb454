import DataLoader from 'dataloader';

/** What a subgraph's GraphQL context carries for batching: one set of loaders per request. */
export interface LoaderContext {
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

export const createLoaderContext = (): LoaderContext => ({ loaders: new Map() });

/**
 * The request's DataLoader for `name`, made on first use. The gateway asks a subgraph for a
 * field of many entities in one `_entities` call; resolved one by one that is a query per
 * entity, batched it is one. Living on the request's context (not a request-scoped Nest
 * provider, which would rebuild every resolver per request), a loader never serves one
 * caller's rows to another, and its cache dies with the request.
 */
export function requestLoader<K, V, C = K>(
  context: LoaderContext,
  name: string,
  batch: DataLoader.BatchLoadFn<K, V>,
  options?: DataLoader.Options<K, V, C>,
): DataLoader<K, V, C> {
  let loader = context.loaders.get(name) as DataLoader<K, V, C> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, C>(batch, options);
    context.loaders.set(name, loader as unknown as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** The request's loader of rows by id: one `WHERE id IN (…)` for all ids asked for in a tick. */
export function byIdLoader<T extends { id: string }>(
  context: LoaderContext,
  name: string,
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return requestLoader(context, name, async (ids: readonly string[]) => {
    const found = new Map((await fetch([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
