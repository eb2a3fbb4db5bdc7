import { describeDocExamples } from "./support/doc-examples.js";

describeDocExamples("docs/bots-and-analytics.md", "## Bots", { blocks: 1, checkedLogs: 9 });
