// Renders assets/icon.svg (and its variant for dark toolbars) to the PNG sizes browsers and add-on stores
// ask for, in Debian's Chromium: `node scripts/make-icons.js`. The PNGs are committed; run this after
// changing an SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const RENDERS = [
  ...[16, 32, 48, 128].map((size) => ({ svg: 'assets/icon.svg', size, out: `public/icon/${size}.png` })),
  ...[16, 32].map((size) => ({ svg: 'assets/icon-on-dark.svg', size, out: `public/icon/on-dark-${size}.png` })),
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const { svg, size, out } of RENDERS) {
    await page.setViewportSize({ width: size, height: size });
    const data = Buffer.from(readFileSync(svg)).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}">`,
    );
    await page.screenshot({ path: out, omitBackground: true });
    console.log(out);
  }
} finally {
  await browser.close();
}
