#!/usr/bin/env -S node --conditions=@parley/source --import tsx
// The `parley` command: runs the CLI's TypeScript sources against the engine's sources through tsx.
import "../src/main.ts";
