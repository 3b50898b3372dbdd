"""A 3D lab: sliders change a part live in the viewer, beside the drawing's part.

``PartLab`` is a :class:`curriculum.labs.Lab` whose view is the 3D :class:`~curriculum.cad.viewer.Viewer`
instead of a plot: the controls feed ``model(**values)``, which returns a mapping with the ``"part"``
(and the readout's numbers); each change rebuilds the part (a few milliseconds) and sends its mesh
to the viewer, which keeps the camera where the student turned it. ``target`` is the drawing's part,
shown see-through for comparison; a model whose result has a ``"target"`` shows that one instead, so the
see-through part can follow the sliders too (the gear a blank becomes, around the blank).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..labs.core import Lab


@dataclass
class PartLab(Lab):
    """A lab whose view is a part in 3D (``result["part"]``), with the drawing's part (``target``) beside it."""

    target: Any = None
    height: int = 420
    target_label: Any = None
    """What the see-through part is, per language (``{"kk": ..., "ru": ..., "en": ...}``): the drawing's part unless
    given."""

    def build(self) -> Any:
        from .viewer import Viewer

        self.viewer = Viewer(None, target=None, height=self.height)
        box = super().build()
        self.image.layout.display = "none"  # no plot: the viewer is the picture
        parts = list(box.children)
        parts.insert(parts.index(self.image), self.viewer)
        self.widget = self._frame(parts)
        self.update()
        return self.widget

    def update(self) -> None:
        super().update()
        viewer = getattr(self, "viewer", None)
        if viewer is not None:
            from ..i18n import pick

            label = pick(self.target_label) if self.target_label else None
            viewer.update(self.result["part"], target=self.result.get("target", self.target), target_label=label)
