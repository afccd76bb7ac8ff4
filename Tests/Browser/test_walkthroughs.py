"""Walkthroughs in a real browser: what the player shows is what `crosswalk whatif` answers,
the player works from the keyboard alone, challenges come from the seed in the URL, pages pass
axe, log no errors, and degrade to plain HTML without JavaScript."""
import json
import re

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import axe_violations, console_errors, screenshot


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


def open_challenge(driver, server, placement, seed):
    driver.get(server + placement["page"] + f"#{placement['element']}&challenge={seed}")
    return section(driver, placement["element"])


def situation(driver, player):
    """The story and the checked answer of every question, read even while the form is hidden."""
    story = player.find_element(By.CSS_SELECTOR, "[data-challenge-story]").text
    answers = driver.execute_script(
        "return Array.from(arguments[0].querySelectorAll('fieldset[data-dimension]')).map(function (f) {"
        " var c = f.querySelector('input:checked'); return [f.getAttribute('data-dimension'), c ? c.value : null]; })",
        player)
    return story, answers


def challenge_score(driver, flow):
    return json.loads(driver.execute_script(f"return localStorage.getItem('crosswalk.challenge.flow.{flow}')") or "null")


def predict(player, verdict, mfa):
    player.find_element(By.CSS_SELECTOR, f"[data-challenge] input[name$='-verdict'][value='{verdict}']").click()
    player.find_element(By.CSS_SELECTOR, f"[data-challenge] input[name$='-mfa'][value='{mfa}']").click()
    player.find_element(By.CSS_SELECTOR, "[data-challenge-check]").click()


def test_a_challenge_comes_from_the_seed_hides_the_answer_and_explains_it(built, server, driver):
    for placement in placements(built):
        flow = built.manifest["flows"][placement["flow"]]
        driver.get(server + placement["page"])
        driver.execute_script("localStorage.clear()")
        player = open_challenge(driver, server, placement, 42)
        data = json.loads(driver.find_element(By.ID, placement["element"]).get_attribute("textContent"))
        challenge = player.find_element(By.CSS_SELECTOR, "[data-challenge]")
        assert challenge.is_displayed()
        for hidden in ("[data-walkthrough-result]", "[data-walkthrough-stepper]", "[data-walkthrough-form]",
                       "[data-walkthrough-quiz]", "[data-challenge-explanation]"):
            assert not player.find_element(By.CSS_SELECTOR, hidden).is_displayed(), hidden
        story, answers = situation(driver, player)
        assert story.startswith(data["opening"])
        # The story tells every drawn answer, in the words of the form.
        for dimension, value in answers:
            labels = {d["id"]: d for d in data["dimensions"]}[dimension]
            option = next(o for o in labels["options"] if o["value"] == value)
            fieldset = player.find_element(By.CSS_SELECTOR, f"fieldset[data-dimension='{dimension}']")
            if not fieldset.get_property("disabled"):
                assert f"{labels['label']}: {option['label']}." in story
        # The same link gives the same situation.
        driver.get(server + "index.html")
        player = open_challenge(driver, server, placement, 42)
        assert situation(driver, player) == (story, answers)
        # Predict what the engine answered for that combination (read from the hidden result).
        key = "|".join("-" if player.find_element(By.CSS_SELECTOR, f"fieldset[data-dimension='{d}']")
                       .get_property("disabled") else value for d, value in answers)
        case = next(c for c in flow["cases"] if c["key"] == key)
        report = built.whatif(case["tenant"], case["signIn"])
        assert shown(player) == (report["decision"], mfa_place(report))
        predict(player, report["decision"], mfa_place(report))
        feedback = player.find_element(By.CSS_SELECTOR, "[data-challenge-feedback]").text
        assert feedback.startswith("Right.") and report["decision"] in feedback.lower()
        assert player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result]").is_displayed()
        explanation = player.find_element(By.CSS_SELECTOR, "[data-challenge-explanation]")
        assert explanation.is_displayed()
        named = re.search(r"Step (\d+) of “([^”]+)”", explanation.text)
        assert named, explanation.text
        taken = {(s["flow"], s["step"]) for s in report["steps"]}
        flow_of = {data["labels"][key]: key[5:] for key in data["labels"] if key.startswith("flow.")}
        assert (flow_of[named.group(2)], int(named.group(1))) in taken, explanation.text
        assert "Decided by" in explanation.text
        assert challenge_score(driver, placement["flow"]) == {"correct": 1, "answered": 1, "streak": 1}
        # Checking the same situation again does not count twice.
        player.find_element(By.CSS_SELECTOR, "[data-challenge-check]").click()
        assert challenge_score(driver, placement["flow"]) == {"correct": 1, "answered": 1, "streak": 1}
        score = player.find_element(By.CSS_SELECTOR, "[data-challenge-score]")
        assert "1 of 1 right; streak 1" in score.text
        # The score survives a reload, which starts the same challenge again, unanswered.
        driver.refresh()
        player = section(driver, placement["element"])
        assert "1 of 1 right; streak 1" in player.find_element(By.CSS_SELECTOR, "[data-challenge-score]").text
        assert not player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result]").is_displayed()
        wrong = next(v for v in ("granted", "challenged", "blocked") if v != report["decision"])
        predict(player, wrong, mfa_place(report))
        assert player.find_element(By.CSS_SELECTOR, "[data-challenge-feedback]").text.startswith("Not quite.")
        assert challenge_score(driver, placement["flow"]) == {"correct": 1, "answered": 2, "streak": 0}
        # Another seed can draw another situation.
        others = set()
        for seed in range(1, 13):
            others.add(json.dumps(situation(driver, open_challenge(driver, server, placement, seed))))
        assert len(others - {json.dumps((story, answers))}) >= 1
        assert console_errors(driver) == []


def test_new_challenge_back_and_forward(built, server, driver):
    placement = placements(built)[0]
    driver.get(server + placement["page"])
    player = section(driver, placement["element"])
    challenge = player.find_element(By.CSS_SELECTOR, "[data-challenge]")
    assert not challenge.is_displayed()
    player.find_element(By.CSS_SELECTOR, "[data-challenge-new]").click()
    assert re.fullmatch(rf"#{placement['element']}&challenge=\d+", driver.execute_script("return location.hash"))
    assert challenge.is_displayed()
    story = player.find_element(By.CSS_SELECTOR, "[data-challenge-story]").text
    assert player.find_element(By.CSS_SELECTOR, "[role='status']").text.startswith("New challenge")
    player.find_element(By.CSS_SELECTOR, "[data-challenge-end]").click()
    assert driver.execute_script("return location.hash") == f"#{placement['element']}"
    assert not challenge.is_displayed()
    assert driver.switch_to.active_element == player.find_element(By.CSS_SELECTOR, "[data-challenge-new]")
    assert player.find_element(By.CSS_SELECTOR, "[data-walkthrough-form]").is_displayed()
    assert player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result]").is_displayed()
    driver.back()
    assert challenge.is_displayed()
    assert player.find_element(By.CSS_SELECTOR, "[data-challenge-story]").text == story
    assert not player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result]").is_displayed()
    driver.back()
    assert not challenge.is_displayed()
    assert player.find_element(By.CSS_SELECTOR, "[data-walkthrough-result]").is_displayed()
    driver.forward()
    assert challenge.is_displayed()
    # Once predicted, ending the challenge leaves the drawn situation in the form to explore.
    _, drawn = situation(driver, player)
    verdict, mfa = shown(player)
    predict(player, verdict, mfa)
    assert not player.find_element(By.CSS_SELECTOR, "[data-walkthrough-form]").is_displayed()
    player.find_element(By.CSS_SELECTOR, "[data-challenge-end]").click()
    assert player.find_element(By.CSS_SELECTOR, "[data-walkthrough-form]").is_displayed()
    assert situation(driver, player)[1] == drawn and shown(player) == (verdict, mfa)
    assert driver.execute_script("return location.hash") == f"#{placement['element']}"
    assert console_errors(driver) == []


def test_a_challenge_works_when_storage_is_refused(built, server, driver):
    placement = placements(built)[0]
    blocker = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source":
        "Object.defineProperty(window, 'localStorage', {get: function () { throw new Error('refused'); }});"})
    try:
        driver.get("about:blank")  # a new document, so the script above runs first
        player = open_challenge(driver, server, placement, 7)
        assert driver.execute_script("try { return !window.localStorage; } catch (e) { return true; }")
        verdict, mfa = shown(player)
        predict(player, verdict, mfa)
        assert player.find_element(By.CSS_SELECTOR, "[data-challenge-feedback]").text.startswith("Right.")
        assert player.find_element(By.CSS_SELECTOR, "[data-challenge-explanation]").is_displayed()
        assert player.find_element(By.CSS_SELECTOR, "[data-challenge-score]").text
        assert console_errors(driver) == []
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": blocker["identifier"]})


def test_walkthrough_pages_are_axe_clean_with_a_challenge_open(built, server, driver):
    found = []
    for placement in placements(built):
        player = open_challenge(driver, server, placement, 42)
        found += axe_violations(driver, f"{placement['page']} {placement['element']} challenge", impacts=None)
        verdict, mfa = shown(player)
        predict(player, verdict, mfa)
        found += axe_violations(driver, f"{placement['page']} {placement['element']} explained", impacts=None)
        screenshot(driver, f"{built.name}-{placement['page'].replace('/', '-')[:-5]}-{placement['element']}-challenge")
    assert found == []
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
        # No control that needs the script is offered without it.
        assert not player.find_element(By.CSS_SELECTOR, "[data-challenge-new]").is_displayed()
        assert not player.find_element(By.CSS_SELECTOR, "[data-challenge-bar]").is_displayed()
        assert not player.find_element(By.CSS_SELECTOR, "[data-challenge]").is_displayed()
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
