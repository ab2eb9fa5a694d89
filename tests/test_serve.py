"""`mkdocs serve` keeps running through a content mistake, shows it, and recovers on the next save."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .conftest import EXAMPLE_EPOCH, example_project


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(project: Path, env: dict[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """``mkdocs serve`` of ``project`` on a free port, on the example's day: its home address and process.
    Stopped at the end, when its log must hold no traceback and must not have filled up."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EXAMPLE_EPOCH, **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        yield f"http://127.0.0.1:{port}/", server
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "Traceback" not in output
    assert output.count("\n") < 200, "the log must not fill with messages"


def _wait_for(url: str, text: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    body = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body = response.read().decode()
            if text in body:
                return body
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{text!r} did not appear at {url} within {timeout}s; last page:\n{body[:500]}")


def test_the_problems_show_at_the_open_page_and_it_comes_back(tmp_path: Path) -> None:
    """The preview keeps running through a content mistake: an editor looking at a service page sees the
    problems there (and on every other page), and the same page again after the fix."""
    project = example_project(tmp_path / "project")
    with serving(project) as (home, server):
        service_page = home + "services/baby-massage/"
        _wait_for(service_page, "<h1>Baby massage</h1>")
        service = project / "content" / "services" / "baby-massage.yml"
        good = service.read_text()
        service.write_text(good.replace("cost: Free\n", "cost: Free\ncolour: blue\n", 1))
        page = _wait_for(service_page, "The content has problems to fix")
        assert "content/</span><wbr><span class=\"fh-nowrap\">services/</span>" in page
        assert "services/</span><wbr><span class=\"fh-nowrap\">baby-massage.yml" in page
        assert "&#39;colour&#39; is not a field a service can have" in page
        assert "<h1>Baby massage</h1>" not in page
        # The preview's reload script is in the page, so the open page reloads itself after the next save.
        assert "livereload" in page
        # Other pages the editor could have open show the problems too.
        for address in ("", "whats-on/", "venues/northgate-family-hub/", "childcare/", "privacy/"):
            assert "The content has problems to fix" in _wait_for(home + address, "The content has problems to fix")
        assert server.poll() is None, "the server must stay up"
        service.write_text(good)
        _wait_for(service_page, "<h1>Baby massage</h1>")
        _wait_for(home, "See the Start for Life offer")
        assert server.poll() is None
