"""Module metadata: the ``module.yml`` schema, its upgraders and the shared vocabulary."""

from .schema import (
    DELIVERABLES, ID_PATTERN, KINDS, LESSON_FILE, LEVELS, MODULE_FILE, NAME_PATTERN, AssessedItem, AssignmentRef,
    FieldError, Lesson, MetadataError, Milestone, ModuleMeta, Outcome, Project, Source, Texts, load_module_meta,
    parse_module_meta,
)
from .upgraders import CURRENT_VERSION, UPGRADERS, upgrade
from .vocabulary import SCHOOL_GRADES, SKILLS, SUBJECTS, TRACKS

__all__ = [
    "CURRENT_VERSION", "DELIVERABLES", "ID_PATTERN", "KINDS", "LESSON_FILE", "LEVELS", "MODULE_FILE", "NAME_PATTERN",
    "SCHOOL_GRADES", "SKILLS", "SUBJECTS", "TRACKS", "UPGRADERS", "AssessedItem", "AssignmentRef", "FieldError",
    "Lesson", "MetadataError", "Milestone", "ModuleMeta", "Outcome", "Project", "Source", "Texts", "load_module_meta",
    "parse_module_meta", "upgrade",
]
