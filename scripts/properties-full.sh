#!/bin/sh
# The property tests in full (docs/testing-scenarios.md, "Running longer"): every property five times its
# default number of runs, every agreement the kit reaches and the rare ones with 2,000 runs. Takes minutes;
# `npm test` runs the quick defaults. PARLEY_RUNS=n still sets every property's runs to n.
exec env PARLEY_FULL=1 npx vitest run tests/properties- tests/analysis-meetings.test.ts tests/bench-conformance.test.ts tests/docs-testing.test.ts "$@"
