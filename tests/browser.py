"""Debian's Chromium for the browser tests: where it is, how it starts headless, and skipping (or failing in CI)
without it. Playwright drives it; the tests never download a browser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from curriculum.paths import REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"


def require_browser() -> None:
    """Skip (locally) or fail (CI) when the browser or Playwright is missing."""
    problems = []
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} is missing: install Debian's Chromium with "
                        "`apt-get install -y --no-install-recommends chromium fonts-dejavu-core` "
                        "(`make setup` does it when run as root)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("Playwright for Python is missing: `pip install -e '.[test]'` (never `playwright install`)")
    if problems:
        message = "; ".join(problems)
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"the browser test must run in CI: {message}", pytrace=False)
        pytest.skip(message)


def launch(playwright, home: Path):
    """A headless Chromium whose profile and caches live under ``home``."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS, env=env)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
