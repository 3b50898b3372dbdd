"""Myn Bala STEM: graded notebooks in mathematics, physics and informatics (kk/ru/en).

A notebook starts with::

    import curriculum
    curriculum.setup(lang="kk")

which chooses the language of the checker's messages and of the labs.
"""

from __future__ import annotations

from .i18n import LANGUAGES, get_language, set_language

__version__ = "0.1.0"


def setup(lang: str = "en") -> str:
    """Prepare a notebook: set the course language; returns the language code in force."""
    return set_language(lang)


__all__ = ["LANGUAGES", "__version__", "get_language", "set_language", "setup"]
