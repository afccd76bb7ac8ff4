"""Walkthroughs in a real browser: what the player shows is what `crosswalk whatif` answers,
the player works from the keyboard alone, passes axe, logs no errors, and degrades to plain
HTML without JavaScript."""
import json

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import console_errors, screenshot


def mfa_place(report):
    """Where MFA happens, by the rule the player states: the first MFA-like requirement the
    user can meet, else nowhere."""
    for requirement in report["requirements"]:
        if requirement["control"] in ("mfa", "authenticationStrength") and requirement["status"] != "unsatisfiable":
            return requirement["where"]
    return "none"


def placements(built):
    return built.manifest["walkthroughs"]


def section(driver, element):
    return driver.find_element(By.CSS_SELECTOR, f"[data-walkthrough='{element}']")


def choose(driver, player, dimension, value):
    fieldset = player.find_element(By.CSS_SELECTOR, f"fieldset[data-dimension='{dimension}']")
    radio = fieldset.find_element(By.CSS_SELECTOR, f"input[value={json.dumps(value)}]")
    if not radio.is_selected():
        radio.click()


def shown(player):
    verdict = player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result] [data-verdict]").get_attribute("data-verdict")
    mfa = player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result] [data-mfa]").get_attribute("data-mfa")
    return verdict, mfa


def test_the_site_places_walkthroughs(built):
    assert placements(built), "no walkthrough placed"
    assert "walkthrough" in built.summary


def test_every_combination_shows_what_whatif_answers(built, server, driver):
    for placement in placements(built):
        driver.get(server + placement["page"])
        player = section(driver, placement["element"])
        flow = built.manifest["flows"][placement["flow"]]
        for case in flow["cases"]:
            for dimension, value in case["answers"].items():
                choose(driver, player, dimension, value)
            report = built.whatif(case["tenant"], case["signIn"])
            expected = (report["decision"], mfa_place(report))
            assert shown(player) == expected, f"{placement['page']} {placement['element']} {case['key']}"
            for dimension in flow["dimensions"]:
                fieldset = player.find_element(By.CSS_SELECTOR, f"fieldset[data-dimension='{dimension}']")
                assert (not fieldset.get_property("disabled")) == (dimension in case["answers"]), f"{case['key']}: {dimension}"
        assert console_errors(driver) == []


def test_keyboard_only_stepping_keeps_focus_and_announces(built, server, driver):
    for placement in placements(built):
        driver.get(server + placement["page"])
        player = section(driver, placement["element"])
        next_button = player.find_element(By.CSS_SELECTOR, "[data-step-next]")
        status = player.find_element(By.CSS_SELECTOR, "[role='status']")
        body = driver.find_element(By.TAG_NAME, "body")
        body.click()
        for _ in range(200):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if driver.switch_to.active_element == next_button:
                break
        else:
            pytest.fail(f"Next step is not reachable with Tab on {placement['page']}")
        steps = len(player.find_elements(By.CSS_SELECTOR, "[data-walkthrough-steps] li"))
        announced = []
        for _ in range(steps - 1):
            driver.switch_to.active_element.send_keys(Keys.ENTER)
            assert driver.switch_to.active_element == next_button, "focus moved"
            announced.append(status.text)
        assert len(set(announced)) == steps - 1
        assert all(text.startswith("Step ") for text in announced)
        assert next_button.get_attribute("aria-disabled") == "true"
        current = player.find_elements(By.CSS_SELECTOR, "[data-walkthrough-steps] li[aria-current='step']")
        assert len(current) == 1
        # Arrow keys move between answers of a question without a mouse.
        first_question = player.find_element(By.CSS_SELECTOR, "fieldset[data-dimension]:not([disabled]) input:checked")
        first_question.send_keys(Keys.SPACE)
        before = status.text
        driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
        assert status.text != "" and status.text != before or shown(player)
        assert console_errors(driver) == []


def test_highlights_taken_rows_of_the_step_table(built, server, driver):
    for placement in placements(built):
        driver.get(server + placement["page"])
        tables = driver.find_elements(By.CSS_SELECTOR, f"[data-flow-steps='{placement['flow']}']")
        if not tables:
            continue
        player = section(driver, placement["element"])
        taken = {int(li.get_attribute("data-step")) for li in player.find_elements(
            By.CSS_SELECTOR, f"[data-walkthrough-steps] li[data-flow='{placement['flow']}']")}
        marked = {int(row.find_element(By.TAG_NAME, "td").text.strip().split()[0])
                  for row in tables[0].find_elements(By.CSS_SELECTOR, "tr[data-taken]")}
        assert marked == taken


def test_quiz_hides_the_answer_until_checked_and_keeps_a_score(built, server, driver):
    placement = placements(built)[0]
    driver.get(server + placement["page"])
    driver.execute_script("window.localStorage.clear()")
    driver.refresh()
    player = section(driver, placement["element"])
    player.find_element(By.CSS_SELECTOR, "input[name$='-mode'][value='quiz']").click()
    result = player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result]")
    assert not result.is_displayed()
    verdict, mfa = shown(player)
    player.find_element(By.CSS_SELECTOR, f"input[name$='-guess-verdict'][value='{verdict}']").click()
    player.find_element(By.CSS_SELECTOR, f"input[name$='-guess-mfa'][value='{mfa}']").click()
    player.find_element(By.CSS_SELECTOR, "[data-quiz-check]").click()
    assert result.is_displayed()
    assert player.find_element(By.CSS_SELECTOR, "[data-quiz-feedback]").text.startswith("Correct")
    score = json.loads(driver.execute_script(f"return localStorage.getItem('crosswalk.quiz.{placement['flow']}')"))
    assert score == {"correct": 1, "answered": 1}
    assert "1 of 1" in player.find_element(By.CSS_SELECTOR, "[data-quiz-score]").text
    assert console_errors(driver) == []


def test_pages_pass_axe_and_log_no_errors(built, server, driver):
    for page in built.pages():
        driver.get(server + page)
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
            assert serious == [], f"{page} ({scheme}): " + "; ".join(
                f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:5]}" for v in serious)
            screenshot(driver, f"{built.name}-{page.replace('/', '-')[:-5]}-{scheme}")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        assert console_errors(driver) == [], page


def test_without_javascript_the_default_scenario_is_plain_html(built, server, driver_without_js):
    for placement in placements(built):
        driver_without_js.get(server + placement["page"])
        player = section(driver_without_js, placement["element"])
        assert not player.find_element(By.CSS_SELECTOR, "[data-walkthrough-form]").is_displayed()
        assert not player.find_element(By.CSS_SELECTOR, "[data-walkthrough-stepper]").is_displayed()
        assert player.find_element(By.CSS_SELECTOR, "[data-walkthrough-fallback]").is_displayed()
        flow = built.manifest["flows"][placement["flow"]]
        data = json.loads(driver_without_js.find_element(By.ID, placement["element"]).get_attribute("textContent"))
        case = next(c for c in flow["cases"] if c["key"] == data["defaultKey"])
        report = built.whatif(case["tenant"], case["signIn"])
        assert shown(player) == (report["decision"], mfa_place(report))
        steps = player.find_elements(By.CSS_SELECTOR, "[data-walkthrough-steps] li")
        assert [int(li.get_attribute("data-step")) for li in steps] == [s["step"] for s in report["steps"]]
        assert all(li.is_displayed() for li in steps)
        screenshot(driver_without_js, f"{built.name}-{placement['page'].replace('/', '-')[:-5]}-{placement['element']}-no-js")
        assert console_errors(driver_without_js) == []
