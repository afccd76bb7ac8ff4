"""The GitHub Action's logic (scripts/ci-check) run outside GitHub: inputs in the environment as
the composite action passes them, outputs in a GITHUB_OUTPUT file, annotations on stdout."""
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

from conftest import BINARY, BROKEN_LINK, CONSISTENT, INCONSISTENT, ROOT, write_files

SCRIPT = ROOT / "scripts/ci-check"


def check(folder, script=SCRIPT, path=None, **inputs):
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("INPUT_", "CROSSWALK_"))}
    environment.update({f"INPUT_{key.upper()}": value for key, value in inputs.items()})
    environment["GITHUB_OUTPUT"] = str(folder / "github-output")
    if path is None:
        environment["CROSSWALK_BIN"] = str(BINARY)
    else:
        environment["PATH"] = os.pathsep.join(str(p) for p in path)
    return subprocess.run([str(script)], cwd=folder, env=environment, capture_output=True, text=True, timeout=300)


def outputs(folder):
    return dict(line.split("=", 1) for line in (folder / "github-output").read_text().splitlines())


def test_consistent_content_passes_with_both_reports(folder):
    write_files(folder, {"content/a.md": CONSISTENT})
    result = check(folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error" not in result.stdout
    assert outputs(folder) == {"sarif": "crosswalk-results/crosswalk.sarif",
                               "junit": "crosswalk-results/crosswalk-junit.xml", "status": "0"}
    sarif = json.loads((folder / "crosswalk-results/crosswalk.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
    junit = ElementTree.parse(folder / "crosswalk-results/crosswalk-junit.xml").getroot()
    assert len(junit.findall(".//testcase")) == 1 and junit.findall(".//failure") == []


def test_a_wrong_cell_fails_with_an_annotation_a_sarif_result_and_a_junit_failure(folder):
    write_files(folder, {"docs/a.md": INCONSISTENT})
    result = check(folder, content="docs", output_directory="reports")
    assert result.returncode == 1, result.stdout + result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 1 and "file=docs/a.md,line=5" in annotations[0], result.stdout
    assert outputs(folder)["status"] == "1"
    sarif = json.loads((folder / "reports/crosswalk.sarif").read_text())
    [finding] = sarif["runs"][0]["results"]
    assert finding["ruleId"] == "crosswalk.matrix.cell-mismatch"
    assert finding["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a.md"
    junit = ElementTree.parse(folder / "reports/crosswalk-junit.xml").getroot()
    assert len(junit.findall(".//failure")) == 1


def test_warnings_fail_only_when_asked(folder):
    write_files(folder, {"content/a.md": BROKEN_LINK})
    relaxed = check(folder)
    assert relaxed.returncode == 0, relaxed.stdout + relaxed.stderr
    assert any(line.startswith("::warning ") for line in relaxed.stdout.splitlines())
    strict = check(folder, warnings_as_errors="true")
    assert strict.returncode == 1, strict.stdout + strict.stderr
    bad = check(folder, warnings_as_errors="sometimes")
    assert bad.returncode == 2 and "expected true or false" in bad.stdout


def test_a_missing_content_folder_cannot_run(folder):
    result = check(folder, content="nowhere")
    assert result.returncode == 2
    assert "::error::crosswalk-check: content folder 'nowhere' does not exist" in result.stdout


def test_crosswalk_on_path_is_reused(folder):
    tools = write_files(folder, {}) / "tools"
    tools.mkdir()
    (tools / "crosswalk").symlink_to(BINARY)
    write_files(folder, {"content/a.md": CONSISTENT})
    result = check(folder, path=[tools, "/usr/bin", "/bin"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "building" not in result.stderr


def test_without_crosswalk_it_is_built_from_the_action(folder):
    """No crosswalk anywhere: the script builds one from the action's own checkout. A stand-in
    `swift` records how it was called and puts the real binary where the build would."""
    action = folder / "action"
    (action / "scripts").mkdir(parents=True)
    shutil.copy(SCRIPT, action / "scripts/ci-check")
    tools = folder / "tools"
    tools.mkdir()
    (tools / "swift").write_text(
        "#!/bin/sh\n"
        f'echo "$@" > "{folder}/swift-arguments"\n'
        f'mkdir -p "{action}/.build/release" && ln -sf "{BINARY}" "{action}/.build/release/crosswalk"\n')
    (tools / "swift").chmod(0o755)
    write_files(folder, {"content/a.md": CONSISTENT})
    result = check(folder, script=action / "scripts/ci-check", path=[tools, "/usr/bin", "/bin"],
                   install_packages="false")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (folder / "swift-arguments").read_text().split() == [
        "build", "--package-path", str(action), "-c", "release", "--static-swift-stdlib", "--product", "crosswalk"]
