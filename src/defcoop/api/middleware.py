"""Pure ASGI middleware around the whole app: security headers on every response, the Host check.

Pure ASGI (not `@app.middleware("http")`) so that responses made outside the routers, such as the body
limit's 413 and the Host check's 400, get the headers too.
"""
from __future__ import annotations

SECURITY_HEADERS = {
    # Every asset comes from this server; no inline script or style, no frames, no plugins.
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class SecurityHeaders:
    """Add SECURITY_HEADERS (and Cache-Control: no-store under /api/) to every response that lacks them."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = dict(SECURITY_HEADERS)
        if scope.get("path", "").startswith("/api/"):
            extra["Cache-Control"] = "no-store"
        wanted = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in extra.items()]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers.extend((name, value) for name, value in wanted if name not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def parse_allowed_hosts(text: str) -> tuple[str, ...]:
    """"a.org, *.b.org" -> ("a.org", "*.b.org"); () for an empty text (every host). ValueError naming a bad entry
    (a URL, a port, a space, a misplaced wildcard): the Host check compares bare host names."""
    hosts = tuple(part.strip().lower() for part in text.split(",") if part.strip())
    for host in hosts:
        if host == "*":
            continue
        bare = host[2:] if host.startswith("*.") else host
        if not bare or any(c in bare for c in "/:*@ \t") or bare.startswith(".") or bare.endswith("."):
            raise ValueError(f"allowed hosts: {host!r} is not a host name (give names like example.org or "
                             f"*.example.org, without scheme or port)")
    return hosts
