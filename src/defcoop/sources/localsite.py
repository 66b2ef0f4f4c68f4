"""A small web server on a loopback address, for the tests and `defcoop bench-fetch`.

Serves routes set by the caller (status, headers, body, delay, ETag, a body of N bytes made on
the fly), counts the requests per path and keeps their headers. Never binds anything but a
127.x.x.x address, so nothing here is reachable from outside the machine.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """One response. `size` (with no body) streams that many bytes without holding them."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    size: int | None = None
    declare_length: bool = True  # False: no Content-Length, the body ends when the connection closes


Responder = Route | Callable[[int], Route]  # a callable gets the request's number for its path (1, 2, ...)


class LocalSite:
    """`with LocalSite() as site: site.routes["/a"] = Route(b"...")`; `site.url("/a")`."""

    def __init__(self, host: str = "127.0.0.1"):
        if not host.startswith("127."):
            raise ValueError("LocalSite serves loopback addresses only")
        self.routes: dict[str, Responder] = {}
        self.counts: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.times: list[tuple[str, float]] = []  # (path, time.monotonic() when the request arrived)
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                site._serve(self)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # a client that hung up: expected here
                pass

        self.server = Server((host, 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, name="localsite", daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self._lock:
            self.counts[path] += 1
            number = self.counts[path]
            self.requests.append((path, dict(handler.headers.items())))
            self.times.append((path, time.monotonic()))
        responder = self.routes.get(path)
        route = Route(b"not found", 404, "text/plain") if responder is None else (
            responder(number) if callable(responder) else responder)
        if route.delay:
            time.sleep(route.delay)
        if route.etag and handler.headers.get("If-None-Match") == route.etag:
            handler.send_response(304)
            handler.send_header("ETag", route.etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        length = route.size if route.size is not None else len(route.body)
        handler.send_response(route.status)
        handler.send_header("Content-Type", route.content_type)
        if route.declare_length:
            handler.send_header("Content-Length", str(length))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        if route.etag:
            handler.send_header("ETag", route.etag)
        for name, value in route.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        try:
            if route.size is None:
                handler.wfile.write(route.body)
                return
            chunk = b"x" * 65536
            for start in range(0, route.size, len(chunk)):
                handler.wfile.write(chunk[:min(len(chunk), route.size - start)])
        except (BrokenPipeError, ConnectionResetError):  # the client stopped reading (size cap)
            handler.close_connection = True
