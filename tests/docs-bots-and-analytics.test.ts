import { describeDocShowsCode, describeLoggedExample } from "./support/doc-examples.js";

const ANALYTICS = "docs/examples/analytics.ts";
const BOTS = "docs/examples/bots.ts";

describeDocShowsCode("docs/bots-and-analytics.md", [ANALYTICS, BOTS], 12);
describeLoggedExample(ANALYTICS, 28);
describeLoggedExample(BOTS, 9);
