// npm run token -- [--role QUALITY_OFFICIAL] [--name "Anna Andersson"] [--provider-id <uuid>] [--hours 8]
// Prints a development user token signed with AUTH_JWT_SECRET (or the development secret).
import { parseArgs } from 'node:util';
import { DEVELOPMENT_JWT_SECRET, IdentitySchema, signUserToken, USER_ROLES } from '@kvalitetsnav/auth';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'QUALITY_OFFICIAL' },
    name: { type: 'string', default: 'Utvecklare' },
    'provider-id': { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

const role = values.role!.toUpperCase();
if (!(USER_ROLES as readonly string[]).includes(role)) {
  console.error(`--role must be one of ${USER_ROLES.join(', ')} (got "${values.role}")`);
  process.exit(2);
}
const identity = IdentitySchema.parse({
  sub: `dev:${role.toLowerCase()}`,
  name: values.name,
  roles: [role],
  providerId: values['provider-id'],
});
signUserToken(identity, process.env['AUTH_JWT_SECRET'] ?? DEVELOPMENT_JWT_SECRET, Number(values.hours) * 3600).then(
  (token) => console.log(token),
);
