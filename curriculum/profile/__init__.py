"""Career guidance from evidence: a student's profile across all their graded work over time.

``build_profiles`` (:mod:`.build`) is the library call behind ``python -m curriculum profile``: :mod:`.evidence`
computes what the work shows, :mod:`.guidance` what it points to (next modules, plant professions, specialties,
thesis topics), :mod:`.page` writes the student's page in the course language, :mod:`.pdf` prints it and
:mod:`.cohort` gives the programme anonymised statistics.  What the aptitude signal is and is not:
``docs/profile.md``.
"""
