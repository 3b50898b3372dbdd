"""Interactive labs: a model (plain Python), controls (widgets with units and localized labels) and a view.

Each lab module (``braking``, ``gears``, ``vin``) keeps its model free of widgets so
that hidden tests and the lab compute with the same code; ``make_lab()`` builds the
widgets only when a notebook asks for them.
"""

from .core import Dropdown, Lab, Slider

__all__ = ["Dropdown", "Lab", "Slider"]
