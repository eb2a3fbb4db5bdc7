import * as z from "zod";

// The page's Content-Security-Policy has no 'unsafe-eval'. zod 4 compiles fast object parsers with
// `new Function` unless told not to, and its probe for eval would itself be a CSP violation; the engine
// parses scenarios, moves and saves with zod, so every bundle that runs the engine imports this module
// before anything else. zod keeps its configuration on `globalThis`, so one call covers every copy.
z.config({ jitless: true });
