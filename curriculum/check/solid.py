"""Is a triangle mesh a closed solid? If so, the exact solid (``manifold3d``) the checks measure.

An STL file repeats each corner once per triangle: corners at the same place are merged first
(exactly the same coordinates, then ``manifold3d``'s own merge of open edges within its
tolerance). What is left must be *closed* (every edge shared by exactly two triangles) and
*oriented* (triangles facing outwards): otherwise a slicer cannot tell inside from outside, and
the result says how many edges are open or shared by more than two triangles.
"""

from __future__ import annotations

from dataclasses import dataclass

import manifold3d as m3d
import numpy as np

from .mesh import TriangleMesh


@dataclass(frozen=True)
class Solidity:
    """What :func:`solidity` found: the solid, or why there is none."""

    solid: m3d.Manifold | None
    problem: str = ""
    """``""``, ``"empty"``, ``"open"`` (edges with one triangle), ``"non-manifold"`` (edges with three or
    more), ``"inside-out"`` (triangles facing inwards) or ``"not-solid"`` (the kernel refused it)."""
    open_edges: int = 0
    shared_edges: int = 0
    """Edges shared by more than two triangles."""

    @property
    def closed(self) -> bool:
        return self.solid is not None


def weld(mesh: TriangleMesh) -> tuple[np.ndarray, np.ndarray]:
    """Vertices with corners at exactly the same place merged, and the triangles renumbered (degenerate ones dropped)."""
    vertices, inverse = np.unique(mesh.vertices, axis=0, return_inverse=True)
    triangles = inverse.reshape(-1)[mesh.triangles.astype(np.int64)]
    keep = (triangles[:, 0] != triangles[:, 1]) & (triangles[:, 1] != triangles[:, 2]) & (triangles[:, 0] != triangles[:, 2])
    return vertices.astype(np.float32), triangles[keep].astype(np.uint32)


def edge_counts(triangles: np.ndarray) -> tuple[int, int]:
    """How many edges have one triangle (open) and how many more than two (shared), ignoring direction."""
    if len(triangles) == 0:
        return 0, 0
    edges = np.concatenate([triangles[:, [0, 1]], triangles[:, [1, 2]], triangles[:, [2, 0]]]).astype(np.int64)
    edges.sort(axis=1)
    _keys, counts = np.unique(edges[:, 0] * (int(edges.max()) + 1) + edges[:, 1], return_counts=True)
    return int((counts == 1).sum()), int((counts > 2).sum())


def solidity(mesh: TriangleMesh) -> Solidity:
    """The exact solid of a closed, outward-facing mesh, or what is wrong with it."""
    if len(mesh.triangles) == 0:
        return Solidity(None, "empty")
    vertices, triangles = weld(mesh)
    if len(triangles) == 0:
        return Solidity(None, "empty")
    kernel_mesh = m3d.Mesh(vert_properties=np.ascontiguousarray(vertices), tri_verts=np.ascontiguousarray(triangles))
    solid = m3d.Manifold(kernel_mesh)
    if solid.status() != m3d.Error.NoError:
        kernel_mesh.merge()  # near-coincident corners (an STL written with rounded coordinates)
        solid = m3d.Manifold(kernel_mesh)
    if solid.status() == m3d.Error.NoError and not solid.is_empty():
        if solid.volume() < 0:
            return Solidity(None, "inside-out")
        return Solidity(solid)
    open_edges, shared = edge_counts(triangles)
    if open_edges:
        return Solidity(None, "open", open_edges, shared)
    if shared:
        return Solidity(None, "non-manifold", open_edges, shared)
    signed = _signed_volume(vertices, triangles)
    return Solidity(None, "inside-out" if signed < 0 else "not-solid")


def _signed_volume(vertices: np.ndarray, triangles: np.ndarray) -> float:
    a, b, c = (vertices[triangles[:, i]].astype(np.float64) for i in range(3))
    return float(np.einsum("ij,ij->i", a, np.cross(b, c)).sum() / 6.0)


def to_manifold(mesh: TriangleMesh) -> tuple[m3d.Manifold | None, str]:
    """The solid, or ``None`` and a plain-English reason (for errors raised while modelling)."""
    found = solidity(mesh)
    if found.closed:
        return found.solid, ""
    reasons = {"empty": "the mesh has no triangles",
               "open": f"the mesh is not closed: {found.open_edges} edges belong to one triangle only",
               "non-manifold": f"{found.shared_edges} edges are shared by more than two triangles",
               "inside-out": "the triangles face inwards (the mesh is inside out)",
               "not-solid": "the mesh is not a closed solid"}
    return None, reasons[found.problem]
