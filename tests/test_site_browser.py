#!/usr/bin/env python3
"""The site in a real browser: headless Chromium through Selenium.

    python3 tests/test_site_browser.py OUTDIR [RESULTS]
Builds the site from RESULTS (default: the fixture under tests/site/results;
give results/ to check the real site) into OUTDIR/site,
opens every page and asserts: no console errors, every image loaded
(naturalWidth > 0), every internal link resolves (file and #anchor), every
table has body rows, the front page shows the claims' verdicts. Saves the
front page at phone and desktop widths as OUTDIR/front-{phone,desktop}.png.
Exits 77 (CTest: skipped), with the reason in OUTDIR/test_site_browser.skipped,
when chromium, chromedriver or python3-selenium is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from urllib.parse import unquote, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="omen-site-"))
FIXTURE = os.path.join(HERE, "site", "results")
RESULTS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else FIXTURE
SKIPPED = os.path.join(OUT, "test_site_browser.skipped")


def skip(reason):
    # CTest shows nothing for a skipped test; `make test` prints this file.
    os.makedirs(OUT, exist_ok=True)
    with open(SKIPPED, "w") as f:
        f.write(f"test_site_browser: skipped: {reason}\n")
    print(f"skipped: {reason}")
    sys.exit(77)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    skip("python3-selenium is missing (apt-get install python3-selenium, or make deps)")
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or ("/usr/lib/chromium/chromedriver"
                                          if os.path.exists("/usr/lib/chromium/chromedriver") else None)
if not BROWSER or not DRIVER:
    skip("chromium or chromedriver is missing (apt-get install chromium chromium-driver, or make deps)")
if os.path.exists(SKIPPED):
    os.unlink(SKIPPED)

PAGES = ["index.html", "lookups.html", "threads.html", "batch.html", "build.html", "isa.html", "rw.html",
         "datasets.html", "claims.html", "reproduce.html"]
SITE = os.path.join(OUT, "site")
DRIVER_OBJ = None


def start():
    o = webdriver.ChromeOptions()
    o.binary_location = BROWSER
    o.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='omen-chromium-', dir=OUT)}")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1366,900"):
        o.add_argument(flag)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(DRIVER), options=o)


class Site(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        p = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "site.py"), "--results",
                            RESULTS, "--out", SITE], capture_output=True, text=True)
        if p.returncode != 0:
            raise AssertionError("site.py failed: " + p.stderr)
        cls.d = start()

    @classmethod
    def tearDownClass(cls):
        cls.d.quit()

    def open(self, page):
        self.d.get("file://" + os.path.join(SITE, page))
        return self.d

    def test_pages(self):
        for page in PAGES:
            with self.subTest(page=page):
                d = self.open(page)
                errors = [e for e in d.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
                self.assertEqual(errors, [], f"console errors on {page}")
                broken = d.execute_script(
                    "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
                    ".map(i => i.getAttribute('src'))")
                self.assertEqual(broken, [], f"images not loaded on {page}")
                no_alt = d.execute_script(
                    "return Array.from(document.images).filter(i => !i.alt.trim()).map(i => i.src)")
                self.assertEqual(no_alt, [], f"images without alt text on {page}")
                empty = d.execute_script(
                    "return Array.from(document.querySelectorAll('table')).filter(t => !t.tBodies.length"
                    " || t.tBodies[0].rows.length === 0 || !t.querySelector('th')).map(t => t.caption ?"
                    " t.caption.textContent : t.outerHTML.slice(0, 80))")
                self.assertEqual(empty, [], f"tables without rows or headers on {page}")
                self.links(d, page)

    def links(self, d, page):
        hrefs = d.execute_script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
        for h in hrefs:
            u = urlparse(h)
            if u.scheme != "file":
                self.assertIn(u.scheme, ("http", "https", "mailto"), h)
                continue
            path = unquote(u.path)
            self.assertTrue(os.path.isfile(path), f"{page}: link to missing {path}")
            if u.fragment and path.endswith(".html"):
                with open(path, encoding="utf-8") as f:
                    self.assertIn(f'id="{u.fragment}"', f.read(), f"{page}: no anchor #{u.fragment} in {path}")

    def test_front_page_shows_verdicts(self):
        d = self.open("index.html")
        table = d.find_element("id", "verdicts").find_element("xpath", "following-sibling::div//table")
        heads = [th.text.lower() for th in table.find_elements("css selector", "thead th")]
        col = next(i for i, h in enumerate(heads) if "verdict" in h)
        verdicts = [tr.find_elements("css selector", "td")[col].text.strip()
                    for tr in table.find_elements("css selector", "tbody tr")]
        self.assertTrue(verdicts and all(verdicts), f"a verdict on every row: {verdicts}")
        if RESULTS == FIXTURE:
            self.assertEqual(len(verdicts), 8)
            self.assertEqual(verdicts[4], "not reproduced")

    def test_sorting_and_screenshots(self):
        d = self.open("lookups.html")
        b = d.find_element("css selector", "table.sortable th button")
        b.click()
        self.assertEqual(b.find_element("xpath", "..").get_attribute("aria-sort"), "ascending")
        for name, width in (("phone", 390), ("desktop", 1366)):
            d.set_window_size(width, 900)
            self.open("index.html")
            h = d.execute_script("return document.documentElement.scrollHeight")
            d.set_window_size(width, min(h + 150, 8000))
            wide = d.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
            self.assertFalse(wide, f"the front page scrolls sideways at {width} px")
            path = os.path.join(OUT, f"front-{name}.png")
            d.save_screenshot(path)
            self.assertGreater(os.path.getsize(path), 10000)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
