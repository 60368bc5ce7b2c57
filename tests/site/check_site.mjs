// Checks a built site as a browser and a validator see it:
//   node check_site.mjs SITE_DIR [--base /path/] [--screenshots DIR]
// 1. html-validate (recommended rules) on every page: zero errors;
// 2. every internal link, image, script and stylesheet resolves to a file of the site;
// 3. axe-core in Debian's Chromium (playwright-core) on every page, also in the version for the
//    visually impaired: zero violations, and proof that axe really ran on each page;
// 4. layout at 320 and 390 px, ordinary and in every type size of the version for the visually
//    impaired, on every page: no horizontal scrolling (document scrollWidth ≤ viewport), every
//    chart label inside its SVG, chart text no smaller than body text.
// Exit code 0 when all pass, 1 otherwise.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const site = path.resolve(args[0] || "output/site");
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const base = opt("--base", "/");  // the path part of [site] base_url: where root-absolute links start
const shots = opt("--screenshots", "");
let failures = 0;
const fail = (msg) => { failures++; console.error("  " + msg); };

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}
const pages = walk(site).filter((f) => f.endsWith(".html")).sort();
console.log(`site: ${pages.length} pages in ${site}`);

// 1. HTML validity.
const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:recommended"] }));
for (const file of pages) {
  const report = await validator.validateFile(file);
  for (const r of report.results) {
    for (const m of r.messages) fail(`html-validate ${path.relative(site, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
}
console.log(`html-validate: ${failures ? "errors above" : "0 errors"}`);

// 2. Links and assets.
const before = failures;
for (const file of pages) {
  const html = fs.readFileSync(file, "utf8");
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const url = m[1].replaceAll("&amp;", "&");
    if (/^(https?:|mailto:|tel:|#)/.test(url) || url === "") continue;
    let target = url.split("#")[0].split("?")[0];
    if (!target) continue;
    target = decodeURI(target);
    const resolved = target.startsWith("/")
      ? (target.startsWith(base) ? path.join(site, target.slice(base.length)) : null)
      : path.resolve(path.dirname(file), target);
    if (!resolved || !fs.existsSync(resolved) || fs.statSync(resolved).isDirectory()) {
      fail(`broken link in ${path.relative(site, file)}: ${url}`);
    }
  }
}
console.log(`links: ${failures - before ? "broken links above" : "every internal link and asset resolves"}`);

// 3. Accessibility in a real browser, the site served over HTTP at its base path.
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf", ".xml": "application/xml" };
const server = http.createServer((req, res) => {
  let p = decodeURI(req.url.split("?")[0]);
  if (!p.startsWith(base)) { res.writeHead(404); return res.end(); }
  const file = path.join(site, p.slice(base.length) || "index.html");
  if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { "content-type": types[".html"] });
    return res.end(fs.readFileSync(path.join(site, "404.html")));
  }
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
  res.end(fs.readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
// bypassCSP lets axe be injected; the pages' own CSP is checked by the C++ tests.
const context = await browser.newContext({ bypassCSP: true });
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const page = await context.newPage();
page.on("pageerror", (e) => fail(`script error on ${page.url()}: ${e.message}`));
async function audit(label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  // A blocked injection would leave nothing to run: demand axe's own report of the page it checked.
  if (!result || !result.testEngine || result.testEngine.name !== "axe-core" || result.url !== page.url() ||
      (result.passes.length + result.incomplete.length + result.inapplicable.length) === 0) {
    fail(`axe ${label}: axe-core did not run on the page`);
    return;
  }
  audited++;
  for (const v of result.violations) {
    fail(`axe ${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  }
}
const axeBefore = failures;
let audited = 0;
for (const file of pages) {
  const url = origin + base + path.relative(site, file).split(path.sep).join("/");
  await page.goto(url);
  await audit(path.relative(site, file));
}
// The version for the visually impaired: switched on by its button, remembered on the next page.
await page.goto(origin + base + "index.html");
await page.click("#vision-toggle");
if (!(await page.evaluate(() => document.documentElement.classList.contains("vision")))) fail("the vision toggle did not switch the mode on");
// Its settings come right after the toggle in tab order.
await page.focus("#vision-toggle");
await page.keyboard.press("Tab");
if (!(await page.evaluate(() => !!document.activeElement.closest("#vision-panel")))) fail("Tab after the vision toggle does not reach its settings");
await page.goto(origin + base + "news.html");
if (!(await page.evaluate(() => document.documentElement.classList.contains("vision")))) fail("the vision mode was not remembered between pages");
await audit("news.html (visually impaired)");
await page.goto(origin + base + "index.html");
await audit("index.html (visually impaired)");
for (const scheme of ["wb", "blue", "bw"]) {
  await page.click(`[data-vision-scheme="${scheme}"]`);
  if (scheme !== "bw") await audit(`index.html (visually impaired, colour scheme ${scheme})`);
  if (scheme !== "bw" && shots) {
    fs.mkdirSync(shots, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(shots, `home-vision-${scheme}.png`) });
  }
}
console.log(`axe-core: ran ${audited} times; ${failures - axeBefore ? "violations above" : `0 violations on ${pages.length} pages and in the version for the visually impaired (3 colour schemes)`}`);

// 4. Layout on phones in every mode.
const modes = [
  { name: "ordinary", vision: null },
  { name: "visually impaired, size 1", vision: "1" },
  { name: "visually impaired, size 2", vision: "2" },
  { name: "visually impaired, size 3", vision: "3" },
];
async function setMode(mode) {
  await page.evaluate((m) => {
    localStorage.setItem("vision", m ? "on" : "off");
    if (m) localStorage.setItem("vision-size", m);
    localStorage.setItem("vision-scheme", "bw");
    localStorage.setItem("vision-images", "on");
  }, mode.vision);
}
function layoutProblems() {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth) problems.push(`the page is ${doc.scrollWidth} px wide on a ${window.innerWidth} px screen`);
  const body = parseFloat(getComputedStyle(document.body).fontSize);
  for (const svg of document.querySelectorAll("svg.chart")) {
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll("text")) {
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        problems.push(`chart label «${t.textContent}» (${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} px) leaves its chart (${Math.round(box.width)} px)`);
      }
      const size = parseFloat(getComputedStyle(t).fontSize);
      if (size + 0.01 < body) problems.push(`chart label «${t.textContent}» is ${size} px, body text ${body} px`);
    }
  }
  return problems;
}
const layoutBefore = failures;
let layouts = 0;
for (const width of [320, 390]) {
  await page.setViewportSize({ width, height: 800 });
  for (const mode of modes) {
    await page.goto(origin + base + "index.html");
    await setMode(mode);
    for (const file of pages) {
      const rel = path.relative(site, file).split(path.sep).join("/");
      await page.goto(origin + base + rel);
      for (const p of await page.evaluate(layoutProblems)) fail(`layout ${rel} at ${width} px (${mode.name}): ${p}`);
      layouts++;
    }
  }
}
console.log(`layout: ${layouts} page views at 320 and 390 px in ${modes.length} modes; ${failures - layoutBefore ? "problems above" : "no sideways scrolling, every chart label inside its chart"}`);

if (shots) {
  // The home page and a document page at four widths, ordinary and in each type size.
  fs.mkdirSync(shots, { recursive: true });
  const shown = ["index.html", "mentors.html", "documents.html"].filter((f) => fs.existsSync(path.join(site, f)));
  for (const width of [1366, 768, 390, 320]) {
    await page.setViewportSize({ width, height: 900 });
    for (const mode of modes) {
      await page.goto(origin + base + "index.html");
      await setMode(mode);
      for (const f of shown) {
        await page.goto(origin + base + f);
        const tag = mode.vision ? `vision${mode.vision}` : "normal";
        await page.screenshot({ path: path.join(shots, `${f.replace(".html", "")}-${width}-${tag}.png`), fullPage: true });
      }
    }
  }
  await setMode(modes[0]);
  console.log(`screenshots in ${shots}`);
}
await browser.close();
server.close();
if (failures) {
  console.error(`site check: ${failures} problem(s)`);
  process.exit(1);
}
console.log("site check: passed");
