import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on development machines or CI, so the files are checked statically.
const root = path.resolve(__dirname, '..');
const compose = parse(readFileSync(path.join(__dirname, 'compose.yaml'), 'utf8'), { merge: true });
const dockerfile = readFileSync(path.join(__dirname, 'Dockerfile'), 'utf8');
const nodeApps = readdirSync(path.join(root, 'apps')).filter((a) =>
  existsSync(path.join(root, 'apps', a, 'src/main.ts')),
);

describe('docker/compose.yaml', () => {
  it('runs every Node app from the one Dockerfile with its APP build arg, and the web stage', () => {
    expect(nodeApps.sort()).toEqual(['contracts', 'deviations', 'forecasting', 'gateway', 'surveys']);
    for (const app of nodeApps) {
      expect({ app, build: compose.services[app]?.build }).toMatchObject({
        app,
        build: { dockerfile: 'docker/Dockerfile', target: 'runtime', args: { APP: app } },
      });
    }
    expect(compose.services.web.build).toMatchObject({ dockerfile: 'docker/Dockerfile', target: 'web' });
  });

  it('has Postgres and Kafka in KRaft mode, and services wait for them to be healthy', () => {
    expect(compose.services.kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    for (const app of ['contracts', 'surveys', 'deviations', 'forecasting']) {
      expect(compose.services[app].depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        kafka: { condition: 'service_healthy' },
      });
      expect(compose.services[app].environment.DB_NAME).toBe(`kvalitetsnav_${app}`);
    }
  });

  it('publishes each port once', () => {
    const ports = Object.values<any>(compose.services)
      .flatMap((s) => s.ports ?? [])
      .map((p: string) => p.split(':')[0]);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('takes secrets from the environment, never as literals', () => {
    const secrets = Object.values<any>(compose.services).flatMap((s) =>
      Object.entries<string>(s.environment ?? {}).filter(([k]) => /SECRET|PASSWORD/.test(k)),
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const [name, value] of secrets)
      expect({ name, value }).toEqual({ name, value: expect.stringMatching(/^\$\{[A-Z_]+(:[?-][^}]*)?\}/) });
  });
});

describe('docker/Dockerfile', () => {
  it('builds any service chosen by ARG APP in stages, runs as non-root with a health check', () => {
    expect(dockerfile).toMatch(/^ARG APP$/m);
    for (const stage of ['deps', 'build', 'prod-deps', 'runtime', 'web'])
      expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${stage}$`, 'm'));
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health\/live/m);
    expect(dockerfile).toContain('node tools/build/build-node-app.mjs "$APP"');
    expect(dockerfile).toMatch(
      /if \[ "\$APP" = "gateway" \]; then apt-get update && apt-get install -y --no-install-recommends chromium/,
    );
  });

  it('copies only files that exist in the repository', () => {
    for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(\S+)/gm)) {
      if (source === '.') continue;
      for (const file of source.split(' '))
        expect({ file, exists: existsSync(path.join(root, file)) }).toEqual({ file, exists: true });
    }
  });
});
