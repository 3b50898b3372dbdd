"""An assembly: several parts a student models together and hands in as one answer (a fixture and its pins).

::

    from curriculum.cad import assembly, box, cylinder
    fixture = assembly(block=box(80, 40, 20) - cylinder(10, 30).move(x=20, y=20, z=-5),
                       pin=cylinder(10.02, 30).move(x=20, y=20, z=-5))
    fixture.show()
    check_part(fixture, reference, piece="block", fits=[Fit("pin", -0.03, -0.005)])

Each part keeps its name: the part check measures one of them (``piece=``) against the drawing and the fits
between it and the others (a :class:`~curriculum.check.Fit` whose mate is a name), all from the one mesh the graded
kernel captures (:meth:`curriculum.check.mesh.TriangleMesh.join`), so the grader decides them outside the student's
kernel like every part check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..check.mesh import TriangleMesh, as_mesh
from .part import Part, PartError, merge

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


class Assembly(Mapping[str, Any]):
    """Named parts kept apart (not joined): ``fixture["pin"]``, ``fixture.names``."""

    def __init__(self, parts: Mapping[str, Any]):
        if not parts:
            raise PartError("an assembly needs at least one part: assembly(block=..., pin=...)")
        for name, part in parts.items():
            if not _NAME.match(name):
                raise PartError(f"a part of an assembly is named like a Python variable, not {name!r}")
            as_mesh(part)  # a part, or say what it is not
        self._parts = dict(parts)

    def __getitem__(self, name: str) -> Any:
        try:
            return self._parts[name]
        except KeyError:
            raise KeyError(f"the assembly has no part named {name!r}; it has {', '.join(self._parts)}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._parts)

    def __mesh__(self) -> TriangleMesh:
        return TriangleMesh.join({name: as_mesh(part) for name, part in self._parts.items()})

    def show(self, target: Any = None, **options: Any) -> Any:
        """A 3D view of every part of the assembly together (and of ``target`` see-through)."""
        from .viewer import Viewer

        return Viewer(self, target=target, **options)

    def save(self, path: Any) -> Any:
        """Every part in one file for the slicer, side by side as they stand (``.stl`` or ``.3mf``, mm)."""
        parts = [p if isinstance(p, Part) else _as_part(p) for p in self._parts.values()]
        return merge(parts).save(path)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.show())

    def __repr__(self) -> str:
        return f"Assembly({', '.join(self._parts)})"


def _as_part(value: Any) -> Part:
    from .part import from_mesh

    return from_mesh(as_mesh(value))


def assembly(**parts: Any) -> Assembly:
    """Several parts handed in together, each by its name: ``assembly(block=block, pin=pin)``."""
    return Assembly(parts)


__all__ = ["Assembly", "assembly"]
