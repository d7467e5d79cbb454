// A real OpenID Connect provider (panva's oidc-provider) standing in for the municipality's,
// for the browser test of OIDC sign-in. Its development login form takes any user name.
//   node tools/test/oidc-provider.mjs <port> <redirect uri>
import Provider from 'oidc-provider';

const [port, redirectUri] = [Number(process.argv[2]), process.argv[3]];
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'kvalitetsnav-web',
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'none',
    },
  ],
  claims: { openid: ['sub'], profile: ['name'], roles: ['roles'] },
  scopes: ['openid', 'profile', 'roles'],
  // Every user is a quality official called by the name given at the login form.
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, name: id, roles: ['QUALITY_OFFICIAL'] }) }),
  conformIdTokenClaims: false,
  cookies: { keys: ['kvalitetsnav-test-cookie-key'] },
  ttl: { IdToken: 3600 },
});
provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
