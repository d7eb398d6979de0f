import { csp } from '../../scripts/serve.mjs';

// The site and the React example are served in the tests with the same
// Content-Security-Policy as `npm start` sends, plus a report-uri, so a test
// can ask whether a page broke the policy (GET /test-api/csp-reports).
const PATHS = ['/dist/site/', '/examples/react/'];

export async function siteCsp(ctx, next) {
  await next();
  if (PATHS.some((p) => ctx.path.startsWith(p))) {
    ctx.set('content-security-policy', `${csp}; report-uri /test-api/csp-report`);
  }
}
