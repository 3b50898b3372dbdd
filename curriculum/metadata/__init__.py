"""Module metadata: the ``module.yml`` schema, its upgraders and the shared vocabulary."""

from .schema import (
    ID_PATTERN, LESSON_FILE, LEVELS, MODULE_FILE, NAME_PATTERN, AssessedItem, AssignmentRef, FieldError, Lesson,
    MetadataError, ModuleMeta, Outcome, Source, Texts, load_module_meta, parse_module_meta,
)
from .upgraders import CURRENT_VERSION, UPGRADERS, upgrade
from .vocabulary import SCHOOL_GRADES, SKILLS, SUBJECTS, TRACKS

__all__ = [
    "CURRENT_VERSION", "ID_PATTERN", "LESSON_FILE", "LEVELS", "MODULE_FILE", "NAME_PATTERN", "SCHOOL_GRADES", "SKILLS",
    "SUBJECTS", "TRACKS", "UPGRADERS", "AssessedItem", "AssignmentRef", "FieldError", "Lesson", "MetadataError",
    "ModuleMeta", "Outcome", "Source", "Texts", "load_module_meta", "parse_module_meta", "upgrade",
]
