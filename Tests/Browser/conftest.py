"""Fixtures for the browser tests: a built site served from 127.0.0.1 and headless Chromium.

The sites are built by the crosswalk binary (CROSSWALK_BIN, default .build/debug/crosswalk) with
--export-walkthrough-cases, so every combination a walkthrough offers comes with the tenant and
sign-in files that `crosswalk whatif` can be asked about.
"""
import functools
import http.server
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("CROSSWALK_BIN", ROOT / ".build/debug/crosswalk"))
OUTPUT = ROOT / ".build/test-output"
SCREENSHOTS = OUTPUT / "screenshots"
FIXTURE = ROOT / "Tests/SiteGeneratorTests/Fixtures/walkthroughs"


def sites():
    """The fixture site always (so these tests never run empty), and the bundled guidance when it
    places walkthroughs or has a tenant for the What If page."""
    found = [("fixture", FIXTURE)]
    content = ROOT / "content"
    if content.is_dir():
        has_walkthrough = any("crosswalk: walkthrough" in p.read_text(errors="replace") for p in content.rglob("*.md"))
        tenants = content / "_data/tenants"
        has_tenant = tenants.is_dir() and any(p.suffix in (".yaml", ".yml", ".json") for p in tenants.iterdir())
        if has_walkthrough or has_tenant:
            found.append(("content", content))
    return found


class BuiltSite:
    def __init__(self, name, content, folder):
        self.name = name
        self.folder = folder
        self.site = folder / "site"
        self.cases = folder / "cases"
        result = subprocess.run(
            [str(BINARY), "build", "--content", str(content), "--output", str(self.site), "--no-search",
             "--export-walkthrough-cases", str(self.cases)],
            cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
        self.summary = result.stdout.strip()
        self.manifest = json.loads((self.cases / "manifest.json").read_text())
        self._whatif = {}

    def pages(self):
        return sorted(str(p.relative_to(self.site)) for p in self.site.rglob("*.html"))

    def whatif(self, tenant, sign_in):
        """What `crosswalk whatif --format json` answers for two exported files."""
        key = (tenant, sign_in)
        if key not in self._whatif:
            result = subprocess.run(
                [str(BINARY), "whatif", "--tenant", str(self.cases / tenant), "--sign-in", str(self.cases / sign_in),
                 "--format", "json"], capture_output=True, text=True)
            assert result.returncode == 0, result.stderr
            self._whatif[key] = json.loads(result.stdout)
        return self._whatif[key]


@pytest.fixture(scope="session", params=sites(), ids=lambda site: site[0])
def built(request):
    name, content = request.param
    folder = pathlib.Path(tempfile.mkdtemp(prefix=f"crosswalk-browser-{name}-"))
    yield BuiltSite(name, content, folder)
    shutil.rmtree(folder, ignore_errors=True)


def content_security_policy():
    """The policy `crosswalk serve` sends, read from its source so the two cannot drift."""
    source = (ROOT / "Sources/PreviewServer/SecurityHeaders.swift").read_text()
    match = re.search(r'"(default-src [^"]+)"', source)
    assert match, "SecurityHeaders.swift no longer holds the Content-Security-Policy"
    return match.group(1)


CSP = content_security_policy()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site under the same Content-Security-Policy as `crosswalk serve`, so a
    violation (an inline script, a foreign resource) shows up as a console error and fails."""

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(built):
    handler = functools.partial(QuietHandler, directory=str(built.site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def make_driver(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1600", "--force-prefers-reduced-motion"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="session")
def driver():
    browser = make_driver(javascript=True)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def driver_without_js():
    browser = make_driver(javascript=False)
    yield browser
    browser.quit()


def axe_violations(browser, label, impacts=("serious", "critical")):
    """Runs axe in light and then dark; returns one line per violation of the given impacts
    (every violation when `impacts` is None)."""
    from axe_selenium_python import Axe
    found = []
    for scheme in ("light", "dark"):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        axe = Axe(browser)
        axe.inject()
        results = axe.run()
        found += [f"{label} ({scheme}): {v['id']} ({v.get('impact')}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
                  for v in results["violations"] if impacts is None or v.get("impact") in impacts]
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    return found


def serious_axe_violations(browser, label):
    """Runs axe in light and then dark; returns one line per serious or critical violation."""
    return axe_violations(browser, label)


def console_errors(browser):
    """Severe console entries, except the browser's own request for /favicon.ico, which no page makes."""
    return [entry for entry in browser.get_log("browser")
            if entry.get("level") == "SEVERE" and "/favicon.ico" not in entry.get("message", "")]


def screenshot(browser, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = browser.execute_script("return document.documentElement.scrollWidth") if browser_has_js(browser) else 1280
    height = browser.execute_script("return document.documentElement.scrollHeight") if browser_has_js(browser) else 1600
    browser.set_window_size(max(width, 1280), min(max(height, 800), 8000))
    path = SCREENSHOTS / f"{name}.png"
    browser.save_screenshot(str(path))
    browser.set_window_size(1280, 1600)
    return path


def browser_has_js(browser):
    try:
        return browser.execute_script("return true") is True
    except Exception:  # noqa: BLE001 - any failure means scripts cannot run here
        return False
