"""nbgrader's fetch, making each student's own copy: the exchange class a course with variants configures.

nbgrader releases one set of notebooks per course; a student fetches them into their own folder.
This fetch then makes every notebook that was fetched now (never one the student already has, when
missing files are fetched again) the copy for the fetching student
(:func:`curriculum.variants.personalise.personalise_file`), with the id nbgrader's own submit will use
(``nbgrader.utils.get_username``: the hub user on JupyterHub, the account name otherwise), or the
``--student`` given on the command line. Students' servers load it from their nbgrader config::

    c.ExchangeFactory.fetch_assignment = "curriculum.variants.exchange.PersonalisingFetch"
"""

from __future__ import annotations

from pathlib import Path

from nbgrader.exchange.default.fetch_assignment import ExchangeFetchAssignment
from nbgrader.utils import get_username

from .personalise import personalise_file


class PersonalisingFetch(ExchangeFetchAssignment):
    """``nbgrader fetch_assignment`` that writes each fetched notebook's task numbers for the fetching student."""

    def student_id(self) -> str:
        given = self.coursedir.student_id
        return given if given and given != "*" else get_username()

    def copy_files(self) -> None:
        dest = Path(self.dest_path)
        before = {p.resolve() for p in dest.rglob("*.ipynb")} if dest.is_dir() else set()
        super().copy_files()
        student = self.student_id()
        for path in sorted(dest.rglob("*.ipynb")):
            if path.resolve() not in before and personalise_file(path, student):
                self.log.info("Made %s for %s", path.relative_to(dest), student)


__all__ = ["PersonalisingFetch"]
