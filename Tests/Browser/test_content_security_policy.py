"""The pages work under `crosswalk serve`'s Content-Security-Policy, and a violation would be seen."""
from conftest import CSP, console_errors


def test_the_policy_blocks_inline_script_and_the_tests_would_see_it(built, server, driver):
    """A page that breaks the policy produces a console error, so the clean pages' silence counts."""
    probe = built.site / "csp-probe.html"
    probe.write_text("<!DOCTYPE html><title>probe</title><script>document.title = 'ran'</script>")
    try:
        driver.get(server + "csp-probe.html")
        assert driver.title == "probe", "the inline script ran despite the policy"
        errors = console_errors(driver)
        assert any("Content Security Policy" in entry["message"] for entry in errors), errors
    finally:
        probe.unlink()


def test_every_page_loads_under_the_policy_without_violations(built, server, driver):
    assert "default-src 'self'" in CSP
    for page in built.pages():
        driver.get(server + page)
        errors = console_errors(driver)
        assert not errors, f"{page}: {errors}"
