import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { ConfigError, createServiceApp, keepConnectionsLonger } from '@kvalitetsnav/service-kit';
import { GatewayAppModule } from './app.module';
import { GatewayConfig, loadGatewayConfig } from './config';

async function main() {
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`gateway: ${error.message}\n`);
    process.exit(78);
  }
  const app = await createServiceApp(GatewayAppModule.forRoot(config));
  await app.listen(config.PORT, config.HOST);
  keepConnectionsLonger(app);
  app.get(Logger).log(`gateway listening on http://${config.HOST}:${config.PORT}/graphql`);
}

void main();
