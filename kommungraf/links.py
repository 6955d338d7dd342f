"""Links from pictures and pages to where ``kommungraf serve`` shows a resource."""

from __future__ import annotations

import re
from urllib.parse import quote

from .errors import QueryError
from .iri import BASE as ID_BASE

DEFAULT_LINK_BASE = "http://127.0.0.1:8000"
_LINK_BASE = re.compile(r"^(https?://[A-Za-z0-9.\-]+(:\d+)?|https?://\[[0-9A-Fa-f:.]+\](:\d+)?)(/[^\s\"'<>`]*)?$"
                        r"|^(/([^/\s\"'<>`][^\s\"'<>`]*)?)?$")


def check_link_base(link_base: str) -> str:
    """The link base without a trailing slash: an http(s) URL, a path on the same server ("/x"), or ""."""
    if not _LINK_BASE.match(link_base):
        raise QueryError(f"the link base must be an http(s) URL or a path starting with /, not {link_base!r}")
    return link_base.rstrip("/")


def page_link(node: str, link_base: str) -> str | None:
    """Where ``kommungraf serve`` shows a resource: ``{link_base}/id/…`` for our IRIs, None for others."""
    if not node.startswith(ID_BASE):
        return None
    # Percent-encode å ä ö and anything else outside the URL alphabet; keep the path structure.
    return f"{check_link_base(link_base)}/id/{quote(node[len(ID_BASE):], safe='/-._~,=')}"
