"""nbgrader preprocessors of the course, plugged into nbgrader's own pipelines in ``nbgrader_config.py``."""

from .hide_test_tracebacks import HideTestTracebacks

__all__ = ["HideTestTracebacks"]
