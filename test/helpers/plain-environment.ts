/**
 * Every test file starts from the environment of a user's terminal, not of the CI job that runs
 * the suite: the tool reads `CI` (no live counter) and `GITHUB_WORKSPACE` (where annotations'
 * paths start), so a test that expects a user's output would fail only on CI. Tests of those
 * variables set them themselves.
 */
for (const name of ['CI', 'GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'GITLAB_CI']) delete process.env[name];
