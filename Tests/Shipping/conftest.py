"""Shared pieces of the tests of crosswalk as it ships: installed with `make install`, run by the
GitHub Action's script and by the pre-commit hook.

CROSSWALK_BIN (default .build/debug/crosswalk) is the binary the CI integrations run;
CROSSWALK_INSTALL_CONFIGURATION (debug or release, default debug) is what `make install` builds.
"""
import os
import pathlib
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("CROSSWALK_BIN", ROOT / ".build/debug/crosswalk")).resolve()
VENV_PYTHON = ROOT / ".venv/bin/python"

# An article in the style of the guidance: a support matrix whose one cell the engine agrees with.
CONSISTENT = """# Guide

| Policy | B2B collaboration users |
|---|---|
| Require password change | Not supported |
"""
# The same cell, contradicting the engine: an error.
INCONSISTENT = CONSISTENT.replace("| Not supported |", "| Supported |")
# Consistent, with a link to no article: a warning.
BROKEN_LINK = CONSISTENT + "\nSee [the setup](setup.md).\n"


def write_files(folder, files):
    for path, text in files.items():
        file = folder / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text)
    return folder


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="crosswalk-shipping-") as name:
        yield pathlib.Path(name)


@pytest.fixture(scope="session")
def pagefind_binary():
    """The Pagefind executable scripts/setup installed into .venv (the pagefind_bin package)."""
    result = subprocess.run(
        [str(VENV_PYTHON), "-c", "from pagefind.service import get_executable; print(get_executable())"],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    path = pathlib.Path(result.stdout.strip())
    assert path.is_file(), f"no Pagefind binary at {path}; run scripts/setup"
    return path
