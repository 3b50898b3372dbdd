"""Every student their own numbers: per-student parameter sets, reproduced exactly at grading (``docs/variants.md``).

A notebook's parameters cell imports :class:`Variant` from here; everything else (decks, the
course's settings, personalised copies, the task text's placeholders) is for the teacher's tools.
"""

from .draw import Variant, VariantError

__all__ = ["Variant", "VariantError"]
