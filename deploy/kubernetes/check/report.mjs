// The output of validate.mjs and compose.mjs: one line per item checked ("ok   WHAT", or "FAIL WHAT" with each problem
// indented below it), then "N passed, M failed", which ./run reads; the exit code is 1 when any item failed.
export function createReport() {
  let passed = 0;
  let failed = 0;
  return {
    add(what, problems) {
      if (problems.length) {
        failed++;
        console.log(`FAIL ${what}`);
        for (const p of problems) console.log(`       ${p}`);
      } else {
        passed++;
        console.log(`ok   ${what}`);
      }
    },
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}
