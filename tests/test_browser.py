"""The query page in a real browser: Debian's Chromium, headless, driven by Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_server import EVIL, examples_store, start_server, stop_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="/usr/bin/chromium is absent (Debian package `chromium`; CI installs it)")


def test_the_query_page_runs_a_named_query_and_shows_its_result_table(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    server = start_server(examples_store(tmp_path), "--workers", "1")
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
            try:
                page = browser.new_page()
                requests: list[str] = []
                problems: list[str] = []
                page.on("request", lambda r: requests.append(r.url))
                page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: problems.append(str(e)))
                page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
                page.goto(server.url)

                # a named query with a parameter
                page.select_option("#named-select", "statements")
                page.fill("#param-person", "Lina Berg")
                page.click("#run-named")
                page.wait_for_selector("#result-table tbody tr")
                headers = page.locator("#result-table th").all_inner_texts()
                assert headers == ["municipality", "body", "paragraph", "kind", "person", "party", "with_others"]
                rows = page.locator("#result-table tbody tr")
                assert rows.count() == 1 and "Lina Berg" in rows.first.inner_text()
                assert "1 row(s)" in page.inner_text("#status")

                # SPARQL from the text area; a name made of HTML shows as text and runs nothing
                page.fill("#query", 'SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name '
                                    'FILTER(CONTAINS(?name, "script")) }')
                page.click("#run")
                page.wait_for_selector("#result-table td")
                assert page.inner_text("#result-table tbody td") == EVIL

                # the search box
                page.fill("#search-q", "samverkan polisen")
                page.click("#run-search")
                page.wait_for_selector("#result-table tbody tr")
                assert page.locator("#result-table tbody tr").count() == 2
                link = page.locator("#result-table tbody a").first
                assert link.get_attribute("href").startswith("/id/kommun/solna-stad/organ/")

                # and that link opens the paragraph's page on this server
                link.click()
                page.wait_for_selector("h1")
                assert "Polisregion Stockholm" in page.inner_text("h1")

                assert problems == []
                assert all(u.startswith(server.url) for u in requests), requests
            finally:
                browser.close()
    finally:
        stop_server(server.process)
