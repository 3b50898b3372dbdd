"""The cluster path: the same region on Kubernetes with Zero to JupyterHub, rendered from the region file.

``python -m curriculum hub cluster REGION --out DIR`` writes:

- ``values.yaml``: Zero to JupyterHub's Helm values: the authenticator, the people and their groups, nbgrader's
  roles, each course's Formgrader as an external hub service, students' servers (image, CPU and memory limits,
  storage, the exchange volume, a uid per person so nbgrader's exchange permissions keep people apart, as Linux
  accounts do on one server), the idle culler;
- ``values.secret.yaml``: the services' API tokens (kept apart: give it to Helm, keep it out of git);
- ``courses.yaml``: per course a volume, a Deployment running its Formgrader as the course's grader uid, a Service;
  the exchange's shared volume;
- ``grading.yaml``: Redis for the celery back-end, the grading workers as a Deployment with resource limits, a
  deny-all network policy for them with only Redis, PostgreSQL (the gradebooks) and DNS allowed out.

Install with ``helm upgrade --install hub jupyterhub/jupyterhub -f values.yaml -f values.secret.yaml`` and
``kubectl apply -f courses.yaml -f grading.yaml``. The manifests are checked against Kubernetes' own schemas by the
tests (``kubernetes-validate``, offline); see docs/deploy.md for what was and was not tested.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

import yaml

from .region import Region

UID_BASE = 20000  # people's uids on the cluster, in the order of the region (stable while the region only grows)
GRADER_UID_BASE = 19000
EXCHANGE = "/srv/nbgrader/exchange"
PORT = 8888


@dataclass(frozen=True)
class ClusterSettings:
    image: str = "registry.school.kz/myn-bala-stem:latest"  # the package, JupyterLab, nbgrader (deploy/docker)
    namespace: str = "myn-bala-stem"
    storage_class: str = "nfs-rwx"  # a ReadWriteMany class for the exchange and the course folders
    student_cpu: float = 1.0
    student_memory: str = "1G"
    workers: int = 2
    worker_cpu: str = "2"
    worker_memory: str = "4Gi"
    gradebook_url_secret: str = "gradebooks"  # a Secret with each course's PostgreSQL URL (key: the course id)
    postgres_port: int = 5432


@dataclass(frozen=True)
class ClusterFiles:
    values: Path
    secret_values: Path
    manifests: tuple[Path, ...]


def uids(region: Region) -> dict[str, int]:
    """A uid per person (students, teachers, admins, in sorted order) and per course's grader account."""
    people = sorted({*region.students, *region.teachers, *region.mentors, *region.admins})
    table = {name: UID_BASE + i for i, name in enumerate(people)}
    table.update({c.grader: GRADER_UID_BASE + i for i, c in enumerate(region.courses)})
    return table


def course_gids(region: Region) -> dict[str, int]:
    return {c.id: GRADER_UID_BASE + 500 + i for i, c in enumerate(region.courses)}


def _labels(component: str, course: str | None = None) -> dict[str, str]:
    labels = {"app.kubernetes.io/part-of": "myn-bala-stem", "app.kubernetes.io/component": component}
    if course:
        labels["myn-bala-stem/course"] = course
    return labels


def _pvc(name: str, size: str, settings: ClusterSettings, component: str) -> dict:
    return {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
            "metadata": {"name": name, "namespace": settings.namespace, "labels": _labels(component)},
            "spec": {"accessModes": ["ReadWriteMany"], "storageClassName": settings.storage_class,
                     "resources": {"requests": {"storage": size}}}}


class ClusterError(ValueError):
    pass


def values(region: Region, settings: ClusterSettings) -> tuple[dict, dict]:
    """Zero to JupyterHub's values and the secret ones (service tokens)."""
    if region.authenticator.kind == "pam":
        raise ClusterError(f"{region.path}: authenticator: a cluster's hub has no Linux accounts to check passwords "
                           "against; set an OAuth or LTI authenticator (docs/deploy.md)")
    table, gids = uids(region), course_gids(region)
    groups = {}
    for course in region.courses:
        groups[f"formgrade-{course.id}"] = sorted({*course.teachers, *course.mentors, course.grader})
        groups[f"nbgrader-{course.id}"] = sorted({*course.students, *course.teachers})
    people_groups = {name: sorted(gids[c.id] for c in region.courses if name in {*c.students, *c.teachers})
                     for name in table}
    roles = {
        "server": {"scopes": ["users:activity!user", "access:servers!user", "read:users:name!user",
                              "read:users:groups!user", "list:services", "read:services", "access:services"]},
    }
    services, tokens = {}, {}
    for course in region.courses:
        roles[f"formgrade-{course.id}"] = {"groups": [f"formgrade-{course.id}"],
                                          "scopes": [f"access:services!service={course.id}"]}
        roles[f"nbgrader-{course.id}"] = {"groups": [f"nbgrader-{course.id}"],
                                         "scopes": ["list:services", f"read:services!service={course.id}"]}
        roles[f"course-service-{course.id}"] = {
            "services": [course.id],
            "scopes": [f"read:users!user={course.grader}", f"read:users:groups!user={course.grader}", "list:groups",
                       f"read:groups!group=nbgrader-{course.id}", f"groups!group=nbgrader-{course.id}"]}
        services[course.id] = {"url": f"http://formgrader-{course.id}:{PORT}", "display": True,
                               "oauth_no_confirm": True}
        tokens[course.id] = {"apiToken": secrets.token_hex(32)}
    auth = {"JupyterHub": {"authenticator_class": region.authenticator.class_name},
            "Authenticator": {"allowed_users": sorted(table.keys() - {c.grader for c in region.courses}),
                              "admin_users": sorted(region.admins)}}
    for key, value in region.authenticator.config.items():
        section, setting = key.rsplit(".", 1)
        auth.setdefault(section, {})[setting] = value
    # KubeSpawner: each person's server runs as their own uid with their courses' groups, as Linux accounts do on
    # one server: nbgrader's exchange permissions (and the course folders' on the shared volume) keep them apart
    spawner_config = (
        f"UIDS = {table!r}\nGROUPS = {people_groups!r}\n"
        "c.KubeSpawner.uid = lambda spawner: UIDS[spawner.user.name]\n"
        "c.KubeSpawner.gid = lambda spawner: UIDS[spawner.user.name]\n"
        "c.KubeSpawner.supplemental_gids = lambda spawner: GROUPS.get(spawner.user.name, [])\n"
        f"c.JupyterHub.load_groups = {{g: {{'users': u}} for g, u in {groups!r}.items()}}\n"
    )
    data = {
        "proxy": {"service": {"type": "ClusterIP"}},  # behind the school's ingress with HTTPS
        "hub": {
            "config": auth,
            "loadRoles": roles,
            "services": services,
            "extraConfig": {"myn-bala-stem": spawner_config},
            "networkPolicy": {"enabled": True},
        },
        "singleuser": {
            "image": {"name": settings.image.rsplit(":", 1)[0], "tag": settings.image.rsplit(":", 1)[1]},
            "defaultUrl": "/lab",
            "cpu": {"limit": settings.student_cpu, "guarantee": 0.05},
            "memory": {"limit": settings.student_memory, "guarantee": "256M"},
            "storage": {
                "type": "dynamic", "capacity": "2Gi",
                "extraVolumes": [{"name": "exchange", "persistentVolumeClaim": {"claimName": "nbgrader-exchange"}}],
                "extraVolumeMounts": [{"name": "exchange", "mountPath": EXCHANGE}],
            },
            "networkPolicy": {"enabled": True, "egressAllowRules": {"nonPrivateIPs": False, "privateIPs": False}},
        },
        "cull": {"enabled": True, "timeout": region.idle_minutes * 60, "every": 300},
    }
    return data, {"hub": {"services": tokens}}


def courses_manifests(region: Region, settings: ClusterSettings, tokens: dict) -> list[dict]:
    table, gids = uids(region), course_gids(region)
    docs = [_pvc("nbgrader-exchange", "20Gi", settings, "exchange")]
    for course in region.courses:
        name = f"formgrader-{course.id}"
        home = f"/home/{course.grader}"
        labels = _labels("formgrader", course.id)
        env = {"JUPYTERHUB_SERVICE_NAME": course.id, "JUPYTERHUB_API_URL": "http://hub:8081/hub/api",
               "JUPYTERHUB_BASE_URL": "/", "JUPYTERHUB_SERVICE_PREFIX": f"/services/{course.id}/",
               "JUPYTERHUB_SERVICE_URL": f"http://0.0.0.0:{PORT}", "JUPYTERHUB_CLIENT_ID": f"service-{course.id}",
               "JUPYTERHUB_OAUTH_CALLBACK_URL": f"/services/{course.id}/oauth_callback",
               "JUPYTERHUB_USER": course.grader, "JUPYTERHUB_DEFAULT_URL": "/lab", "HOME": home}
        docs += [
            _pvc(f"course-{course.id}", "10Gi", settings, "course"),
            {"apiVersion": "v1", "kind": "Secret",
             "metadata": {"name": f"{name}-token", "namespace": settings.namespace, "labels": labels},
             "type": "Opaque", "stringData": {"token": tokens[course.id]["apiToken"]}},
            {"apiVersion": "apps/v1", "kind": "Deployment",
             "metadata": {"name": name, "namespace": settings.namespace, "labels": labels},
             "spec": {"replicas": 1, "selector": {"matchLabels": labels},
                      "template": {"metadata": {"labels": labels}, "spec": {
                          "securityContext": {"runAsUser": table[course.grader], "runAsGroup": gids[course.id],
                                              "fsGroup": gids[course.id]},
                          "containers": [{
                              "name": "formgrader", "image": settings.image,
                              "command": ["jupyterhub-singleuser", f"--ServerApp.root_dir={home}/{course.id}"],
                              "workingDir": f"{home}/{course.id}",
                              "ports": [{"containerPort": PORT, "name": "http"}],
                              "env": [{"name": k, "value": v} for k, v in env.items()] + [
                                  {"name": "JUPYTERHUB_API_TOKEN",
                                   "valueFrom": {"secretKeyRef": {"name": f"{name}-token", "key": "token"}}}],
                              "resources": {"requests": {"cpu": "100m", "memory": "512Mi"},
                                            "limits": {"cpu": "2", "memory": "2Gi"}},
                              "volumeMounts": [{"name": "course", "mountPath": home},
                                               {"name": "exchange", "mountPath": EXCHANGE}],
                              "readinessProbe": {"tcpSocket": {"port": PORT}, "periodSeconds": 10},
                          }],
                          "volumes": [{"name": "course", "persistentVolumeClaim": {"claimName": f"course-{course.id}"}},
                                      {"name": "exchange", "persistentVolumeClaim": {"claimName": "nbgrader-exchange"}}],
                      }}}},
            {"apiVersion": "v1", "kind": "Service",
             "metadata": {"name": name, "namespace": settings.namespace, "labels": labels},
             "spec": {"selector": labels, "ports": [{"port": PORT, "targetPort": PORT, "name": "http"}]}},
        ]
    return docs


def grading_manifests(region: Region, settings: ClusterSettings) -> list[dict]:
    ns = settings.namespace
    redis_labels, worker_labels = _labels("grading-queue"), _labels("grading-worker")
    mounts = [{"name": f"course-{c.id}", "mountPath": f"/home/{c.grader}"} for c in region.courses]
    volumes = [{"name": f"course-{c.id}", "persistentVolumeClaim": {"claimName": f"course-{c.id}"}} for c in region.courses]
    return [
        {"apiVersion": "apps/v1", "kind": "Deployment",
         "metadata": {"name": "grading-redis", "namespace": ns, "labels": redis_labels},
         "spec": {"replicas": 1, "selector": {"matchLabels": redis_labels},
                  "template": {"metadata": {"labels": redis_labels}, "spec": {"containers": [{
                      "name": "redis", "image": "redis:7", "args": ["--appendonly", "yes"],
                      "ports": [{"containerPort": 6379}],
                      "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                                    "limits": {"cpu": "1", "memory": "512Mi"}}}]}}}},
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "grading-redis", "namespace": ns, "labels": redis_labels},
         "spec": {"selector": redis_labels, "ports": [{"port": 6379, "targetPort": 6379}]}},
        {"apiVersion": "apps/v1", "kind": "Deployment",
         "metadata": {"name": "grading-workers", "namespace": ns, "labels": worker_labels},
         "spec": {"replicas": settings.workers, "selector": {"matchLabels": worker_labels},
                  "template": {"metadata": {"labels": worker_labels}, "spec": {
                      "automountServiceAccountToken": False,
                      "terminationGracePeriodSeconds": 60,
                      "containers": [{
                          "name": "worker", "image": settings.image,
                          "command": ["python", "-m", "curriculum", "worker", "--broker", "redis://grading-redis:6379/0",
                                      "--concurrency", settings.worker_cpu],
                          # the grader's sandbox makes namespaces and mounts and drops to a grading uid per kernel
                          "securityContext": {"runAsUser": 0, "allowPrivilegeEscalation": False,
                                              "capabilities": {"drop": ["ALL"],
                                                               "add": ["SYS_ADMIN", "SETUID", "SETGID", "CHOWN",
                                                                       "FOWNER", "KILL", "DAC_OVERRIDE"]},
                                              "seccompProfile": {"type": "Unconfined"}},
                          "resources": {"requests": {"cpu": settings.worker_cpu, "memory": "1Gi"},
                                        "limits": {"cpu": settings.worker_cpu, "memory": settings.worker_memory}},
                          "volumeMounts": mounts}],
                      "volumes": volumes}}}},
        {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
         "metadata": {"name": "grading-workers-deny-all", "namespace": ns, "labels": worker_labels},
         "spec": {"podSelector": {"matchLabels": worker_labels}, "policyTypes": ["Ingress", "Egress"],
                  "ingress": [],
                  "egress": [
                      {"to": [{"podSelector": {"matchLabels": redis_labels}}], "ports": [{"port": 6379, "protocol": "TCP"}]},
                      {"ports": [{"port": settings.postgres_port, "protocol": "TCP"}]},  # the gradebooks' PostgreSQL
                      {"ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]},
                  ]}},
        {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
         "metadata": {"name": "grading-redis-from-graders", "namespace": ns, "labels": redis_labels},
         "spec": {"podSelector": {"matchLabels": redis_labels}, "policyTypes": ["Ingress"],
                  "ingress": [{"from": [{"podSelector": {"matchLabels": worker_labels}},
                                        {"podSelector": {"matchLabels": _labels("formgrader")}}],
                               "ports": [{"port": 6379, "protocol": "TCP"}]}]}},
    ]


def _dump(path: Path, docs: list[dict] | dict, mode: int = 0o644) -> Path:
    text = (yaml.safe_dump_all(docs, sort_keys=False) if isinstance(docs, list) else yaml.safe_dump(docs, sort_keys=False))
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def render_cluster(region: Region, out: Path | str, settings: ClusterSettings = ClusterSettings()) -> ClusterFiles:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data, secret = values(region, settings)
    return ClusterFiles(
        _dump(out / "values.yaml", data), _dump(out / "values.secret.yaml", secret, 0o600),
        (_dump(out / "courses.yaml", courses_manifests(region, settings, secret["hub"]["services"])),
         _dump(out / "grading.yaml", grading_manifests(region, settings))))
