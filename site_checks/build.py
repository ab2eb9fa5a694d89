"""Build a project with the real MkDocs, and serve a built site over HTTP on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path


def mkdocs_build(project: Path, site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a real ``mkdocs build --strict`` of ``project``; returns the finished process.

    The build date is ``SOURCE_DATE_EPOCH``'s when the environment (or ``env``) sets it, otherwise today's.
    """
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=environment, capture_output=True, text=True, timeout=1800,
    )


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site at ``prefix`` only, as GitHub Pages serves a project's site under its name: any
    other address is not found (and answered with the site's 404 page), so a link that forgets the prefix
    is caught."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "no such page")
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the site's own 404.html with the 404 status, as GitHub Pages sends it."""
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        # Our own server may be checked quickly: LinkChecker only goes above
        # 10 requests a second to a host that says so.
        self.send_header("LinkChecker", "allow-concurrent-checks")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path, path: str = "/") -> Iterator[str]:
    """Serve a built site over HTTP on a free port of 127.0.0.1, under ``path`` (``/family-hubs/`` for a
    site published at ``https://council.github.io/family-hubs/``), until the generator is closed."""
    prefix = "/" + path.strip("/") + "/" if path.strip("/") else "/"
    handler = functools.partial(type("Handler", (_SiteHandler,), {"prefix": prefix}), directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    server.shutdown()
    server.server_close()
