"""nbgrader preprocessors of the course, plugged into nbgrader's own pipelines in ``nbgrader_config.py``."""

from .apply_course_language import ApplyCourseLanguage
from .apply_variant import ApplyVariant
from .blind_tests import BlindTests
from .cap_outputs import CapOutputs, CappedExecute, OutputLimits
from .clear_solutions import ClearSolutionsInCourseLanguage
from .decide_tests import DecideTests
from .drop_answer_records import DropAnswerRecords
from .hide_test_tracebacks import HideTestTracebacks
from .release_variants import ReleaseVariants
from .restore_cell_metadata import RestoreCellMetadata

__all__ = ["ApplyCourseLanguage", "ApplyVariant", "BlindTests", "CapOutputs", "CappedExecute", "ClearSolutionsInCourseLanguage",
           "DecideTests", "DropAnswerRecords", "HideTestTracebacks", "ReleaseVariants", "RestoreCellMetadata", "OutputLimits"]
