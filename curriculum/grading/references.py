"""The teacher's reference runs that a release or a grading needs, made with one kernel fork server for all of them."""

from __future__ import annotations

from pathlib import Path


def reference_runs(root: Path | str, assignment: str, notebook: str, sets: list) -> list:
    """:func:`curriculum.grading.trust.reference_run` for each parameter set (``None``: a notebook without variants),
    from the cache where it can; the others with kernels forked from one warm server."""
    from .run import kernel_environment
    from .trust import is_cached, reference_run

    missing = [p for p in sets if not is_cached(root, assignment, notebook, p)]
    if not missing:
        return [reference_run(root, assignment, notebook, None, p) for p in sets]
    with kernel_environment(use_fork_server=len(missing) > 1) as env:
        return [reference_run(root, assignment, notebook, env, p) for p in sets]
