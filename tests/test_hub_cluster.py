"""The cluster path: Zero to JupyterHub values and Kubernetes manifests rendered from a region file.

What is tested here: every manifest against Kubernetes' own OpenAPI schemas (kubernetes-validate, offline, strict:
unknown fields fail), the values' JupyterHub configuration code run against a traitlets config, and the pieces the
region needs (people, groups, roles, services, limits, the network policy). What is not: Zero to JupyterHub's own
values schema (its chart is not on the registries this machine reaches) and any real cluster (none can run here).
"""

from __future__ import annotations

import textwrap
from types import SimpleNamespace

import kubernetes_validate
import pytest
import yaml
from traitlets.config import Config

from curriculum.cli import main
from curriculum.hub.cluster import ClusterError, ClusterSettings, render_cluster, uids
from curriculum.hub.region import load_region

KUBERNETES = "1.30.0"
Z2JH_TOP_LEVEL = {"hub", "proxy", "singleuser", "cull", "scheduling", "prePuller", "ingress", "rbac", "imagePullSecret",
                  "imagePullSecrets", "fullnameOverride", "nameOverride", "custom", "debug", "global", "cull"}


def _region(tmp_path, authenticator: str = "oauth"):
    (tmp_path / "8a.yml").write_text("course: school-8a\nlanguage: kk\nmodules: [inf-08-vin]\nstudents: [aigerim, bolat]\n")
    (tmp_path / "col.yml").write_text("course: college-pid\nlanguage: ru\nmodules: [math-07-takt]\nstudents: [bolat, dana]\n")
    auth = ("authenticator:\n  class: oauthenticator.generic.GenericOAuthenticator\n  config:\n"
            "    GenericOAuthenticator.client_id: myn-bala-hub\n") if authenticator == "oauth" else "authenticator: pam\n"
    (tmp_path / "region.yml").write_text(textwrap.dedent("""\
        name: cluster test
        prefix: /opt/myn-bala-stem
        data: /srv/myn-bala-stem
        admins: [it-admin]
        idle_minutes: 45
        courses:
          - manifest: 8a.yml
            teachers: [aliya]
          - manifest: col.yml
            teachers: [nurlan]
        """) + auth)
    return load_region(tmp_path / "region.yml")


def test_the_cluster_manifests_fit_kubernetes_schemas_and_keep_people_apart(tmp_path):
    region = _region(tmp_path)
    files = render_cluster(region, tmp_path / "out", ClusterSettings(image="registry.example/myn-bala-stem:1.0", workers=3))
    kinds = []
    for manifest in files.manifests:
        for doc in yaml.safe_load_all(manifest.read_text()):
            kubernetes_validate.validate(doc, KUBERNETES, strict=True)  # raises on any schema error
            kinds.append((doc["kind"], doc["metadata"]["name"]))
    assert ("Deployment", "formgrader-school-8a") in kinds and ("Deployment", "formgrader-college-pid") in kinds
    assert ("PersistentVolumeClaim", "nbgrader-exchange") in kinds and ("Service", "grading-redis") in kinds
    grading = {d["metadata"]["name"]: d for d in yaml.safe_load_all((tmp_path / "out" / "grading.yaml").read_text())}
    workers = grading["grading-workers"]
    assert workers["spec"]["replicas"] == 3
    assert workers["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"] == {"cpu": "2", "memory": "4Gi"}
    policy = grading["grading-workers-deny-all"]["spec"]
    assert policy["ingress"] == [] and set(policy["policyTypes"]) == {"Ingress", "Egress"}
    assert [p["port"] for rule in policy["egress"] for p in rule["ports"]] == [6379, 5432, 53, 53]

    values = yaml.safe_load(files.values.read_text())
    assert set(values) <= Z2JH_TOP_LEVEL
    assert values["hub"]["config"]["Authenticator"]["allowed_users"] == ["aigerim", "aliya", "bolat", "dana", "it-admin", "nurlan"]
    assert values["hub"]["config"]["GenericOAuthenticator"] == {"client_id": "myn-bala-hub"}
    assert values["hub"]["services"]["school-8a"]["url"] == "http://formgrader-school-8a:8888"
    assert values["hub"]["loadRoles"]["formgrade-college-pid"]["scopes"] == ["access:services!service=college-pid"]
    assert values["cull"] == {"enabled": True, "timeout": 2700, "every": 300}
    assert values["singleuser"]["memory"]["limit"] == "1G"
    secret = yaml.safe_load(files.secret_values.read_text())
    assert len(secret["hub"]["services"]["school-8a"]["apiToken"]) == 64
    assert oct(files.secret_values.stat().st_mode & 0o777) == "0o600"
    assert "apiToken" not in files.values.read_text()

    # the hub's extra configuration, run as z2jh runs it: each person's server under their own uid and course groups
    c = Config()
    exec(compile(values["hub"]["extraConfig"]["myn-bala-stem"], "extraConfig", "exec"), {"c": c})
    table = uids(region)
    spawner = SimpleNamespace(user=SimpleNamespace(name="bolat"))
    assert c.KubeSpawner.uid(spawner) == table["bolat"] and len(set(table.values())) == len(table)
    assert len(c.KubeSpawner.supplemental_gids(spawner)) == 2  # both of bolat's courses
    assert c.KubeSpawner.supplemental_gids(SimpleNamespace(user=SimpleNamespace(name="aigerim"))) != \
        c.KubeSpawner.supplemental_gids(SimpleNamespace(user=SimpleNamespace(name="dana")))
    assert c.JupyterHub.load_groups["nbgrader-school-8a"] == {"users": ["aigerim", "aliya", "bolat"]}


def test_a_broken_manifest_would_be_caught():  # the validator the test above relies on does refuse mistakes
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"},
                                      "spec": {"replicas": "two", "selector": {}, "template": {}}}, KUBERNETES, strict=True)


def test_a_cluster_needs_an_authenticator_other_than_pam(tmp_path, capsys):
    region = _region(tmp_path, authenticator="pam")
    with pytest.raises(ClusterError, match="no Linux accounts"):
        render_cluster(region, tmp_path / "out")
    assert main(["hub", "cluster", str(tmp_path / "region.yml"), "--out", str(tmp_path / "out")]) == 2
    assert "set an OAuth or LTI authenticator" in capsys.readouterr().err
