import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { E2E_SITE } from './support/site-build.ts';

/** The recommended rules, relaxed only where the site's markup is a deliberate choice. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The header's search box is an ARIA 1.2 combobox whose popup is a `<ul role="listbox">`
    // of results (title, date, highlighted excerpt): a native <select> can hold none of that.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // The header's search form has a single text field and no button, by design: Enter submits
    // it (HTML's implicit submission), and the README documents it; a button would only
    // duplicate that key in a crowded header.
    'wcag/h32': 'off',
    // A page's title is the article's headline, up to 110 characters as the press wrote it
    // (README, « title »): cutting it at 70 would make the browser tab lie about the article.
    'long-title': 'off',
  },
});

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

test.describe('valid HTML', () => {
  test('every page of the built site passes html-validate', async () => {
    const files = await htmlFiles(E2E_SITE);
    expect(files.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(await readFile(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${path.relative(E2E_SITE, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
