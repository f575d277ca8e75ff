/**
 * The review sheet prints: Chromium renders it to PDF on A4 and on Letter in
 * one to three pages, and in print layout nothing is wider than the page.
 */
import { test, expect, expectNoSeriousA11yViolations } from './fixtures';

/** Printable width in CSS pixels: the paper less the 12 mm margins of @page on each side. */
const PAPER = [
  { format: 'A4', widthPx: Math.floor(((210 - 24) / 25.4) * 96) },
  { format: 'Letter', widthPx: Math.floor((8.5 - 24 / 25.4) * 96) },
] as const;

function pageCount(pdf: Buffer): number {
  // Each page is a "/Type /Page" object; "/Type /Pages" is the page tree.
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the review sheet is reachable from a lesson and passes axe', async ({ page }) => {
  await page.goto('/lessons/trade-offs');
  await page.getByRole('link', { name: 'the review sheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /review sheet/i })).toBeVisible();
  // Figures come from the lessons' modules (lesson 4's NAT skew, lesson 9's canary).
  await expect(page.getByRole('main')).toContainText('3.70× the mean');
  await expect(page.getByRole('main')).toContainText('holds 1.5% of sessions after 5 minutes');
  await expectNoSeriousA11yViolations(page, '/review-sheet');
});

for (const { format, widthPx } of PAPER) {
  test(`the review sheet prints on ${format} in one to three pages with nothing cut off`, async ({ page }) => {
    await page.setViewportSize({ width: widthPx, height: 1000 });
    await page.goto('/review-sheet');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    const overflowing = await page.evaluate(() => {
      const article = document.querySelector('article.review-sheet')!;
      const limit = document.documentElement.clientWidth;
      const wide = [article, ...Array.from(article.querySelectorAll('*'))].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.right > limit + 1 || (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
      });
      return { pageWider: document.documentElement.scrollWidth > limit, wide: wide.slice(0, 5).map((el) => el.outerHTML.slice(0, 80)) };
    });
    expect(overflowing.pageWider, 'the printed page scrolls sideways').toBe(false);
    expect(overflowing.wide, 'elements wider than the printed page').toEqual([]);

    const pdf = await page.pdf({ format, preferCSSPageSize: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });
}
