import { ApolloServerPlugin } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { GraphQLSchema, printSchema } from 'graphql';

/** The public API schema as SDL: what GET /schema.graphql answers and apps/gateway/schema.graphql holds. */
export const printPublicSchema = (schema: GraphQLSchema): string => `${printSchema(schema)}\n`;

/**
 * The public schema of a supergraph, computed the way the gateway itself does it (federation's
 * machinery and @inaccessible parts removed), so the committed file and the served one agree.
 */
export async function publicSchemaOf(supergraphSdl: string): Promise<string> {
  const gateway = new ApolloGateway({ supergraphSdl });
  try {
    return printPublicSchema((await gateway.load()).schema);
  } finally {
    await gateway.stop();
  }
}

/** Keeps the SDL of the schema the gateway serves, reprinted whenever the gateway loads one. */
export class ServedSchema {
  sdl: string | undefined;

  plugin(): ApolloServerPlugin {
    return {
      serverWillStart: async () => ({
        schemaDidLoadOrUpdate: ({ apiSchema }) => {
          this.sdl = printPublicSchema(apiSchema);
        },
      }),
    };
  }
}
