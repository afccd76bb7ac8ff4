"""What a new user does: `make install` into a prefix, only that prefix on PATH, and every command
in an empty folder far from this repository, with and without a search indexer on PATH.

`make test` installs the debug build (CROSSWALK_INSTALL_CONFIGURATION=debug): it embeds the same
templates and assets as the release build, which would add minutes of building to every test
run; `make test-release` runs these tests on the release binary.
"""
import json
import os
import pathlib
import re
import signal
import subprocess
import urllib.request

import pytest

from conftest import ROOT

CONFIGURATION = os.environ.get("CROSSWALK_INSTALL_CONFIGURATION", "debug")

# A sign-in to the tenant `crosswalk init` writes: a guest from another Entra tenant in a browser.
SIGN_IN = """signInIdentity:
  userId: kim@partner.example
  externalTenantId: 33333333-3333-3333-3333-333333333333
  externalUserType: b2bCollaborationGuest
signInContext:
  includeApplications: [00000003-0000-0ff1-ce00-000000000000]
signInConditions:
  clientAppType: browser
guest:
  identityProvider: entraId
"""


@pytest.fixture(scope="module")
def prefix(tmp_path_factory):
    """A prefix `make install` filled; `make uninstall` is checked to empty it at the end."""
    prefix = tmp_path_factory.mktemp("prefix")
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "install", f"PREFIX={prefix}", f"CONFIGURATION={CONFIGURATION}"],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    yield prefix
    result = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "uninstall", f"PREFIX={prefix}"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    leftovers = [p for p in prefix.rglob("*") if p.is_file()]
    assert leftovers == [], leftovers


def run(arguments, cwd, path, timeout=120):
    """Runs the installed crosswalk with only `path` as PATH and a bare environment."""
    environment = {"PATH": os.pathsep.join(str(p) for p in path), "HOME": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run(["crosswalk", *arguments], cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=timeout, executable=_which("crosswalk", path))


def _which(name, path):
    for folder in path:
        candidate = pathlib.Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise AssertionError(f"{name} not found in {path}")


def test_install_lays_out_binary_completions_and_man_page(prefix):
    for path in ["bin/crosswalk", "share/man/man1/crosswalk.1", "share/bash-completion/completions/crosswalk",
                 "share/zsh/site-functions/_crosswalk", "share/fish/vendor_completions.d/crosswalk.fish"]:
        assert (prefix / path).is_file(), path
        assert (prefix / path).stat().st_size > 0, path
    manual = (prefix / "share/man/man1/crosswalk.1").read_text()
    assert ".Dt CROSSWALK 1" in manual
    for command in ["build", "check", "serve", "init", "whatif", "flows"]:
        assert command in manual
    assert "complete -c 'crosswalk'" in (prefix / "share/fish/vendor_completions.d/crosswalk.fish").read_text()
    assert "#compdef crosswalk" in (prefix / "share/zsh/site-functions/_crosswalk").read_text()
    assert "complete" in (prefix / "share/bash-completion/completions/crosswalk").read_text()


def test_version(prefix, folder):
    result = run(["--version"], folder, [prefix / "bin"])
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"crosswalk \d+\.\d+\.\d+\nengine \d+\.\d+\.\d+\nbehaviour as documented on \d{4}-\d{2}-\d{2}\n",
                        result.stdout)


def _every_command(prefix, folder, path):
    """init, check, build, whatif, flows and serve in a new site; returns build's output."""
    bin_path = [prefix / "bin", *path]
    created = run(["init", "guide"], folder, bin_path)
    assert created.returncode == 0, created.stderr
    site = folder / "guide"

    check = run(["check", "--warnings-as-errors"], site, bin_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert " 0 failed; 0 errors, 0 warnings" in check.stdout

    build = run(["build"], site, bin_path)
    assert build.returncode == 0, build.stdout + build.stderr
    assert (site / "_site/guest-sign-in.html").is_file()
    assert (site / "_site/crosswalk.css").read_bytes() == (ROOT / "public/crosswalk.css").read_bytes()

    (site / "sign-in.yaml").write_text(SIGN_IN)
    whatif = run(["whatif", "--tenant", "content/_data/tenants/example.yaml", "--sign-in", "sign-in.yaml",
                  "--format", "json"], site, bin_path)
    assert whatif.returncode == 0, whatif.stderr
    answer = json.loads(whatif.stdout)
    # The example tenant asks guests for MFA and does not trust their home tenant's.
    assert (answer["flow"], answer["decision"]) == ("entra-cross-tenant", "challenged")

    flows = run(["flows"], site, bin_path)
    assert flows.returncode == 0, flows.stderr
    assert "email-one-time-passcode:" in flows.stdout

    _serve_one_request(site, bin_path)
    return build, site


def _serve_one_request(site, path):
    environment = {"PATH": os.pathsep.join(str(p) for p in path), "HOME": str(site), "LANG": "C.UTF-8"}
    server = subprocess.Popen(["crosswalk", "serve", "--port", "0", "--output", "_preview"], cwd=site,
                              env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              executable=_which("crosswalk", path))
    match = None
    try:
        seen = ""
        for line in server.stdout:
            seen += line
            match = re.search(r"Serving (http://\S+/)", line)
            if match:
                break
        assert match, seen + server.stderr.read()
        with urllib.request.urlopen(match.group(1) + "guest-sign-in.html", timeout=30) as response:
            assert response.status == 200
            page = response.read().decode()
        assert "live-reload.js" in page  # the serve-only script, embedded too
        with urllib.request.urlopen(match.group(1) + "crosswalk.css", timeout=30) as response:
            assert response.read() == (ROOT / "public/crosswalk.css").read_bytes()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)


def test_every_command_without_an_indexer(prefix, folder):
    build, site = _every_command(prefix, folder, [])
    warnings = [line for line in build.stderr.splitlines() if "warning:" in line]
    assert len(warnings) == 1, build.stderr
    assert "[crosswalk.search.unavailable]" in warnings[0] and "pip install" in warnings[0]
    assert not (site / "_site/pagefind").exists()
    assert "data-search" not in (site / "_site/index.html").read_text()
    for command in (["build", "--search"], ["serve", "--search", "--port", "0"]):
        required = run(command, site, [prefix / "bin"])
        assert required.returncode == 1, command
        assert "error: [crosswalk.search.unavailable]" in required.stderr, command


def test_every_command_with_an_indexer_on_path(prefix, folder, pagefind_binary):
    tools = folder / "tools"
    tools.mkdir()
    (tools / "pagefind_extended").symlink_to(pagefind_binary)
    work = folder / "work"
    work.mkdir()
    build, site = _every_command(prefix, work, [tools])
    assert build.stderr == ""
    assert (site / "_site/pagefind/pagefind-ui.js").is_file()
    assert "data-search" in (site / "_site/index.html").read_text()
