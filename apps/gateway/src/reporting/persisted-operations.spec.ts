import { parse, OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../graphql/identity-context';
import { loadAllowList, readsNothing, reportingAllowListPlugin, sha256 } from './persisted-operations';

const operationOf = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;

describe("REPORTING's allow-list", () => {
  const allowList = loadAllowList();
  const [listed] = allowList.byHash.values();

  async function run(roles: string[], text: string) {
    const listener = await reportingAllowListPlugin(allowList).requestDidStart!({} as never);
    const resolved = listener!.didResolveOperation!;
    return resolved({
      contextValue: { identity: { roles } } as unknown as GatewayContext,
      queryHash: sha256(text),
      operation: operationOf(text),
      document: parse(text),
    } as never);
  }

  it('lets REPORTING run a listed document, by the sha256 of its exact text', async () => {
    await expect(run(['REPORTING'], listed.document)).resolves.toBeUndefined();
  });

  it('lets REPORTING run a listed operation laid out its own way (on one line, say)', async () => {
    await expect(run(['REPORTING'], listed.document.replace(/\s+/g, ' ').trim())).resolves.toBeUndefined();
  });

  it('refuses REPORTING anything else, even a listed operation with one field more', async () => {
    await expect(run(['REPORTING'], '{ surveyRounds { id } }')).rejects.toMatchObject({
      extensions: { code: 'OPERATION_NOT_ALLOWED' },
    });
    const widened = listed.document.replace(/\{/, '{ __typename ');
    await expect(run(['REPORTING'], widened)).rejects.toMatchObject({ extensions: { code: 'OPERATION_NOT_ALLOWED' } });
  });

  it('lets everyone ask for nothing but __typename, which the web does to check a sign-in', async () => {
    await expect(run(['REPORTING'], 'query SessionCheck { __typename }')).resolves.toBeUndefined();
    expect(readsNothing(operationOf('{ __typename surveyRounds { id } }'))).toBe(false);
    expect(readsNothing(operationOf('mutation { __typename }'))).toBe(false);
  });

  it('leaves the other roles to the subgraphs’ own rules', async () => {
    await expect(run(['QUALITY_OFFICIAL'], '{ surveyRounds { id } }')).resolves.toBeUndefined();
  });
});
