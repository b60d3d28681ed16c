import { expect, test } from '@playwright/test';

/** Everything a reader can reach with Tab on a page. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

test.describe('keyboard', () => {
  for (const width of [360, 1280]) {
    test(`Tab reaches every control of the home page at ${width} px, each with a visible focus ring, and comes back round`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      // What is reachable: every focusable element that is rendered (not hidden, not in a closed panel).
      const expected = await page.locator(FOCUSABLE).evaluateAll((elements) =>
        elements.filter((element) => (element as HTMLElement).checkVisibility({ visibilityProperty: true })).length,
      );
      expect(expected).toBeGreaterThan(5);

      const reached = new Set<string>();
      let first: string | undefined;
      for (let step = 0; step < expected + 5; step++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return undefined;
          const style = getComputedStyle(element);
          const index = Array.from(document.querySelectorAll('*')).indexOf(element);
          return {
            key: `${element.tagName}#${index}`,
            name: `${element.tagName.toLowerCase()} « ${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).placeholder || '').trim().slice(0, 40)} »`,
            focusVisible: element.matches(':focus-visible'),
            ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          };
        });
        if (!focused) continue; // The focus passed through the browser's own chrome.
        if (focused.key === first) break; // Back at the start: the page let the focus go round.
        first ??= focused.key;
        expect(focused.focusVisible, `${focused.name} matches :focus-visible`).toBe(true);
        expect(focused.ring, `${focused.name} shows a focus ring`).toBe(true);
        reached.add(focused.key);
      }
      // Every control was reached once, and the focus was never held by one of them.
      expect(reached.size).toBe(expected);
    });
  }
});
