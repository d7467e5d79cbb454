// Latency and throughput of our gateway and a subgraph beside their references, on the real
// stack with seeded data. Not a test: nothing asserts a time.
//   npm run bench:gateway [-- --duration 10 --connections 10 --warmup 2 --label before --note 'what changed']
import { parseArgs } from 'node:util';
import path from 'node:path';
import { DEVELOPMENT_JWT_SECRET, Identity, IDENTITY_HEADER, signUserToken } from '@kvalitetsnav/auth';
import { postGraphQL } from '@kvalitetsnav/testing';
import { Stack, startStack } from '../../apps/e2e/src/stack';
import { GraphQLTarget, LoadOptions, measure } from './gateway/load';
import { rollingHandoff } from './gateway/reference/handoff';
import { ReferenceProcess, startReference } from './gateway/reference-process';
import { BenchRun, machine, save, ScenarioResult, table } from './gateway/report';
import { seed } from './gateway/seed';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    label: { type: 'string', default: 'latest' },
    note: { type: 'string' },
    // Every service logs each request at info; warn keeps disk writes out of the figures.
    'log-level': { type: 'string', default: 'warn' },
    providers: { type: 'string', default: '4' },
    'units-per-provider': { type: 'string', default: '5' },
  },
});

const ONE_SUBGRAPH = `{ units { id name serviceArea places } }`;
const FOUR_SUBGRAPHS = `{ units { id name provider { name } deviationStatistics { total open } caseFlow { month incoming outgoing } surveyResults { roundName answers sharePositive } } }`;
const IDENTITY: Identity = { sub: 'bench', name: 'Bench Uppföljare', roles: ['ADMIN'] };

async function main(): Promise<void> {
  const load: LoadOptions = {
    connections: Number(args.connections),
    durationSeconds: Number(args.duration),
    warmupSeconds: Number(args.warmup),
  };
  const references: ReferenceProcess[] = [];
  let stack: Stack | undefined;
  const cleanUp = async () => {
    await Promise.allSettled(references.map((r) => r.stop()));
    await stack?.close();
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    process.env['KVN_TEST_LOG_LEVEL'] = args['log-level'];
    log('starting the four subgraphs and the gateway on fresh databases');
    // The per-user request budget would turn the load into 429s.
    stack = await startStack({ gatewayEnv: { RATE_LIMIT_PER_MINUTE: '1000000000' } });
    const gatewayUrl = stack.gatewayUrl ?? '';
    const bearer = { authorization: `Bearer ${await signUserToken(IDENTITY, DEVELOPMENT_JWT_SECRET)}` };
    log('seeding through the gateway');
    const seeded = await seed(gatewayUrl, bearer, {
      providers: Number(args.providers),
      unitsPerProvider: Number(args['units-per-provider']),
    });

    const subgraphUrls = Object.fromEntries(
      Object.entries(stack.subgraphs).map(([name, p]) => [name, `${p.url}/graphql`]),
    );
    log('starting the reference gateway and subgraph');
    const stock = await startReference('stock-gateway', {
      SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
      SUPERGRAPH_PATH: path.resolve(__dirname, '../../apps/gateway/supergraph.graphql'),
      BENCH_IDENTITY: JSON.stringify(IDENTITY),
    });
    references.push(stock);
    const bare = await startReference('bare-contracts', {
      NODE_ENV: 'test',
      DB_NAME: stack.databases[0],
      CONTRACTS_GRAPHQL_URL: subgraphUrls['contracts'],
    });
    references.push(bare);

    const handoff = await rollingHandoff(IDENTITY);
    const gateway = (query: string): GraphQLTarget => ({ url: `${gatewayUrl}/graphql`, query, headers: bearer });
    const direct = (url: string): GraphQLTarget => ({
      url,
      query: ONE_SUBGRAPH,
      headers: {},
      handoff: handoff.current,
    });
    const stockTarget: GraphQLTarget = { url: `${stock.url}/`, query: FOUR_SUBGRAPHS, headers: {} };

    const targets = {
      ourOne: gateway(ONE_SUBGRAPH),
      directNest: direct(subgraphUrls['contracts']),
      ourFour: gateway(FOUR_SUBGRAPHS),
      stockFour: stockTarget,
      directBare: direct(`${bare.url}/`),
    };
    for (const [name, target] of Object.entries(targets)) await expectRows(name, target, seeded.unitIds.length);

    const run = async (what: string, target: GraphQLTarget) => {
      log(`measuring ${what}`);
      return measure(target, load);
    };
    const ourOne = await run('a one-subgraph query through our gateway', targets.ourOne);
    const directNest = await run('the same query on the contracts subgraph directly', targets.directNest);
    const ourFour = await run('a four-subgraph query through our gateway', targets.ourFour);
    const stockFour = await run('the same query through a stock @apollo/gateway', targets.stockFour);
    const directBare = await run('the one-subgraph query on bare @apollo/server', targets.directBare);
    handoff.stop();

    const scenarios: ScenarioResult[] = [
      {
        scenario: 'a. units (contracts only): gateway vs subgraph direct',
        ours: { label: 'our gateway', figures: ourOne },
        reference: { label: 'contracts direct', figures: directNest },
        differs:
          'the gateway hop: token check, identity hand-off signing, rate limit, query limits, helmet, query planning and one HTTP call to contracts.',
      },
      {
        scenario: 'b. units × 4 subgraphs: our gateway vs stock @apollo/gateway',
        ours: { label: 'our gateway', figures: ourFour },
        reference: { label: 'stock gateway', figures: stockFour },
        differs:
          'same supergraph, same subgraph processes. Ours adds Nest + Express, helmet, the rate limiter, JWT verification and hand-off signing per request, query depth/cost/alias limits, the persisted-operation allow list and pino-http; the stock one (ApolloServer + ApolloGateway + startStandaloneServer) sends one pre-signed hand-off.',
      },
      {
        scenario: 'c. units: Nest contracts subgraph vs bare @apollo/server',
        ours: { label: 'Nest subgraph', figures: directNest },
        reference: { label: 'bare subgraph', figures: directBare },
        differs:
          'same SDL (fetched from contracts), same TypeORM entities, pool size and query against the same database, both verifying the hand-off and the role. The bare one has no Nest (DI, guards, pipes, ValidationPipe), no Express and no pino-http. The Nest figure is the measurement from scenario a.',
      },
    ];
    const result: BenchRun = {
      label: args.label,
      note: args.note,
      date: new Date().toISOString(),
      machine: machine(),
      options: { ...load, logLevel: args['log-level'], units: seeded.unitIds.length },
      scenarios,
    };
    console.log(`\n${table(result)}\n`);
    save(result);
    log('wrote tools/bench/results/gateway.json and gateway.md');
  } finally {
    await cleanUp();
  }
}

/** A scenario that answers errors or no rows measures nothing; refuse to start it. */
async function expectRows(name: string, target: GraphQLTarget, units: number): Promise<void> {
  const headers = { ...target.headers, ...(target.handoff ? handoffHeader(target.handoff()) : {}) };
  const result = await postGraphQL<{ units: unknown[] }>(target.url, target.query, {}, headers);
  if (result.errors || result.data?.units?.length !== units) {
    throw new Error(
      `${name} (${target.url}) answered ${result.status} ${JSON.stringify(result.errors ?? result.data).slice(0, 500)}`,
    );
  }
}

const handoffHeader = (token: string) => ({ [IDENTITY_HEADER]: token });
const log = (message: string) => console.log(`[bench] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
