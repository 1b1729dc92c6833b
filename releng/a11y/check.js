// SPDX-License-Identifier: EPL-2.0
// Runs axe-core (WCAG 2.1 A and AA rules) in jsdom on each HTML file given and prints every
// violation with the element it concerns. Exit code 1 if there is any. Test tooling only.
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');
const axe = require('axe-core');

async function check(file) {
  const html = fs.readFileSync(file, 'utf8');
  const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });
  dom.window.eval(axe.source);
  const result = await dom.window.axe.run(dom.window.document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // jsdom lays nothing out, so axe cannot compute colours; the palette test checks contrast.
    rules: { 'color-contrast': { enabled: false } },
  });
  dom.window.close();
  return result.violations;
}

(async () => {
  let failures = 0;
  for (const file of process.argv.slice(2)) {
    const violations = await check(file);
    const nodes = violations.reduce((n, v) => n + v.nodes.length, 0);
    console.log(`axe ${path.basename(file)}: ${violations.length} violations (${nodes} elements)`);
    for (const v of violations) {
      failures++;
      console.log(`  ${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes.slice(0, 5)) {
        console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`);
      }
    }
  }
  process.exit(failures === 0 ? 0 : 1);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
