"""The shared words of module metadata: subjects, tracks and skills, each defined once.

Skills are a small closed vocabulary so that per-student skill profiles can later add up
scores across modules; a new skill is added here (with its three names), never in a
``module.yml`` alone.
"""

from __future__ import annotations

from ..paths import SUBJECTS

SKILLS: dict[str, dict[str, str]] = {
    "algebra": {"kk": "алгебра", "ru": "алгебра", "en": "algebra"},
    "modelling": {"kk": "модельдеу", "ru": "моделирование", "en": "modelling"},
    "units": {"kk": "өлшем бірліктері", "ru": "единицы измерения", "en": "units"},
    "estimation": {"kk": "бағалау", "ru": "оценка", "en": "estimation"},
    "programming": {"kk": "бағдарламалау", "ru": "программирование", "en": "programming"},
    "data": {"kk": "деректер", "ru": "данные", "en": "data"},
    "geometry": {"kk": "геометрия", "ru": "геометрия", "en": "geometry"},
    "reasoning": {"kk": "пайымдау", "ru": "рассуждение", "en": "reasoning"},
    "communication": {"kk": "қатысым", "ru": "коммуникация", "en": "communication"},
}
"""Skill id -> its name in kk, ru and en."""

PLANT_AREAS: dict[str, dict[str, str]] = {
    "assembly": {"kk": "құрастыру", "ru": "сборка", "en": "assembly"},
    "welding": {"kk": "дәнекерлеу", "ru": "сварка", "en": "welding"},
    "painting": {"kk": "бояу", "ru": "окраска", "en": "painting"},
    "quality": {"kk": "сапа", "ru": "качество", "en": "quality"},
    "maintenance": {"kk": "техникалық қызмет көрсету", "ru": "техническое обслуживание", "en": "maintenance"},
    "automation": {"kk": "автоматтандыру", "ru": "автоматизация", "en": "automation"},
    "design": {"kk": "конструкторлық жобалау", "ru": "конструирование", "en": "design engineering"},
    "logistics": {"kk": "логистика", "ru": "логистика", "en": "logistics"},
}
"""The plant's areas of work (its shops and services), id -> name in kk, ru and en: where a thesis topic's
problem lies and where a profession works."""

TRACKS: tuple[str, ...] = ("school", "college")
SCHOOL_GRADES: tuple[int, ...] = (7, 8, 9, 10, 11)

__all__ = ["PLANT_AREAS", "SCHOOL_GRADES", "SKILLS", "SUBJECTS", "TRACKS"]
