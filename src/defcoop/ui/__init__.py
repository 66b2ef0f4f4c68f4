"""The web UI: static HTML, CSS and JavaScript in `static/`, served by `defcoop.api`.

No framework and no CDN: every page is drawn by the scripts in `static/js/` with DOM calls
(`textContent`, `createElement`), never by parsing strings as HTML, so article text and
every other stored string reach the screen as text.
"""
