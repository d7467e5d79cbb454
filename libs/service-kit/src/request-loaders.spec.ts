import { byIdLoader, createLoaderContext } from './request-loaders';

describe('request loaders', () => {
  const rows = [{ id: 'a' }, { id: 'b' }];

  it('fetches every id asked for in one tick in one call, answering in order with null for the unknown', async () => {
    const fetch = jest.fn(async (ids: string[]) => rows.filter((r) => ids.includes(r.id)));
    const context = createLoaderContext();
    const found = await Promise.all(['b', 'x', 'a'].map((id) => byIdLoader(context, 'rows', fetch).load(id)));
    expect(found).toEqual([{ id: 'b' }, null, { id: 'a' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('never shares loaded rows between requests', async () => {
    const fetch = jest.fn(async (ids: string[]) => rows.filter((r) => ids.includes(r.id)));
    await byIdLoader(createLoaderContext(), 'rows', fetch).load('a');
    await byIdLoader(createLoaderContext(), 'rows', fetch).load('a');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
