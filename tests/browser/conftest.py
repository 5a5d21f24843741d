"""Real-browser tests: fixtures that start and stop JupyterLab, Voilà and Chromium.

Every server listens on 127.0.0.1 on a free port, runs in its own process group and is stopped
by that group at the end (see :mod:`support`). Chromium is Debian's ``/usr/bin/chromium``,
driven by Playwright (sync API), headless, with a fresh profile. Nothing is skipped: a missing
component is a failure that says what is missing. Screenshots go to ``test-artifacts/browser/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, VIEWPORT

# --------------------------------------------------------------------------- the browser


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory) -> Iterator[Any]:
    """Chromium (Debian's), headless, with a fresh profile, for the whole session."""
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run 'make system-deps' "
                    "(or apt-get install chromium).")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("Playwright is not installed: pip install -e '.[test]'")
    profile = tmp_path_factory.mktemp("chromium-profile")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport=VIEWPORT, device_scale_factor=1, locale="en-GB",
            timezone_id="Europe/London")
        context.set_default_timeout(30_000)
        try:
            yield context
        finally:
            context.close()
