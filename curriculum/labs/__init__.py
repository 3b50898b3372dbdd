"""Interactive labs: a model (plain Python), controls (widgets with units and localized labels) and a view.

Each lab module keeps its model free of widgets so that hidden tests and the lab compute with
the same code; ``make_lab()`` builds the widgets only when a notebook asks for them.  The view is
a readout and a :class:`Plot`: one figure per lab, built once, whose artists each update changes.
"""

from .core import Animation, Dropdown, Lab, Plot, Slider

__all__ = ["Animation", "Dropdown", "Lab", "Plot", "Slider"]
