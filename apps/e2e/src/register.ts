import { aProviderInput, aUnitInput, postGraphQL, ProviderFields, UnitFields } from '@kvalitetsnav/testing';
import { CREATE_PROVIDER, CREATE_PROVIDER_API_KEY, CREATE_UNIT } from './gateway-operations';

/**
 * Setting the stage through the gateway with typed operations: the register every e2e test
 * starts from. Each throws with the gateway's answer when it is refused.
 */

type Headers = Record<string, string>;

function created<T>(what: string, answer: { data?: T; errors?: unknown[] }): T {
  if (answer.errors?.length || !answer.data) throw new Error(`${what} refused: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

export async function registerProvider(gatewayUrl: string, headers: Headers, fields: Partial<ProviderFields> = {}) {
  const answer = await postGraphQL(
    `${gatewayUrl}/graphql`,
    CREATE_PROVIDER,
    { input: aProviderInput(fields) },
    headers,
  );
  return created('createProvider', answer).createProvider;
}

export async function registerUnit(
  gatewayUrl: string,
  headers: Headers,
  providerId: string,
  fields: Partial<Omit<UnitFields, 'providerId'>> = {},
) {
  const answer = await postGraphQL(
    `${gatewayUrl}/graphql`,
    CREATE_UNIT,
    { input: aUnitInput(providerId, fields) },
    headers,
  );
  return created('createUnit', answer).createUnit;
}

/** A provider's API key, as its system would send it. */
export async function issueApiKey(
  gatewayUrl: string,
  headers: Headers,
  providerId: string,
  name = 'verksamhetssystem',
) {
  const answer = await postGraphQL(
    `${gatewayUrl}/graphql`,
    CREATE_PROVIDER_API_KEY,
    { input: { providerId, name } },
    headers,
  );
  return { 'x-api-key': created('createProviderApiKey', answer).createProviderApiKey.key };
}
