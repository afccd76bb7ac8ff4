"""The What If page: linked from the navigation, answers change with the form, readable without
JavaScript."""
import json
from urllib.parse import quote

import pytest
from axe_selenium_python import Axe
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


def fragment(element, answers, dimensions):
    """The URL fragment the page writes: answers that differ from the defaults."""
    parts = [element]
    for dimension in dimensions:
        value = answers.get(dimension["id"])
        if value is not None and value != dimension["defaultValue"]:
            parts.append(quote(dimension["id"], safe="") + "=" + quote(value, safe=""))
    return "#" + "&".join(parts)


def tool_data(driver, element):
    return json.loads(driver.find_element(By.ID, element).get_attribute("textContent"))


def test_a_sample_through_the_page_is_what_crosswalk_whatif_answers(built, server, driver):
    whatif_or_skip(built)
    tools = built.manifest["whatif"]
    assert tools, "no What If sample exported"
    for tool in tools:
        driver.get(server + "whatif.html")
        data = tool_data(driver, tool["element"])
        for case in tool["cases"]:
            driver.get(server + "whatif.html" + fragment(tool["element"], case["answers"], data["dimensions"]))
            section = driver.find_element(By.CSS_SELECTOR, f"[data-whatif='{tool['element']}']")
            report = built.whatif(tool["tenant"], case["signIn"])
            verdict = section.find_element(By.CSS_SELECTOR, "[data-verdict]").get_attribute("data-verdict")
            assert verdict == report["decision"], (case["answers"], report["decision"])
            applies = [row.find_element(By.CSS_SELECTOR, "[data-applies]").get_attribute("data-applies") == "true"
                       for row in section.find_elements(By.CSS_SELECTOR, "[data-policies] tr")]
            assert applies == [policy["policyApplies"] for policy in report["policies"]], case["answers"]
    assert console_errors(driver) == []


def test_answers_live_in_the_fragment_with_back_forward_and_reset(built, server, driver):
    whatif_or_skip(built)
    driver.get(server + "whatif.html")
    tool = driver.find_element(By.CSS_SELECTOR, "[data-whatif]")
    element = tool.get_attribute("data-whatif")
    who = Select(tool.find_element(By.CSS_SELECTOR, "fieldset[data-dimension='who'] select"))
    values = [option.get_attribute("value") for option in who.options]
    who.select_by_value(values[3])
    assert driver.execute_script("return location.hash") == f"#{element}&who={values[3]}"
    who.select_by_value(values[4])
    driver.back()
    assert Select(tool.find_element(By.CSS_SELECTOR, "fieldset[data-dimension='who'] select")).first_selected_option.get_attribute("value") == values[3]
    driver.forward()
    assert Select(tool.find_element(By.CSS_SELECTOR, "fieldset[data-dimension='who'] select")).first_selected_option.get_attribute("value") == values[4]
    tool.find_element(By.CSS_SELECTOR, "[data-whatif-reset]").click()
    assert Select(tool.find_element(By.CSS_SELECTOR, "fieldset[data-dimension='who'] select")).first_selected_option.get_attribute("value") == values[0]
    assert driver.execute_script("return location.hash") == f"#{element}"
    assert console_errors(driver) == []


def test_whatif_page_is_axe_clean_in_light_and_dark(built, server, driver):
    whatif_or_skip(built)
    driver.get(server + "whatif.html")
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        axe = Axe(driver)
        axe.inject()
        violations = axe.run()["violations"]
        assert violations == [], f"{scheme}: " + "; ".join(f"{v['id']} ({v.get('impact')}): {v['help']}" for v in violations)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_a_challenge_comes_from_the_seed_and_hides_the_answer_until_checked(built, server, driver):
    whatif_or_skip(built)
    driver.get(server + "whatif.html")
    element = driver.find_element(By.CSS_SELECTOR, "[data-whatif]").get_attribute("data-whatif")
    driver.execute_script("localStorage.clear()")
    driver.get(server + f"whatif.html#{element}&challenge=42")
    driver.refresh()
    tool = driver.find_element(By.CSS_SELECTOR, f"[data-whatif='{element}']")
    assert tool.find_element(By.CSS_SELECTOR, "[data-challenge]").is_displayed()
    assert not tool.find_element(By.CSS_SELECTOR, "[data-whatif-answer]").is_displayed()
    story = tool.find_element(By.CSS_SELECTOR, "[data-challenge-story]").text
    assert story
    driver.get(server + "index.html")
    driver.get(server + f"whatif.html#{element}&challenge=42")
    tool = driver.find_element(By.CSS_SELECTOR, f"[data-whatif='{element}']")
    assert tool.find_element(By.CSS_SELECTOR, "[data-challenge-story]").text == story
    verdict = tool.find_element(By.CSS_SELECTOR, "[data-verdict]").get_attribute("data-verdict")
    tool.find_element(By.CSS_SELECTOR, f"[data-challenge] input[value='{verdict}']").click()
    tool.find_element(By.CSS_SELECTOR, "[data-challenge-check]").click()
    assert tool.find_element(By.CSS_SELECTOR, "[data-challenge-result]").text.startswith("Right")
    assert tool.find_element(By.CSS_SELECTOR, "[data-whatif-answer]").is_displayed()
    assert "1 of 1 correct; streak 1" in tool.find_element(By.CSS_SELECTOR, "[data-challenge-score]").text
    assert console_errors(driver) == []
