"""A school region on one JupyterHub: students and teachers log in, several courses each with its Formgrader.

``python -m curriculum hub setup|start|check REGION.yml`` is the command; the library is:

- :mod:`.region`: the region file (the hub's settings, the courses' ``course new`` manifests, their teachers);
- :mod:`.environment`: the one Python environment everyone uses (the package, JupyterHub, nbgrader) and the proxy;
- :mod:`.accounts`: Linux accounts and groups for students, teachers and each course's grader account;
- :mod:`.deploy`: the courses, the exchange and the hub's configuration (``deploy/hub/``), starting and checking it;
- :mod:`.client`: a client of the hub as a person uses it (log in, start a server, the Assignments panel, a kernel),
  for ``hub check``, the tests and the load benchmark.
"""
