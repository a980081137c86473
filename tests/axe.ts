/** axe-core, as every accessibility test here runs it. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * WCAG 2.5.3, label in name: a control's accessible name contains the text it shows. axe-core
 * runs it from 4.14 (tagged wcag21a); it is named here too, so that it runs whatever the tags.
 */
export const LABEL_IN_NAME = 'label-content-name-mismatch';

/** The violations axe finds on the page as it is, one line each; and the rules it ran. */
export async function axeViolations(page: Page): Promise<{ violations: string[]; ran: string[] }> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ rules: { [LABEL_IN_NAME]: { enabled: true } } })
    .analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id);
  return {
    violations: results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
    ),
    ran
  };
}
