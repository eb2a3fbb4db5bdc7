/**
 * The page's Content-Security-Policy. Everything comes from the page's own origin: no inline scripts or
 * styles, no eval (zod runs jitless, PixiJS through its unsafe-eval replacement), no requests elsewhere, and
 * Trusted Types: no string can reach an HTML sink such as innerHTML, and the one script address the page
 * creates at run time (the engine worker's) goes through a policy that admits nothing else.
 */
const directives: Readonly<Record<string, string>> = {
  "default-src": "'none'",
  "script-src": "'self'",
  "worker-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self'",
  "font-src": "'self'",
  "connect-src": "'self'",
  "manifest-src": "'self'",
  "base-uri": "'none'",
  "form-action": "'none'",
  "object-src": "'none'",
  "require-trusted-types-for": "'script'",
  // One Trusted Types policy, which admits only the engine worker's script (src/worker/client.ts).
  "trusted-types": "parley-worker",
};

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console warning). */
const headerOnly: Readonly<Record<string, string>> = {
  "frame-ancestors": "'none'",
};

function policy(entries: Readonly<Record<string, string>>): string {
  return Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The policy the server sends as a header, for the page and the worker script alike. */
export const CONTENT_SECURITY_POLICY = policy({ ...directives, ...headerOnly });

/** The same policy in the page's `<meta http-equiv>`, for hosts that cannot set headers. */
export const META_CONTENT_SECURITY_POLICY = policy(directives);

/** Headers the server sends with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
