import { err, ok, type Result } from "../vocabulary/result.js";
import { describeJsonSyntaxError } from "./json-syntax.js";
import { SCENARIO_LIMITS } from "./limits.js";
import { ROOT_PATH, type ScenarioIssue } from "./problems.js";

/**
 * Reads scenario text as JSON data: refuses text over the size limit without parsing it, skips a
 * byte-order mark, and says where text that is not JSON goes wrong. Never throws.
 */
export function readScenarioText(text: unknown): Result<unknown, ScenarioIssue[]> {
  const problem = (message: string): Result<never, ScenarioIssue[]> => err([{ path: ROOT_PATH, message }]);
  if (typeof text !== "string") return problem("the scenario should be given as text");
  if (text.length > SCENARIO_LIMITS.maxTextLength) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return problem(`the text is ${mb} MB long; a scenario may be at most 5 MB`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return problem("the text is empty; a scenario is a JSON object");
  try {
    return ok(JSON.parse(body));
  } catch {
    const where = describeJsonSyntaxError(body);
    return problem(where === undefined ? "is not valid JSON" : `not valid JSON at ${where}`);
  }
}
