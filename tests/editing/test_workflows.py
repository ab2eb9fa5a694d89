"""The GitHub workflows cannot run here, so the commands they call are tested instead."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.changes import MARKER

from ..conftest import EXAMPLE, REPO
from .test_changes import commit, edit, git

WORKFLOWS = REPO / ".github" / "workflows"
MAKE_TARGETS = set(re.findall(r"^([A-Za-z][\w.-]*):", (REPO / "Makefile").read_text(), re.MULTILINE))


def _load(name: str) -> dict:
    # BaseLoader: YAML 1.1 would read the key 'on' as True.
    return yaml.load((WORKFLOWS / name).read_text(), Loader=yaml.BaseLoader)


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _commands(workflow: dict) -> list[str]:
    return [line.strip() for step in _steps(workflow) if "run" in step for line in step["run"].splitlines()
            if line.strip()]


@pytest.mark.parametrize("name", ["check.yml", "publish.yml"])
def test_make_targets_and_generator_commands_exist(name: str) -> None:
    from generator.cli import main

    for command in _commands(_load(name)):
        words = shlex.split(command.replace("${{", "").replace("}}", ""))
        if words[0] == "make":
            assert set(words[1:]) <= MAKE_TARGETS, command
        if "generator" in words:
            subcommand = words[words.index("generator") + 1]
            with pytest.raises(SystemExit) as done:
                main([subcommand, "--help"])
            assert done.value.code == 0, command


def _recipe(target: str) -> str:
    """A Makefile rule: its prerequisites and commands."""
    return (REPO / "Makefile").read_text().split(f"\n{target}:")[1].split("\n\n")[0]


def test_pull_requests_run_check_strict_build_site_checks_and_tests() -> None:
    workflow = _load("check.yml")
    assert "pull_request" in workflow["on"]
    commands = _commands(workflow)
    for needed in ("make check", "make site", "make site-checks", "make test"):
        assert needed in commands
    assert (commands.index("make check") < commands.index("make site") < commands.index("make site-checks")
            < commands.index("make test"))
    assert "--strict" in _recipe("site")
    checkout = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == "0", "the base branch is needed for the change summary"
    script = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/github-script@"))
    assert MARKER in script["with"]["script"], "the comment is found again by the marker the summary carries"
    assert workflow["permissions"]["pull-requests"] == "write"


def test_site_checks_run_on_the_repository_and_install_what_they_need_as_the_tests_do() -> None:
    """`make site-checks` judges the council's own content (site_checks/ defaults to this repository),
    with the same browser, Java and npm tools as `make test`, installed the same way on a fresh machine."""
    site_checks, test = _recipe("site-checks"), _recipe("test")
    assert "-m pytest site_checks" in site_checks and "--project" not in site_checks
    assert site_checks.splitlines()[0].split() == test.splitlines()[0].split()  # the same prerequisites
    assert {"$(STAMP)", "$(CHROMIUM)", "$(JAVA)", "$(NODE_TOOLS)"} <= set(site_checks.splitlines()[0].split())
    assert "site-checks" in re.search(r"^\.PHONY:(.*)$", (REPO / "Makefile").read_text(), re.MULTILINE).group(1)


def test_publishing_uploads_site_to_pages_from_main() -> None:
    workflow = _load("publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    uses = [s.get("uses", "") for s in _steps(workflow)]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    upload = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    commands = _commands(workflow)
    assert "make site" in commands
    # A council's draft statements never reach families: the check before publishing refuses them first.
    assert commands.index("make check-to-publish") < commands.index("make site")
    assert "generator check --publishing" in _recipe("check-to-publish")


def test_summary_step_runs_as_written(tmp_path: Path) -> None:
    """The summary step's own shell lines, against a repository with an origin/main branch."""
    step = next(s for s in _steps(_load("check.yml")) if "generator changes" in s.get("run", ""))
    project = tmp_path / "council"
    for folder in ("content", "timetable"):
        shutil.copytree(EXAMPLE / folder, project / folder)
    git(project, "init", "-q", "-b", "main")
    commit(project, "Example content")
    git(project, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(project, "checkout", "-q", "-b", "rename")
    edit(project, "content/services/baby-massage.yml", "name: Baby massage", "name: Baby massage and bonding")
    commit(project, "Rename")
    venv = project / ".venv" / "bin"
    venv.mkdir(parents=True)
    # A script, not a link: a link to a virtual environment's Python runs without that environment's packages.
    (venv / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (venv / "python").chmod(0o755)
    summary = tmp_path / "step-summary.md"
    env = {**os.environ, "BASE": "main", "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_WORKSPACE": str(project),
           "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    body = (project / "changes.md").read_text()
    assert body.startswith(MARKER)
    assert "Renamed: **Baby massage** is now called **Baby massage and bonding**" in body
    assert summary.read_text() == body
