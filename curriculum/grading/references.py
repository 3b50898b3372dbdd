"""The teacher's reference runs that a release or a grading needs, made with one kernel fork server for all of them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any


def reference_runs(root: Path | str, assignment: str, notebook: str, sets: list, *, keep_going: bool = False,
                   env: dict[str, str] | None = None) -> list:
    """:func:`curriculum.grading.trust.reference_run` for each parameter set (``None``: a notebook without variants),
    from the cache where it can; the others with kernels forked from one warm server. With ``keep_going`` a set whose
    run fails gives its :class:`~curriculum.grading.blind.PlanError` in its place instead of stopping the others.
    A run whose kernel fails in any other way (it did not start, it died) is tried once more on a kernel of its own.
    ``env``: the kernel environment of a :func:`~curriculum.grading.run.kernel_environment` the caller holds (for
    several assignments at once), instead of one made here."""
    from .blind import PlanError
    from .run import kernel_environment
    from .trust import is_cached, reference_run

    def attempt(env: dict[str, str] | None, parameters: object) -> object:
        try:
            return reference_run(root, assignment, notebook, env, parameters)
        except PlanError as exc:
            if keep_going:
                return exc
            raise

    def run(env: dict[str, str] | None, parameters: object) -> object:
        try:
            return attempt(env, parameters)
        except (PlanError, FileNotFoundError):
            raise
        except Exception:  # noqa: BLE001 - a kernel that did not start or died (a loaded machine): once more, alone
            with kernel_environment(use_fork_server=False) as own:
                return attempt(own, parameters)

    missing = [p for p in sets if not is_cached(root, assignment, notebook, p)]
    if not missing or env is not None:
        return [run(env, p) for p in sets]
    with kernel_environment(use_fork_server=len(missing) > 1) as own:
        return [run(own, p) for p in sets]


def prepare_grading(course: Any, assignments: Iterable[str]) -> dict[str, str]:
    """Make the teacher's reference runs a grading of each of ``assignments`` will need (every notebook, every
    parameter set of the class) where the course's cache does not hold them yet, with one warm kernel fork server for
    all of them when there are several: done at release, grading starts with the first submission. Returns, by
    assignment, why a run could not be made (none when all were): grading then tries again and reports it for every
    submission, as it would have without this."""
    from .run import kernel_environment
    from .trust import is_cached, notebook_deck

    todo: list[tuple[str, Path, list]] = []
    problems: dict[str, list[str]] = {}
    for assignment in assignments:
        for path in course.source_notebooks(assignment):
            try:
                deck = notebook_deck(course.root, assignment, path)
            except Exception as exc:  # noqa: BLE001 - a release never fails for this; grading says it again
                problems.setdefault(assignment, []).append(f"{path.name}: {exc}")
                continue
            todo.append((assignment, path, [*deck.sets, deck.example] if deck is not None else [None]))
    missing = sum(not is_cached(course.root, a, path.stem, p) for a, path, sets in todo for p in sets)
    if missing:
        with kernel_environment(use_fork_server=missing > 1) as env:
            for assignment, path, sets in todo:
                try:
                    runs = reference_runs(course.root, assignment, path.stem, sets, keep_going=True, env=env)
                except Exception as exc:  # noqa: BLE001 - as above
                    runs = [exc]
                problems.setdefault(assignment, []).extend(
                    f"{path.name}: {run}" for run in runs if isinstance(run, Exception))
    return {a: "; ".join(dict.fromkeys(found)) for a, found in problems.items() if found}
