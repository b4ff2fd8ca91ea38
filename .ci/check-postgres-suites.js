// Fails CI when the suites that need the local PostgreSQL did not run and pass: a green run that silently
// skipped them would prove nothing about the PostgreSQL adapter.
const { readFileSync } = require('node:fs');

const file = process.argv[2];
const results = JSON.parse(readFileSync(file, 'utf8'));
const required = [/libs\/event-store\/test\/postgres\.int-spec\.ts$/];
let failed = false;
for (const pattern of required) {
  const suite = results.testResults.find((s) => pattern.test(s.name));
  const passed = suite?.assertionResults.filter((a) => a.status === 'passed').length ?? 0;
  if (!suite || suite.status !== 'passed' || passed === 0) {
    console.error(`CI: required PostgreSQL suite ${pattern} did not run and pass`);
    failed = true;
  } else {
    console.log(`CI: ${suite.name.replace(process.cwd() + '/', '')}: ${passed} PostgreSQL tests passed`);
  }
}
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`);
process.exit(failed || results.numFailedTests > 0 ? 1 : 0);
