import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
async function measure(name, html) {
  const page = await ctx.newPage();
  await page.setContent(html);
  await page.waitForTimeout(700);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find(m => m.name === 'TaskDuration').value;
  const a = await read(); const t0 = Date.now();
  await page.waitForTimeout(4000);
  const b = await read();
  console.log(name.padEnd(40), ((b - a) * 1000 / ((Date.now() - t0) / 1000)).toFixed(2), 'ms/s');
  await page.close();
}
const loop = (body) => `<!doctype html><html><body style="background:#101018;margin:0">${body}</body></html>`;
await measure('empty raf', loop(`<script>function f(){requestAnimationFrame(f)}requestAnimationFrame(f)</script>`));
const canvas = (css, work) => loop(`<canvas id=c width=96 height=96 style="${css}"></canvas><script>
const c=document.getElementById('c');const x=c.getContext('2d',{alpha:false});const img=new ImageData(96,96);let i=0;
function f(){${work};requestAnimationFrame(f)}requestAnimationFrame(f)</script>`);
await measure('raf, canvas, no draw', canvas('width:768px;height:768px;image-rendering:pixelated', ''));
await measure('putImageData 4x4 dirty, x8 css', canvas('width:768px;height:768px;image-rendering:pixelated', 'i=(i+1)%90; img.data[(i*96+i)*4]=i; x.putImageData(img,0,0,i,i,4,4)'));
await measure('putImageData full, x8 css', canvas('width:768px;height:768px;image-rendering:pixelated', 'i=(i+1)%90; img.data[(i*96+i)*4]=i; x.putImageData(img,0,0)'));
await measure('putImageData 4x4, no css scale', canvas('', 'i=(i+1)%90; img.data[(i*96+i)*4]=i; x.putImageData(img,0,0,i,i,4,4)'));
await measure('fillRect 1px, x8 css', canvas('width:768px;height:768px;image-rendering:pixelated', 'i=(i+1)%90; x.fillStyle="#f00"; x.fillRect(i,i,1,1)'));
await measure('putImageData 4x4, x8 css, willChange', canvas('width:768px;height:768px;image-rendering:pixelated;will-change:transform', 'i=(i+1)%90; img.data[(i*96+i)*4]=i; x.putImageData(img,0,0,i,i,4,4)'));
await browser.close();
