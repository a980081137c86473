import { chromium } from '@playwright/test';
const [, , url, out, width = '1280', height = '900', full = '1'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
});
const page = await browser.newPage({
  viewport: { width: +width, height: +height },
  hasTouch: +width < 640,
  isMobile: +width < 640
});
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
});
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: full === '1' });
console.log(errors.join('\n') || 'no console errors');
await browser.close();
