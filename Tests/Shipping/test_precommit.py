"""The pre-commit hook (.pre-commit-hooks.yaml) run by the pre-commit framework from PyPI with
`pre-commit try-repo`, against a repository of guidance, with crosswalk on PATH."""
import os
import subprocess

import pytest

from conftest import BINARY, CONSISTENT, INCONSISTENT, ROOT, write_files

PRE_COMMIT = ROOT / ".venv/bin/pre-commit"


@pytest.fixture
def repository(folder):
    tools = folder / "tools"
    tools.mkdir()
    (tools / "crosswalk").symlink_to(BINARY)
    repository = folder / "guide"
    repository.mkdir()
    environment = dict(os.environ, PATH=os.pathsep.join([str(tools), os.environ["PATH"]]),
                       PRE_COMMIT_HOME=str(folder / "pre-commit-home"),
                       GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
                       GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    subprocess.run(["git", "init", "-q"], cwd=repository, check=True, env=environment)
    return repository, environment


def try_repo(repository, environment, files):
    return subprocess.run([str(PRE_COMMIT), "try-repo", str(ROOT), "crosswalk-check", "--files", *files],
                          cwd=repository, env=environment, capture_output=True, text=True, timeout=300)


def test_changed_markdown_that_agrees_with_the_engine_passes(repository):
    folder, environment = repository
    write_files(folder, {"content/a.md": CONSISTENT, "README.md": INCONSISTENT})
    subprocess.run(["git", "add", "."], cwd=folder, check=True, env=environment)
    result = try_repo(folder, environment, ["content/a.md", "README.md"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "crosswalk check" in result.stdout and "Passed" in result.stdout


def test_changed_markdown_that_contradicts_the_engine_fails_with_its_position(repository):
    folder, environment = repository
    write_files(folder, {"content/a.md": INCONSISTENT, "content/_data/notes.md": INCONSISTENT})
    subprocess.run(["git", "add", "."], cwd=folder, check=True, env=environment)
    result = try_repo(folder, environment, ["content/a.md", "content/_data/notes.md"])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    assert "content/a.md:5:" in result.stdout and "[crosswalk.matrix.cell-mismatch]" in result.stdout
    assert "_data/notes.md" not in result.stdout
