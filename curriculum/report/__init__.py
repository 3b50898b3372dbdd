"""Class reports: scores, item analysis, common mistakes, skill profiles, aptitude and who needs help.

``build_report`` (in :mod:`curriculum.report.build`) is the library call behind
``python -m curriculum report``; :mod:`.data` collects, :mod:`.stats` computes, :mod:`.html` renders the page in the course language.
"""
