#!/usr/bin/env -S node --conditions=@parley/source
// The `parley` command: registers tsx (resolved from this package, whatever the working directory), then runs
// the CLI's TypeScript sources, which import the engine's sources through the "@parley/source" condition.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
