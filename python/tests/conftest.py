"""Shared pytest fixtures: the repository's page fixtures and a local HTTP server."""

from __future__ import annotations

import http.server
import json
import os
import pathlib
import threading
from typing import Callable, Iterator

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("PITH_SOURCE_DIR", pathlib.Path(__file__).parents[2]))
FIXTURES = SOURCE_DIR / "fixtures"


def fixture_slugs() -> list[str]:
    """Every fixture page's directory name, sorted."""
    return sorted(p.parent.name for p in FIXTURES.glob("*/source.html"))


def fixture_meta(slug: str) -> dict:
    """A fixture's meta.json: url, content_type, with/without snippets."""
    return json.loads((FIXTURES / slug / "meta.json").read_text(encoding="utf-8"))


# A route: path -> handler(request) writing the whole response.
Route = Callable[[http.server.BaseHTTPRequestHandler], None]


class LocalServer:
    """An HTTP server on 127.0.0.1 and a free port, in a thread, with routes added by tests."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    server.send(self, 404, b"<html><body>not found</body></html>")
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @staticmethod
    def send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes,
             content_type: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        """Writes one whole response."""
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict[str, str] | None = None) -> str:
        """Serves body at path; returns its URL."""
        self.routes[path] = lambda h: self.send(h, status, body, content_type, headers)
        return self.base + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A LocalServer, stopped after the test."""
    s = LocalServer()
    yield s
    s.close()
