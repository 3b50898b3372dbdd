"""JupyterHub configuration of a Myn Bala STEM region, copied next to ``hub.json`` by ``python -m curriculum hub setup``.

Everything that differs from one region to another (ports, folders, courses, people) is data in ``hub.json``,
rendered from the region file and the courses' ``course new`` manifests; this file only says how JupyterHub and
nbgrader's documented multi-course setup use it:

- people log in with the authenticator of the region (PAM: the server's Linux accounts, for a pilot);
- each person's server runs as their own Linux account (LocalProcessSpawner) from the shared environment;
- each course's Formgrader is a hub service: ``jupyterhub-singleuser`` run as the course's grader account in the
  course folder; groups ``formgrade-<course>`` (teachers and the grader account) may use it, groups
  ``nbgrader-<course>`` (students and teachers) see its assignments (nbgrader's JupyterHubAuthPlugin reads them);
- idle servers are stopped by jupyterhub-idle-culler.
"""

import json
import os

c = get_config()  # noqa: F821 - provided by traitlets when JupyterHub loads this file

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "hub.json"), encoding="utf-8") as fh:
    hub = json.load(fh)

venv_bin = os.path.join(hub["prefix"], "venv", "bin")

# --- the hub, its proxy and its own files --------------------------------------------------
c.JupyterHub.ip = hub["ip"]
c.JupyterHub.port = hub["port"]
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = hub["hub_port"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{hub['proxy_api_port']}"
c.ConfigurableHTTPProxy.command = [hub["proxy"]]
c.JupyterHub.db_url = "sqlite:///" + os.path.join(hub["data"], "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(hub["data"], "secrets", "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = os.path.join(hub["data"], "jupyterhub-proxy.pid")
c.JupyterHub.extra_log_file = ""
c.JupyterHub.template_vars = {"announcement_login": hub["name"]}
# the hub, the proxy and the servers end together: a restart of the hub ends every server (simple and predictable
# for a school server; students' work is saved in their homes)
c.JupyterHub.cleanup_servers = True

# --- who may log in ------------------------------------------------------------------------
c.JupyterHub.authenticator_class = hub["authenticator"]["class"]
for key, value in hub["authenticator"]["config"].items():  # "Section.setting": value, as in a config file
    section, setting = key.rsplit(".", 1)
    c[section][setting] = value
c.Authenticator.allowed_users = set(hub["people"])
c.Authenticator.admin_users = set(hub["admins"])
c.PAMAuthenticator.open_sessions = False  # no login session per server: nothing to clean up, works in containers

# --- each person's server --------------------------------------------------------------------
c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Spawner.cmd = [os.path.join(venv_bin, "jupyterhub-singleuser")]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
# people's servers read the people's Jupyter configuration (no local Formgrader; courses come from the hub)
c.Spawner.environment = {"JUPYTER_CONFIG_PATH": hub["people_config"], "MPLBACKEND": "Agg"}

# --- groups and roles: nbgrader's multi-course setup ---------------------------------------
c.JupyterHub.load_groups = {name: {"users": sorted(members)} for name, members in hub["groups"].items()}
roles = [
    {
        # a server's token: what nbgrader's extensions in it need, never more than its owner may do
        "name": "server",
        "scopes": ["users:activity!user", "access:servers!user", "read:users:name!user", "read:users:groups!user",
                   "list:services", "read:services", "access:services"],
    },
]
services = []
for course in hub["courses"]:
    cid = course["id"]
    roles += [
        {"name": f"formgrade-{cid}", "groups": [f"formgrade-{cid}"], "scopes": [f"access:services!service={cid}"]},
        {"name": f"nbgrader-{cid}", "groups": [f"nbgrader-{cid}"],
         "scopes": ["list:services", f"read:services!service={cid}"]},
        {
            # the Formgrader service's own token: it reads its grader account's groups (nbgrader's course check,
            # nbgrader#1872) and adds students to its course's group when a teacher adds one in Formgrader
            "name": f"course-service-{cid}", "services": [cid],
            "scopes": [f"read:users!user={course['grader']}", f"read:users:groups!user={course['grader']}",
                       "list:groups", f"read:groups!group=nbgrader-{cid}", f"groups!group=nbgrader-{cid}"],
        },
    ]
    services.append({
        "name": cid,
        "url": f"http://127.0.0.1:{course['port']}",
        "command": [os.path.join(venv_bin, "jupyterhub-singleuser"), f"--ServerApp.root_dir={course['root']}"],
        "user": course["grader"],
        "cwd": course["root"],
        "environment": {"JUPYTERHUB_DEFAULT_URL": "/lab", "MPLBACKEND": "Agg"},
        "display": True,
        "info": {"course": cid, "language": course["language"]},
    })

# idle servers are stopped (their files stay); the culler is a hub service with just the rights it needs
services.append({
    "name": "idle-culler",
    "command": [os.path.join(venv_bin, "python"), "-m", "jupyterhub_idle_culler", f"--timeout={hub['idle_seconds']}",
                "--cull-every=60"],
    "display": False,
})
roles.append({"name": "idle-culler", "services": ["idle-culler"],
              "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]})

# `python -m curriculum hub check` reads the hub's state with this token (root can read it; nobody else)
services.append({"name": "operator", "api_token": hub["operator_token"], "display": False})
roles.append({"name": "operator", "services": ["operator"],
              "scopes": ["read:hub", "list:users", "read:users", "list:services", "read:services", "read:groups",
                         "list:groups", "access:services"]})

c.JupyterHub.services = services
c.JupyterHub.load_roles = roles
