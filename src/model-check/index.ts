// Public face of the model check: run requests through a planner, write report.html, sheet.png, results.json.
export { BUILT_IN_PROMPTS, parsePromptsFile } from './prompts.js';
export { runModelCheck, resultsJson, type CheckCard, type CheckResult, type CheckRun, type CheckSummary, type RunOptions } from './run.js';
export { reportHtml, contactSheet, escapeHtml } from './report.js';
export { writeModelCheck, latestModelCheck, defaultOutDir, runFolderName, MODEL_CHECK_DIR, type LatestReport } from './files.js';
