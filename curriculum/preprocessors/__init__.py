"""nbgrader preprocessors of the course, plugged into nbgrader's own pipelines in ``nbgrader_config.py``."""

from .apply_course_language import ApplyCourseLanguage
from .hide_test_tracebacks import HideTestTracebacks

__all__ = ["ApplyCourseLanguage", "HideTestTracebacks"]
