import { describeDocExamples } from "./support/doc-examples.js";

describeDocExamples("docs/bots-and-analytics.md", "## Analytics", { blocks: 5, checkedLogs: 10 });
