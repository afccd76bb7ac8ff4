"""The What If page: linked from the navigation, answers change with the form, readable without
JavaScript."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import console_errors, screenshot


def whatif_or_skip(built):
    if not (built.site / "whatif.html").exists():
        pytest.skip("this site has no tenant in _data/tenants/")


def test_fixture_site_has_a_whatif_page(built):
    if built.name == "fixture":
        assert (built.site / "whatif.html").exists()


def test_whatif_page_updates_verdict_and_policies(built, server, driver):
    whatif_or_skip(built)
    driver.get(server + "index.html")
    driver.find_element(By.CSS_SELECTOR, ".site-nav a[href='whatif.html']").click()
    tool = driver.find_element(By.CSS_SELECTOR, "[data-whatif]")
    form = tool.find_element(By.CSS_SELECTOR, "[data-whatif-form]")
    assert form.is_displayed()
    seen = set()
    for fieldset in tool.find_elements(By.CSS_SELECTOR, "fieldset[data-dimension]"):
        if fieldset.get_property("disabled"):
            continue
        select = Select(fieldset.find_element(By.TAG_NAME, "select"))
        for option in select.options:
            select.select_by_value(option.get_attribute("value"))
            verdict = tool.find_element(By.CSS_SELECTOR, "[data-verdict]").get_attribute("data-verdict")
            assert verdict in ("granted", "challenged", "blocked")
            seen.add(verdict)
            rows = tool.find_elements(By.CSS_SELECTOR, "[data-policies] tr")
            assert rows and all(r.find_element(By.CSS_SELECTOR, "[data-applies]") for r in rows)
    assert len(seen) >= 2
    assert tool.find_element(By.CSS_SELECTOR, "[role='status']").text.startswith("Verdict:")
    assert console_errors(driver) == []


def test_whatif_without_javascript_shows_the_example(built, server, driver_without_js):
    whatif_or_skip(built)
    driver_without_js.get(server + "whatif.html")
    tool = driver_without_js.find_element(By.CSS_SELECTOR, "[data-whatif]")
    assert not tool.find_element(By.CSS_SELECTOR, "[data-whatif-form]").is_displayed()
    assert tool.find_element(By.CSS_SELECTOR, "[data-whatif-fallback]").is_displayed()
    assert tool.find_elements(By.CSS_SELECTOR, "[data-policies] tr")
    screenshot(driver_without_js, f"{built.name}-whatif-no-js")
    assert console_errors(driver_without_js) == []
