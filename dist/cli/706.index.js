export const id = 706;
export const ids = [706];
export const modules = {

/***/ 4706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JWT_END_OF_LIFE: () => (/* binding */ JWT_END_OF_LIFE),
  S: () => (/* binding */ checkToken)
});

// UNUSED EXPORTS: identityCheck

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js + 5 modules
var sign = __webpack_require__(6424);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js
var decode_jwt = __webpack_require__(7961);
;// CONCATENATED MODULE: ./src/ims.ts
// Adobe IMS token clients: OAuth Server-to-Server (client_credentials on /ims/token/v3)
// and the legacy Service Account (JWT) exchange on /ims/exchange/jwt.


// Adobe's examples use a few minutes; a short assertion limits replay.
const ASSERTION_LIFETIME_SECONDS = 300;
/** The claims of the Service Account assertion (pure, for tests). */
function assertionClaims(credentials, imsEndpoint, metascopes, nowSeconds) {
    const claims = {
        exp: nowSeconds + ASSERTION_LIFETIME_SECONDS,
        iss: credentials.orgId,
        sub: credentials.technicalAccountId,
        aud: `${imsEndpoint}/c/${credentials.clientId}`,
    };
    for (const metascope of metascopes)
        claims[`${imsEndpoint}/s/${metascope}`] = true;
    return claims;
}
async function signAssertion(credentials, imsEndpoint, metascopes, nowSeconds = Math.floor(Date.now() / 1000)) {
    if (!credentials.privateKey)
        throw new errors/* ActionError */.lZ('private-key is required for auth jwt');
    return new sign/* SignJWT */.P(assertionClaims(credentials, imsEndpoint, metascopes, nowSeconds))
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
        .sign(credentials.privateKey.key);
}
function parseBody(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : {};
    }
    catch {
        return {};
    }
}
/** Adobe's IMS error bodies, turned into what to change (pure, for tests). */
function explainImsError(auth, status, body, imsEndpoint, attempts = 1) {
    const code = body.error ?? '';
    const description = body.error_description ?? '';
    const tries = attempts > 1 ? `, after ${attempts} attempts` : '';
    const seen = code
        ? ` (IMS said: ${code}${description ? `: ${description}` : ''}, HTTP ${status}${tries})`
        : ` (HTTP ${status}${tries})`;
    const lower = description.toLowerCase();
    if (code === 'invalid_client') {
        if (lower.includes('client_id') || (auth === 'jwt' && status === 400)) {
            return `client-id is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential${seen}.`;
        }
        return `client-secret is not valid for client-id: copy the client secret again from the Developer Console (Credentials > ${auth === 'oauth' ? 'OAuth Server-to-Server' : 'Service Account (JWT)'} > Client secret)${seen}.`;
    }
    if (code === 'invalid_scope') {
        return auth === 'oauth'
            ? `the scopes are not all granted to this credential: keep the default scopes, or add the Adobe Analytics API to the Developer Console project${seen}.`
            : `the metascopes are not all granted to this credential: use ent_analytics_bulk_ingest_sdk and make sure the project has the Adobe Analytics API${seen}.`;
    }
    if (code === 'invalid_signature' || lower.includes('signature')) {
        return `private-key does not match the certificate registered on the credential, or the JWT credential was converted to OAuth (Adobe converted all remaining JWT credentials by 2026-03-01): use auth: oauth with the same client ID and technical account${seen}.`;
    }
    if (code === 'bad_request') {
        return `ims-org-id or technical-account-id does not belong to client-id: copy both from the same Developer Console credential${seen}.`;
    }
    if (code === 'invalid_token' && lower.includes('expired')) {
        return `IMS found the signed assertion expired: check this machine's clock${seen}.`;
    }
    return `Adobe IMS refused the token request${seen}.`;
}
function tokenFromResponse(response, auth, imsEndpoint) {
    const body = parseBody(response.text);
    if (response.status !== 200 || typeof body.access_token !== 'string') {
        throw new errors/* ActionError */.lZ(explainImsError(auth, response.status, body, imsEndpoint, response.attempts));
    }
    // v3 answers in seconds, the JWT exchange in milliseconds.
    const expiresIn = Number(body.expires_in);
    const lifetimeMs = auth === 'oauth' ? expiresIn * 1000 : expiresIn;
    return {
        value: body.access_token,
        expiresAt: new Date(Date.now() + (Number.isFinite(lifetimeMs) ? lifetimeMs : 0)),
    };
}
async function requestAccessToken(http, request) {
    const { credentials, imsEndpoint } = request;
    const form = new URLSearchParams({
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
    });
    let path;
    if (credentials.auth === 'oauth') {
        form.set('grant_type', 'client_credentials');
        form.set('scope', request.scopes.join(','));
        path = '/ims/token/v3';
    }
    else {
        const assertion = await signAssertion(credentials, imsEndpoint, request.metascopes);
        request.mask(assertion, 'jwt-assertion');
        form.set('jwt_token', assertion);
        path = '/ims/exchange/jwt';
    }
    const response = await http.send({
        label: credentials.auth === 'oauth' ? 'IMS OAuth token request' : 'IMS JWT exchange',
        method: 'POST',
        url: `${imsEndpoint}${path}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
    });
    return tokenFromResponse(response, credentials.auth, imsEndpoint);
}
/** What an IMS access token (itself a JWT) says about whom it was issued to. */
function readAccessToken(token) {
    let claims;
    try {
        claims = (0,decode_jwt/* decodeJwt */.i)(token);
    }
    catch {
        return undefined;
    }
    const createdAt = Number(claims.created_at);
    const expiresIn = Number(claims.expires_in);
    const text = (name) => typeof claims[name] === 'string' ? claims[name] : undefined;
    return {
        clientId: text('client_id'),
        technicalAccountId: text('user_id'),
        expiresAt: Number.isFinite(createdAt) && Number.isFinite(expiresIn) && createdAt > 0
            ? new Date(createdAt + expiresIn)
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/token-check.ts


const JWT_END_OF_LIFE = 'Service Account (JWT) credentials reached end of life on 2025-06-30 and Adobe converted the remaining ones to OAuth Server-to-Server by 2026-03-01. Migrate: keep the same client ID and technical account, set auth: oauth, and configure Campaign 7.4.1+ with -setimsoauth (no private key).';
/** Cross-checks what the token says against the inputs (pure, for tests). */
function identityCheck(token, credentials) {
    const facts = readAccessToken(token);
    if (!facts) {
        return {
            id: 'token-identity',
            status: 'warn',
            message: 'The access token is not a readable JWT, so its client and technical account could not be cross-checked.',
        };
    }
    if (facts.clientId && facts.clientId !== credentials.clientId) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `The token was issued to client ${facts.clientId}, not to client-id ${credentials.clientId}: check ims-endpoint and client-id.`,
        };
    }
    const expected = credentials.technicalAccountId;
    if (expected &&
        facts.technicalAccountId &&
        facts.technicalAccountId.toLowerCase() !== expected.toLowerCase()) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `technical-account-id ${expected} does not match the credential's technical account ${facts.technicalAccountId}: copy the technical account ID from the same Developer Console credential.`,
        };
    }
    const who = facts.technicalAccountId ? ` and technical account ${facts.technicalAccountId}` : '';
    return {
        id: 'token-identity',
        status: 'pass',
        message: `The token belongs to client-id ${credentials.clientId}${who}.`,
    };
}
async function checkToken(http, request) {
    const { credentials } = request;
    const checks = [];
    if (credentials.auth === 'jwt')
        checks.push({ id: 'credential-type', status: 'warn', message: JWT_END_OF_LIFE });
    const method = credentials.auth === 'oauth' ? 'OAuth Server-to-Server' : 'Service Account (JWT)';
    let token;
    try {
        token = await requestAccessToken(http, request);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        checks.push({ id: 'ims-token', status: 'fail', message: error.message });
        return { checks, token: undefined, identityProven: false };
    }
    request.mask(token.value, 'access-token');
    // The token's own claims are more precise than the response's relative lifetime.
    const claimed = readAccessToken(token.value)?.expiresAt;
    const expiresAt = claimed ?? token.expiresAt;
    checks.push({
        id: 'ims-token',
        status: 'pass',
        message: `Adobe IMS issued an access token (${method}), valid until ${expiresAt.toISOString()} (lifetime ${((expiresAt.getTime() - Date.now()) / 3_600_000).toFixed(1)} h; a new one is requested on each run).`,
    });
    const identity = identityCheck(token.value, credentials);
    checks.push(identity);
    const identityProven = identity.status === 'pass' && !!readAccessToken(token.value)?.technicalAccountId;
    return { checks, token: { value: token.value, expiresAt }, identityProven };
}


/***/ })

};
