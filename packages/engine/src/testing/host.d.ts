/**
 * The one host function the testing kit uses beyond ECMAScript: the structured clone a Web Worker's
 * `postMessage` applies, so that the kit can check that states survive it. Node (17+) and every browser
 * provide it; the engine's own code never calls it.
 */
declare function structuredClone<T>(value: T): T;
