// A real OpenID provider (oidc-provider) for the single sign-on tests, run as a child process
// (it is an ES module with ES-module dependencies). It signs in whoever the relying party names in
// `login_hint` without a form (the "interaction policy" of a test), and consents to every scope.
//   account ids are e-mail addresses; one starting with "unverified" has email_verified=false.
// Control (tests only): POST /__test/mode?value=wrong-audience makes the token endpoint answer with
// an ID token signed by this provider's key but issued to another client; value=normal undoes it.
// Prints one JSON line {"issuer": …} when listening. Env: CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, POST_LOGOUT_URI.
import { createServer } from 'node:http';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import Provider from 'oidc-provider';

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
let mode = 'normal';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uris: [process.env.REDIRECT_URI],
      post_logout_redirect_uris: [process.env.POST_LOGOUT_URI],
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: ['oidc-test-cookie-key'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: `sub-${id}`, email: id, email_verified: !id.startsWith('unverified'), name: `Testi ${id.split('@')[0]}` }),
  }),
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-provider server_error', error));

// The attack the relying party must refuse: a genuine, signed ID token for another client.
provider.use(async (ctx, next) => {
  await next();
  if (mode === 'wrong-audience' && ctx.path === '/token' && ctx.body && typeof ctx.body === 'object' && ctx.body.id_token) {
    const payload = decodeJwt(ctx.body.id_token);
    const header = decodeProtectedHeader(ctx.body.id_token);
    const key = await importJWK(jwk, 'RS256');
    ctx.body = { ...ctx.body, id_token: await new SignJWT({ ...payload, aud: 'another-client', azp: 'another-client' }).setProtectedHeader(header).sign(key) };
  }
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    if (url.pathname === '/__test/mode' && req.method === 'POST') {
      mode = url.searchParams.get('value') ?? 'normal';
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        await provider.interactionFinished(req, res, { login: { accountId: String(details.params.login_hint) } }, { mergeWithLastSubmission: false });
        return;
      }
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      for (const claim of details.prompt.details.missingOIDCClaims ?? []) grant.addOIDCClaims([claim]);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    callback(req, res);
  } catch (error) {
    console.error('oidc test provider', error);
    res.writeHead(500).end(String(error));
  }
});

console.log(JSON.stringify({ issuer }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
