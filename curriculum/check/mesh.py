"""A part as data: a triangle mesh in millimetres, what a part check measures and what the grader receives.

A student's part reaches the grader as a :class:`TriangleMesh` (vertices and triangles, nothing
else): from :mod:`curriculum.cad`, from ``manifold3d`` or ``trimesh`` directly, or read from an STL
or 3MF file exported by Tinkercad or Onshape. :meth:`TriangleMesh.to_doc` packs it as JSON (float32
and uint32 arrays, zlib, base64) for the answer records, and :meth:`TriangleMesh.from_doc` reads a
document back with its size bounded and every index checked: nothing in it is ever run.

An assembly (several parts a student hands in together, :func:`curriculum.cad.assembly`) is one mesh whose
triangles come in named groups, one per part (:meth:`TriangleMesh.join`, :meth:`TriangleMesh.group`), so the grader
receives every part of it in the one record a part check captures.
"""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_TRIANGLES = 400_000
"""A part with more triangles is refused (a school part has a few thousand; an STL of a fine print, 100,000)."""
MAX_BYTES = 64 * 1024 * 1024
"""The largest unpacked array a document may hold (bounds a zlib bomb)."""


class MeshError(ValueError):
    """Not a triangle mesh the checks can read (wrong shape, an index out of range, too large)."""


_GROUP_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


@dataclass(frozen=True, eq=False)
class TriangleMesh:
    """Vertices (``n × 3`` float32, mm) and triangles (``m × 3`` uint32 indices into the vertices).

    ``groups`` names consecutive runs of triangles, one per part of an assembly: ``(("block", 812), ("pin", 256))``
    (the counts add up to the number of triangles); a single part has none."""

    vertices: np.ndarray
    triangles: np.ndarray
    groups: tuple[tuple[str, int], ...] = ()

    def __post_init__(self) -> None:
        vertices = np.ascontiguousarray(self.vertices, dtype=np.float32)
        triangles = np.ascontiguousarray(self.triangles, dtype=np.int64)
        if vertices.ndim != 2 or vertices.shape[1] != 3:
            raise MeshError(f"vertices must be an n × 3 array, not {vertices.shape}")
        if triangles.ndim != 2 or triangles.shape[1] != 3:
            if triangles.size == 0:
                triangles = triangles.reshape(0, 3)
            else:
                raise MeshError(f"triangles must be an m × 3 array of vertex numbers, not {triangles.shape}")
        if len(triangles) > MAX_TRIANGLES:
            raise MeshError(f"the part has {len(triangles)} triangles; at most {MAX_TRIANGLES} are read")
        if len(triangles) and (triangles.min() < 0 or triangles.max() >= len(vertices)):
            raise MeshError("a triangle names a vertex the mesh does not have")
        if not np.isfinite(vertices).all():
            raise MeshError("a vertex has a coordinate that is not a finite number")
        object.__setattr__(self, "vertices", vertices)
        object.__setattr__(self, "triangles", triangles.astype(np.uint32))
        object.__setattr__(self, "groups", _groups(self.groups, len(triangles)))

    def __len__(self) -> int:
        return len(self.triangles)

    def __repr__(self) -> str:
        named = f", parts {', '.join(n for n, _ in self.groups)}" if self.groups else ""
        return f"TriangleMesh({len(self.vertices)} vertices, {len(self.triangles)} triangles{named})"

    # -- assemblies ----------------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the parts of an assembly (none for a single part)."""
        return tuple(name for name, _count in self.groups)

    def group(self, name: str) -> TriangleMesh:
        """The part of an assembly named ``name``, as a mesh of its own (a :class:`MeshError` if there is none)."""
        start = 0
        for group, count in self.groups:
            if group == name:
                triangles = self.triangles[start:start + count]
                used, inverse = np.unique(triangles, return_inverse=True)
                return TriangleMesh(self.vertices[used], inverse.reshape(-1, 3))
            start += count
        raise MeshError(f"the assembly has no part named {name!r}")

    @classmethod
    def join(cls, parts: dict[str, TriangleMesh]) -> TriangleMesh:
        """One mesh of several named parts, each a group of its triangles (the parts are not joined as solids)."""
        vertices, triangles, offset = [], [], 0
        for mesh in parts.values():
            vertices.append(mesh.vertices)
            triangles.append(mesh.triangles.astype(np.int64) + offset)
            offset += len(mesh.vertices)
        if not vertices:
            raise MeshError("an assembly of no parts")
        return cls(np.concatenate(vertices), np.concatenate(triangles),
                   tuple((name, len(mesh.triangles)) for name, mesh in parts.items()))

    # -- as data -----------------------------------------------------------------------------

    def to_doc(self) -> dict[str, Any]:
        """The mesh as a JSON document (``{"type": "mesh", ...}``) that :meth:`from_doc` reads back exactly."""
        doc = {"type": "mesh", "vertices": _pack(self.vertices), "triangles": _pack(self.triangles),
               "counts": [len(self.vertices), len(self.triangles)]}
        if self.groups:
            doc["groups"] = [[name, count] for name, count in self.groups]
        return doc

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> TriangleMesh:
        if not isinstance(doc, dict) or doc.get("type") != "mesh":
            raise MeshError("not a recorded mesh")
        try:
            n_vertices, n_triangles = (int(n) for n in doc["counts"])
        except (KeyError, TypeError, ValueError):
            raise MeshError("a recorded mesh without its counts") from None
        if not (0 <= n_triangles <= MAX_TRIANGLES and 0 <= n_vertices <= 3 * MAX_TRIANGLES + 3):
            raise MeshError(f"a recorded mesh of {n_triangles} triangles; at most {MAX_TRIANGLES} are read")
        vertices = _unpack(doc.get("vertices"), np.float32, n_vertices * 3).reshape(n_vertices, 3)
        triangles = _unpack(doc.get("triangles"), np.uint32, n_triangles * 3).reshape(n_triangles, 3)
        groups = doc.get("groups", [])
        if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) == 2 for g in groups):
            raise MeshError("a recorded mesh's parts must be a list of [name, count]")
        return cls(vertices, triangles, tuple((g[0], g[1]) for g in groups))


def _groups(groups: object, n_triangles: int) -> tuple[tuple[str, int], ...]:
    """The groups checked: names like Python's, each once, whole counts adding up to the triangles."""
    checked = []
    for item in groups or ():
        try:
            name, count = item
        except (TypeError, ValueError):
            raise MeshError("an assembly's part is a (name, count of triangles) pair") from None
        if not isinstance(name, str) or not _GROUP_NAME.match(name):
            raise MeshError(f"a part of an assembly is named like a Python variable, not {name!r}")
        if isinstance(count, bool) or not isinstance(count, (int, np.integer)) or count < 0:
            raise MeshError(f"the part {name!r} of an assembly must have a whole number of triangles")
        checked.append((name, int(count)))
    if checked and (sum(c for _, c in checked) != n_triangles or len({n for n, _ in checked}) != len(checked)):
        raise MeshError("an assembly's parts must name each triangle once, each part by its own name")
    return tuple(checked)


def _pack(array: np.ndarray) -> str:
    return base64.b64encode(zlib.compress(np.ascontiguousarray(array).tobytes(), 6)).decode("ascii")


def _unpack(text: Any, dtype: type, count: int) -> np.ndarray:
    if not isinstance(text, str):
        raise MeshError("a recorded mesh array must be text")
    try:
        packed = base64.b64decode(text.encode("ascii"), validate=True)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_BYTES)
    except (ValueError, zlib.error) as exc:
        raise MeshError(f"a recorded mesh array cannot be read ({exc})") from None
    if inflater.unconsumed_tail or len(raw) != count * np.dtype(dtype).itemsize:
        raise MeshError("a recorded mesh array does not hold the number of values its counts say")
    return np.frombuffer(raw, dtype=dtype).copy()


def as_mesh(part: Any) -> TriangleMesh:
    """The triangle mesh of a part: a :class:`TriangleMesh`, a :mod:`curriculum.cad` part, a ``manifold3d``
    ``Manifold`` or ``Mesh``, or a ``trimesh.Trimesh``; anything else is a :class:`MeshError` saying what it got."""
    if isinstance(part, TriangleMesh):
        return part
    to_mesh = getattr(part, "__mesh__", None)
    if callable(to_mesh):
        mesh = to_mesh()
        if isinstance(mesh, TriangleMesh):
            return mesh
    if hasattr(part, "to_mesh") and hasattr(part, "genus"):  # manifold3d.Manifold
        part = part.to_mesh()
    if hasattr(part, "vert_properties") and hasattr(part, "tri_verts"):  # manifold3d.Mesh
        return TriangleMesh(np.asarray(part.vert_properties)[:, :3], np.asarray(part.tri_verts))
    if hasattr(part, "vertices") and hasattr(part, "faces"):  # trimesh.Trimesh
        return TriangleMesh(np.asarray(part.vertices), np.asarray(part.faces))
    raise MeshError(f"a part was expected (made with curriculum.cad or loaded from an STL file), "
                    f"not {type(part).__name__}")
