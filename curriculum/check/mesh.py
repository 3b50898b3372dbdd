"""A part as data: a triangle mesh in millimetres, what a part check measures and what the grader receives.

A student's part reaches the grader as a :class:`TriangleMesh` (vertices and triangles, nothing
else): from :mod:`curriculum.cad`, from ``manifold3d`` or ``trimesh`` directly, or read from an STL
or 3MF file exported by Tinkercad or Onshape. :meth:`TriangleMesh.to_doc` packs it as JSON (float32
and uint32 arrays, zlib, base64) for the answer records, and :meth:`TriangleMesh.from_doc` reads a
document back with its size bounded and every index checked: nothing in it is ever run.
"""

from __future__ import annotations

import base64
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


@dataclass(frozen=True, eq=False)
class TriangleMesh:
    """Vertices (``n × 3`` float32, mm) and triangles (``m × 3`` uint32 indices into the vertices)."""

    vertices: np.ndarray
    triangles: np.ndarray

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

    def __len__(self) -> int:
        return len(self.triangles)

    def __repr__(self) -> str:
        return f"TriangleMesh({len(self.vertices)} vertices, {len(self.triangles)} triangles)"

    # -- as data -----------------------------------------------------------------------------

    def to_doc(self) -> dict[str, Any]:
        """The mesh as a JSON document (``{"type": "mesh", ...}``) that :meth:`from_doc` reads back exactly."""
        return {"type": "mesh", "vertices": _pack(self.vertices), "triangles": _pack(self.triangles),
                "counts": [len(self.vertices), len(self.triangles)]}

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
        return cls(vertices, triangles)


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
