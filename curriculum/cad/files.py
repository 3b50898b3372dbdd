"""Parts to and from files for a slicer: STL and 3MF, in millimetres.

* **STL** (``trimesh``): binary, the format every slicer reads. It has no units; this package writes
  and reads millimetres, as Tinkercad, Onshape and every slicer assume. A file in other units is
  read with ``units="in"`` (or ``"cm"``).
* **3MF** (``lib3mf``, the 3MF Consortium's own library): a zipped XML package that names its unit;
  written in millimetres, read in whatever unit it states and converted to millimetres.

A part read back (:func:`load`) is a :class:`~curriculum.cad.Part` like one modelled here, so the
check grades a part exported from Tinkercad or Onshape the same way. Corners that an STL repeats
once per triangle are merged; a mesh that is not closed is still read (:func:`load_mesh`), and the
check then says what is wrong with it.
"""

from __future__ import annotations

import ctypes
import io
from pathlib import Path
from typing import Any

import numpy as np

from ..check.mesh import MeshError, TriangleMesh, as_mesh

UNITS = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "um": 0.001}
"""Millimetres per unit of a file."""


class PartFileError(ValueError):
    """A file that is not a part this package can read; the message names the file and the problem."""


def save(part: Any, path: str | Path) -> Path:
    """Write ``part`` to ``path``: the suffix (``.stl`` or ``.3mf``) says the format; units are mm."""
    path = Path(path)
    suffix = path.suffix.lower()
    mesh = as_mesh(part)
    if suffix == ".stl":
        path.write_bytes(stl_bytes(mesh))
    elif suffix == ".3mf":
        path.write_bytes(threemf_bytes(mesh, name=getattr(part, "name", "") or path.stem))
    else:
        raise PartFileError(f"{path.name}: save a part as .stl or .3mf")
    return path


def stl_bytes(mesh: TriangleMesh) -> bytes:
    """A binary STL of the mesh (mm)."""
    import trimesh

    return trimesh.Trimesh(mesh.vertices, mesh.triangles, process=False).export(file_type="stl")


def threemf_bytes(mesh: TriangleMesh, name: str = "part") -> bytes:
    """A 3MF package holding the mesh as one object, unit millimetre."""
    import lib3mf

    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    model.SetUnit(lib3mf.ModelUnit.MilliMeter)
    obj = model.AddMeshObject()
    obj.SetName(name)
    vertices = (lib3mf.Position * len(mesh.vertices)).from_buffer_copy(np.ascontiguousarray(mesh.vertices, np.float32).tobytes())
    triangles = (lib3mf.Triangle * len(mesh.triangles)).from_buffer_copy(np.ascontiguousarray(mesh.triangles, np.uint32).tobytes())
    obj.SetGeometry(vertices, triangles)
    model.AddBuildItem(obj, wrapper.GetIdentityTransform())
    writer = model.QueryWriter("3mf")
    return bytes(writer.WriteToBuffer())


def load(path: str | Path, *, units: str = "mm") -> Any:
    """The part in an STL or 3MF file, in millimetres (``units`` says what an STL's numbers are)."""
    from .part import Part, PartError, from_mesh

    mesh = load_mesh(path, units=units)
    try:
        part: Part = from_mesh(mesh, name=Path(path).stem)
    except PartError as exc:
        raise PartFileError(f"{Path(path).name}: {exc}") from None
    return part


def load_mesh(path: str | Path, *, units: str = "mm") -> TriangleMesh:
    """The triangles in an STL or 3MF file, in millimetres, whether or not they close a solid."""
    path = Path(path)
    if units not in UNITS:
        raise PartFileError(f"units must be one of {', '.join(UNITS)}, not {units!r}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PartFileError(f"{path.name}: cannot be read ({exc.strerror})") from None
    suffix = path.suffix.lower()
    try:
        if suffix == ".stl":
            if len(data) < 15:
                raise PartFileError(f"{path.name}: the file is too short to be an STL file")
            vertices, triangles = _read_stl(data)
            vertices = vertices * UNITS[units]
        elif suffix == ".3mf":
            vertices, triangles = _read_3mf(data)
        else:
            raise PartFileError(f"{path.name}: a part file ends in .stl or .3mf")
        return TriangleMesh(vertices, triangles)
    except PartFileError:
        raise
    except MeshError as exc:
        raise PartFileError(f"{path.name}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a broken file is the user's, named with what the reader said
        raise PartFileError(f"{path.name}: not a readable {suffix[1:].upper()} file ({type(exc).__name__}: {exc})") from None


def _read_stl(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    import trimesh

    loaded = trimesh.load(io.BytesIO(data), file_type="stl", process=False, force="mesh")
    return np.asarray(loaded.vertices, dtype=np.float64), np.asarray(loaded.faces, dtype=np.int64)


_MM_PER_3MF_UNIT = {"MicroMeter": 0.001, "MilliMeter": 1.0, "CentiMeter": 10.0, "Inch": 25.4, "Foot": 304.8, "Meter": 1000.0}


def _read_3mf(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Every mesh the 3MF build places, with its transform, joined into one list of triangles (mm)."""
    import lib3mf

    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    model.QueryReader("3mf").ReadFromBuffer(bytearray(data))
    scale = _MM_PER_3MF_UNIT[lib3mf.ModelUnit(model.GetUnit()).name]
    pieces: list[tuple[np.ndarray, np.ndarray]] = []
    items = model.GetBuildItems()
    while items.MoveNext():
        item = items.GetCurrent()
        _collect(item.GetObjectResource(), _matrix(item.GetObjectTransform()), pieces, depth=0)
    if not pieces:
        raise PartFileError("the 3MF file places no mesh on its build plate")
    vertices, triangles, offset = [], [], 0
    for v, t in pieces:
        vertices.append(v)
        triangles.append(t + offset)
        offset += len(v)
    return np.concatenate(vertices) * scale, np.concatenate(triangles)


def _matrix(transform: Any) -> np.ndarray:
    """A 3MF transform (4 rows × 3 columns: the 3 × 3 matrix, then the translation) as a 4 × 4 matrix."""
    rows = np.array([[float(transform.Fields[r][c]) for c in range(3)] for r in range(4)])
    matrix = np.eye(4)
    matrix[:3, :3] = rows[:3].T
    matrix[:3, 3] = rows[3]
    return matrix


def _collect(obj: Any, matrix: np.ndarray, pieces: list, depth: int) -> None:
    if depth > 16:
        raise PartFileError("the 3MF file nests its components too deeply")
    if obj.IsMeshObject():
        mesh = obj  # the resource is already typed by lib3mf's factory
        vertices = _array(mesh.GetVertices(), np.float32, 3).astype(np.float64)
        triangles = _array(mesh.GetTriangleIndices(), np.uint32, 3).astype(np.int64)
        placed = vertices @ matrix[:3, :3].T + matrix[:3, 3]
        pieces.append((placed, triangles))
    elif obj.IsComponentsObject():
        for index in range(obj.GetComponentCount()):
            component = obj.GetComponent(index)
            _collect(component.GetObjectResource(), matrix @ _matrix(component.GetTransform()), pieces, depth + 1)


def _array(structs: list, dtype: type, width: int) -> np.ndarray:
    raw = b"".join(bytes(ctypes.string_at(ctypes.addressof(s), ctypes.sizeof(s))) for s in structs)
    return np.frombuffer(raw, dtype=dtype).reshape(-1, width)
