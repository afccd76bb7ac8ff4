"""Learn-style content in the browser: tab sets (WAI-ARIA tabs, keyboard), zone pivots and the
toc.yml navigation, with JavaScript and without it, axe-clean in light and dark.

The site is the Learn fixture (Tests/SiteGeneratorTests/Fixtures/learn), which builds with
warnings only.
"""
import functools
import http.server
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import BINARY, ROOT, QuietHandler, console_errors, screenshot, serious_axe_violations

LEARN = ROOT / "Tests/SiteGeneratorTests/Fixtures/learn"


@pytest.fixture(scope="module")
def learn_site():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="crosswalk-browser-learn-"))
    result = subprocess.run([str(BINARY), "build", "--content", str(LEARN), "--output", str(folder / "site"), "--no-search"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ": error:" not in result.stderr
    yield folder / "site"
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def learn_server(learn_site):
    handler = functools.partial(QuietHandler, directory=str(learn_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def tabs(driver, set_id):
    return driver.find_elements(By.CSS_SELECTOR, f"#{set_id} [role=tab]")


def visible_panels(driver, set_id):
    return [p.get_attribute("data-tab") for p in driver.find_elements(By.CSS_SELECTOR, f"#{set_id} > .tab-panel") if p.is_displayed()]


def test_tabs_follow_the_aria_pattern_and_work_from_the_keyboard(learn_server, driver):
    driver.get(learn_server + "overview.html")
    tablist = driver.find_element(By.CSS_SELECTOR, "#tabset-1 [role=tablist]")
    assert tablist.get_attribute("aria-label") == "Open the settings"
    first, second, third = tabs(driver, "tabset-1")
    assert [t.text for t in (first, second, third)] == ["Admin center", "PowerShell", "Graph"]
    assert first.get_attribute("aria-selected") == "true" and first.get_attribute("tabindex") == "0"
    assert second.get_attribute("tabindex") == "-1"
    assert visible_panels(driver, "tabset-1") == ["admin-center"]
    panel = driver.find_element(By.ID, first.get_attribute("aria-controls"))
    assert panel.get_attribute("role") == "tabpanel"
    assert panel.get_attribute("aria-labelledby") == first.get_attribute("id")
    # The panel is labelled by its tab; its heading, for pages without scripts, is not shown twice.
    assert not panel.find_element(By.CSS_SELECTOR, ".tab-title").is_displayed()

    first.send_keys(Keys.ARROW_RIGHT)
    assert driver.switch_to.active_element == second
    assert second.get_attribute("aria-selected") == "true"
    assert visible_panels(driver, "tabset-1") == ["powershell"]
    # The same tab is chosen in every set of the page.
    assert visible_panels(driver, "tabset-2") == ["powershell"]
    second.send_keys(Keys.END)
    assert driver.switch_to.active_element == third
    third.send_keys(Keys.ARROW_RIGHT)
    assert driver.switch_to.active_element == first
    first.send_keys(Keys.ARROW_LEFT)
    assert driver.switch_to.active_element == third
    third.send_keys(Keys.HOME)
    assert visible_panels(driver, "tabset-1") == ["admin-center"]
    # Tab moves from the selected tab into its panel, not along the tabs.
    first.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("id") == "tabset-1-admin-center"
    assert console_errors(driver) == []


def shown_panel_ids(driver, set_id):
    return [p.get_attribute("id") for p in driver.find_elements(By.CSS_SELECTOR, f"#{set_id} > .tab-panel") if p.is_displayed()]


def test_dependent_tabs_follow_the_choice_they_depend_on(learn_server, driver):
    driver.get(learn_server + "overview.html")
    assert [t.text for t in tabs(driver, "tabset-4")] == ["Admin center", "PowerShell"]
    assert shown_panel_ids(driver, "tabset-4") == ["tabset-4-admin-center-windows"]
    tabs(driver, "tabset-3")[1].click()  # macOS
    assert shown_panel_ids(driver, "tabset-4") == ["tabset-4-admin-center-macos"]
    tabs(driver, "tabset-4")[0].send_keys(Keys.ARROW_RIGHT)  # PowerShell, from the keyboard
    assert shown_panel_ids(driver, "tabset-4") == ["tabset-4-powershell-macos"]
    assert visible_panels(driver, "tabset-1") == ["powershell"]
    assert console_errors(driver) == []


def test_tabs_without_javascript_show_every_panel_under_its_heading(learn_server, driver_without_js):
    driver_without_js.get(learn_server + "overview.html")
    assert driver_without_js.find_elements(By.CSS_SELECTOR, "[role=tablist]") == []
    assert visible_panels(driver_without_js, "tabset-1") == ["admin-center", "powershell", "graph"]
    headings = driver_without_js.find_elements(By.CSS_SELECTOR, "#tabset-1 .tab-title")
    assert [h.tag_name for h in headings] == ["h3", "h3", "h3"]
    assert [h.text for h in headings] == ["Admin center", "PowerShell", "Graph"]
    assert all(h.is_displayed() for h in headings)
    screenshot(driver_without_js, "learn-overview-no-js")


def zones(driver):
    return [z.get_attribute("data-pivots") for z in driver.find_elements(By.CSS_SELECTOR, ".zone") if z.is_displayed()]


def test_pivots_get_a_selector_operable_from_the_keyboard(learn_server, driver):
    driver.get(learn_server + "guides/configure-trust.html")
    selector = driver.find_element(By.CSS_SELECTOR, "fieldset.pivot-selector")
    assert selector.find_element(By.TAG_NAME, "legend").text == "Choose a tool"
    assert [label.text for label in selector.find_elements(By.TAG_NAME, "label")] == ["Admin center", "PowerShell", "Microsoft Graph"]
    radios = selector.find_elements(By.CSS_SELECTOR, "input[type=radio]")
    assert [r.get_attribute("value") for r in radios] == ["admin-center", "powershell", "graph"]
    assert zones(driver) == ["admin-center"]
    radios[0].click()
    radios[0].send_keys(Keys.ARROW_RIGHT)
    assert driver.switch_to.active_element.get_attribute("value") == "powershell"
    assert zones(driver) == ["powershell graph"]
    driver.get(learn_server + "guides/configure-trust.html?pivots=graph")
    assert zones(driver) == ["powershell graph"]
    assert console_errors(driver) == []


def test_pivots_without_javascript_show_every_zone_under_its_heading(learn_server, driver_without_js):
    driver_without_js.get(learn_server + "guides/configure-trust.html")
    assert driver_without_js.find_elements(By.CSS_SELECTOR, ".pivot-selector") == []
    assert zones(driver_without_js) == ["admin-center", "powershell graph"]
    titles = [t.text for t in driver_without_js.find_elements(By.CSS_SELECTOR, ".zone-title")]
    assert titles == ["Admin center", "PowerShell, Microsoft Graph"]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_the_toc_marks_the_page_and_its_sections_open_and_close_from_the_keyboard(learn_server, driver, driver_without_js, javascript):
    browser = driver if javascript else driver_without_js
    browser.get(learn_server + "guides/configure-trust.html")
    nav = browser.find_element(By.CSS_SELECTOR, "nav.site-toc[aria-label='Table of contents']")
    current = nav.find_element(By.CSS_SELECTOR, "[aria-current=page]")
    assert current.text == "Configure trust" and current.is_displayed()
    section = nav.find_element(By.XPATH, ".//details[summary='How-to guides']")
    assert section.get_attribute("open") is not None
    summary = section.find_element(By.TAG_NAME, "summary")
    # A summary is focusable; Enter toggles it natively, with or without the page's scripts.
    summary.send_keys(Keys.ENTER)
    assert section.get_attribute("open") is None
    assert not current.is_displayed()
    summary.send_keys(Keys.ENTER)
    assert section.get_attribute("open") is not None
    crumbs = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs li")]
    assert crumbs == ["Partner access handbook", "How-to guides", "Partner trust", "Configure trust"]
    assert browser.find_element(By.CSS_SELECTOR, "a.pager-next").get_attribute("href").endswith("guides/old-header.html")


def test_keyboard_reaches_the_toc_links_in_order(learn_server, driver):
    driver.get(learn_server + "overview.html")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the skip link
    reached = []
    for _ in range(12):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        element = driver.switch_to.active_element
        reached.append(element.text)
        if element.text == "Overview":
            break
    assert "Guest access handbook" in reached and reached[-1] == "Overview"
    assert driver.switch_to.active_element.get_attribute("aria-current") == "page"


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_learn_pages_pass_axe_in_light_and_dark(learn_site, learn_server, driver, width):
    driver.set_window_size(width, 1600)
    try:
        for page in sorted(str(p.relative_to(learn_site)) for p in learn_site.rglob("*.html")):
            driver.get(learn_server + page)
            assert serious_axe_violations(driver, f"{page} at {width}px") == []
            assert console_errors(driver) == [], page
        # Nothing is wider than a phone's screen.
        if width < 500:
            driver.get(learn_server + "guides/configure-trust.html")
            assert driver.execute_script("return document.documentElement.scrollWidth") <= width
    finally:
        driver.set_window_size(1280, 1600)
