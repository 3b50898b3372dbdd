"""Grading a whole class: parallel workers over nbgrader's own pipeline, kernels forked from a warm server.

``grade_assignment`` (in :mod:`curriculum.grading.run`) is the library call behind
``python -m curriculum grade``. Nothing is imported here, so that ``python -m
curriculum.grading.forkserver`` starts without loading the grader.
"""
