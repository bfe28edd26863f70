"""The deployment files under deploy/ parse, agree with .env.example and with each other, and
keep the properties the topology relies on (probes, GPU, WebSocket headers, one beat). Docker
and a cluster are not available to the suite, so these files are checked as data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
APP_IMAGE = "registry.example.org/gp-assistant"
COMPOSE_APP_IMAGE = "gp-assistant:latest"

# Variables read by third-party images or runtimes, not by the app (so not in .env.example).
THIRD_PARTY_ENV = {
    "POSTGRES_USER": "postgres image: the owner role it creates",
    "POSTGRES_DB": "postgres image: the database it creates",
    "POSTGRES_PASSWORD_FILE": "postgres image: password from a compose secret",
    "HF_HUB_OFFLINE": "vLLM: never download weights at run time",
    "VLLM_API_KEY": "vLLM: the API key it requires (the app's LLM_API_KEY)",
}


def env_example_names() -> set[str]:
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, re.M))


def env_file_names(path: Path) -> list[str]:
    return re.findall(r"^([A-Z][A-Z0-9_]*)=", path.read_text(), re.M)


def yaml_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yml", ".yaml"))


def k8s_objects() -> list[dict]:
    objects = []
    for path in sorted(K8S.glob("*.yaml")):
        objects += [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    return objects


def k8s_object(kind: str, name: str) -> dict:
    found = [o for o in k8s_objects() if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def pod_spec(obj: dict) -> dict:
    if obj["kind"] == "Job":
        return obj["spec"]["template"]["spec"]
    return obj["spec"]["template"]["spec"]


def containers(obj: dict) -> list[dict]:
    spec = pod_spec(obj)
    return spec.get("initContainers", []) + spec["containers"]


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())


def nginx_block(text: str, opener: str) -> str:
    """The body of the first `opener {` block, braces balanced."""
    start = text.index(opener)
    depth, i = 0, text.index("{", start)
    for j in range(i, len(text)):
        depth += {"{": 1, "}": -1}.get(text[j], 0)
        if depth == 0:
            return text[i + 1 : j]
    raise AssertionError(f"unbalanced block {opener!r}")


# --- Every YAML file parses ------------------------------------------------------------


def test_deploy_has_yaml_files():
    names = {p.relative_to(DEPLOY).as_posix() for p in yaml_files()}
    assert "docker-compose.yml" in names
    assert {"k8s/web.yaml", "k8s/vllm.yaml", "k8s/configmap.yaml", "k8s/secret.yaml"} <= names


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: p.relative_to(DEPLOY).as_posix())
def test_yaml_file_parses(path):
    documents = [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]
    assert documents, f"{path} holds no YAML document"


# --- Environment variables agree with .env.example --------------------------------------


def test_k8s_configmap_and_secret_hold_exactly_the_env_example_variables():
    config = set(k8s_object("ConfigMap", "gp-assistant-config")["data"])
    secret = set(k8s_object("Secret", "gp-assistant-secrets")["stringData"])
    assert config & secret == set(), "a variable in both the ConfigMap and the Secret"
    assert (config | secret) - env_example_names() == set(), "not in .env.example"
    assert env_example_names() - (config | secret) == set(), "missing from ConfigMap/Secret"


def test_k8s_secrets_are_in_the_secret_not_the_configmap():
    secret = set(k8s_object("Secret", "gp-assistant-secrets")["stringData"])
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "LLM_API_KEY", "SMS_WEBHOOK_SECRET"} <= (
        secret
    )


@pytest.mark.parametrize(
    "path", ["gp-assistant.env.example", "systemd/env.example"], ids=lambda p: p
)
def test_env_file_examples_hold_exactly_the_env_example_variables(path):
    names = env_file_names(DEPLOY / path)
    assert len(names) == len(set(names)), "a variable set twice"
    assert set(names) == env_example_names()


def test_k8s_container_env_names_are_documented():
    config = k8s_object("ConfigMap", "gp-assistant-config")["data"]
    secret = k8s_object("Secret", "gp-assistant-secrets")["stringData"]
    for obj in k8s_objects():
        if obj["kind"] not in ("Deployment", "StatefulSet", "Job"):
            continue
        for container in containers(obj):
            for var in container.get("env", []):
                assert var["name"] in env_example_names() | set(THIRD_PARTY_ENV), var["name"]
                source = var.get("valueFrom", {})
                if "configMapKeyRef" in source:
                    assert source["configMapKeyRef"]["key"] in config
                if "secretKeyRef" in source:
                    assert source["secretKeyRef"]["key"] in secret
            for ref in container.get("envFrom", []):
                if "configMapRef" in ref:
                    assert ref["configMapRef"]["name"] == "gp-assistant-config"
                if "secretRef" in ref:
                    assert ref["secretRef"]["name"] == "gp-assistant-secrets"


def test_compose_environment_names_are_documented_or_third_party():
    services = compose()["services"]
    for name, service in services.items():
        environment = service.get("environment", {})
        names = (
            set(environment)
            if isinstance(environment, dict)
            else {item.split("=", 1)[0] for item in environment}
        )
        allowed = env_example_names() if service.get("image") == COMPOSE_APP_IMAGE else set()
        assert names <= allowed | set(THIRD_PARTY_ENV), (name, names)
        for env_file in service.get("env_file", []):
            assert (DEPLOY / f"{env_file}.example").is_file(), env_file


def test_compose_file_interpolates_no_variables():
    # "$$" is compose's escape for a literal "$" (shell variables inside containers).
    text = (DEPLOY / "docker-compose.yml").read_text().replace("$$", "")
    assert re.findall(r"\$\{?[A-Za-z_]", text) == []


def test_shell_entrypoint_reads_only_documented_variables():
    text = (DEPLOY / "docker-entrypoint.sh").read_text()
    names = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
    assert names <= env_example_names()


# --- Kubernetes objects -----------------------------------------------------------------


def test_k8s_objects_have_api_version_kind_and_name():
    objects = k8s_objects()
    assert len(objects) >= 15
    for obj in objects:
        assert obj.get("apiVersion") and obj.get("kind"), obj
        assert obj.get("metadata", {}).get("name"), obj


def test_k8s_namespaced_objects_share_one_namespace():
    for obj in k8s_objects():
        if obj["kind"] in ("Namespace", "Kustomization"):
            continue
        assert obj["metadata"].get("namespace") == "gp-assistant", obj["metadata"]["name"]


def test_kustomization_lists_existing_files_but_not_the_secret_template_or_the_job():
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    for resource in kustomization["resources"]:
        assert (K8S / resource).is_file(), resource
    assert "secret.yaml" not in kustomization["resources"]
    assert "migrate-job.yaml" not in kustomization["resources"]


def test_web_deployment_probes_readyz_and_healthz():
    (web,) = k8s_object("Deployment", "gp-web")["spec"]["template"]["spec"]["containers"]
    assert web["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert web["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert web["resources"]["requests"] and web["resources"]["limits"]
    # Django rejects the pod IP as a host; probes send one from ALLOWED_HOSTS.
    allowed = k8s_object("ConfigMap", "gp-assistant-config")["data"]["ALLOWED_HOSTS"].split(",")
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        headers = {h["name"]: h["value"] for h in web[probe]["httpGet"]["httpHeaders"]}
        assert headers["Host"] in allowed


def test_web_is_autoscaled_and_reachable_through_a_websocket_ready_ingress():
    hpa = k8s_object("HorizontalPodAutoscaler", "gp-web")
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "gp-web",
    }
    assert hpa["spec"]["minReplicas"] >= 2
    assert "replicas" not in k8s_object("Deployment", "gp-web")["spec"], "the HPA owns it"
    ingress = k8s_object("Ingress", "gp-assistant")
    annotations = ingress["metadata"]["annotations"]
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-send-timeout"]) >= 3600
    paths = {
        p["path"]: p["backend"]["service"]["name"]
        for rule in ingress["spec"]["rules"]
        for p in rule["http"]["paths"]
    }
    assert paths["/ws/"] == "gp-web"
    assert paths["/"] == "gp-web"


def test_services_select_existing_workloads():
    workloads = [o for o in k8s_objects() if o["kind"] in ("Deployment", "StatefulSet")]
    for service in (o for o in k8s_objects() if o["kind"] == "Service"):
        selector = service["spec"]["selector"].items()
        assert any(
            selector <= w["spec"]["template"]["metadata"]["labels"].items() for w in workloads
        ), service["metadata"]["name"]


def test_worker_liveness_pings_celery_and_beat_is_a_singleton():
    (worker,) = pod_spec(k8s_object("Deployment", "gp-worker"))["containers"]
    assert "inspect ping" in " ".join(worker["livenessProbe"]["exec"]["command"])
    beat = k8s_object("Deployment", "gp-beat")
    assert beat["spec"]["replicas"] == 1
    assert beat["spec"]["strategy"]["type"] == "Recreate"


def test_vllm_deployment_requests_a_gpu_and_has_a_service():
    vllm = k8s_object("Deployment", "gp-vllm")
    (container,) = pod_spec(vllm)["containers"]
    assert int(container["resources"]["limits"]["nvidia.com/gpu"]) >= 1
    service = k8s_object("Service", "vllm")
    llm_base_url = k8s_object("ConfigMap", "gp-assistant-config")["data"]["LLM_BASE_URL"]
    assert llm_base_url == f"http://vllm:{service['spec']['ports'][0]['port']}/v1"


def test_chroma_is_a_stateful_set_behind_the_configured_url():
    chroma = k8s_object("StatefulSet", "chroma")
    assert chroma["spec"]["volumeClaimTemplates"]
    service = k8s_object("Service", "chroma")
    chroma_url = k8s_object("ConfigMap", "gp-assistant-config")["data"]["CHROMA_URL"]
    assert chroma_url == f"http://chroma:{service['spec']['ports'][0]['port']}"


def test_app_containers_run_the_app_image_as_non_root():
    for obj in k8s_objects():
        if obj["kind"] not in ("Deployment", "StatefulSet", "Job"):
            continue
        if obj["metadata"]["name"] == "gp-vllm":
            continue  # the vLLM image runs as root (namespace.yaml enforces baseline)
        assert pod_spec(obj)["securityContext"]["runAsNonRoot"] is True, obj["metadata"]["name"]
        for container in containers(obj):
            assert container["securityContext"]["allowPrivilegeEscalation"] is False


# --- Docker Compose -------------------------------------------------------------------


def test_compose_runs_the_whole_topology():
    services = compose()["services"]
    assert {"web1", "web2", "worker", "beat", "redis", "postgres", "chroma", "nginx", "vllm"} <= (
        set(services)
    )
    for web in ("web1", "web2"):
        assert "/readyz" in " ".join(services[web]["healthcheck"]["test"])
        assert services[web]["command"] == ["web"]
    assert "/healthz" in " ".join(services["nginx"]["healthcheck"]["test"])
    assert "inspect ping" in " ".join(services["worker"]["healthcheck"]["test"])
    assert "pgdata:/var/lib/postgresql/data" in services["postgres"]["volumes"]


def test_compose_vllm_reserves_an_nvidia_gpu_under_the_gpu_profile():
    vllm = compose()["services"]["vllm"]
    assert vllm["profiles"] == ["gpu"]
    (device,) = vllm["deploy"]["resources"]["reservations"]["devices"]
    assert device["driver"] == "nvidia"
    assert "gpu" in device["capabilities"]


def test_compose_nginx_config_and_env_example_exist():
    nginx = compose()["services"]["nginx"]
    mounted = [v.split(":")[0] for v in nginx["volumes"] if v.startswith("./")]
    for path in mounted:
        if path != "./tls":
            assert (DEPLOY / path).is_file(), path


# --- Image, systemd, nginx --------------------------------------------------------------


def test_dockerfile_builds_a_non_root_image_with_catalogues_and_static_files():
    text = (DEPLOY / "Dockerfile").read_text()
    assert "python:3.11-slim" in text
    assert "gettext" in text
    assert "compilemessages" in text
    assert "collectstatic" in text
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0")
    entrypoint = (DEPLOY / "docker-entrypoint.sh").read_text()
    assert "exec daphne" in entrypoint
    assert "exec celery -A gp_assistant worker" in entrypoint
    assert "exec celery -A gp_assistant beat" in entrypoint


@pytest.mark.parametrize(
    "unit",
    ["gp-assistant-web@.service", "gp-assistant-worker.service", "gp-assistant-beat.service"],
)
def test_systemd_app_units_read_the_environment_file(unit):
    text = (DEPLOY / "systemd" / unit).read_text()
    assert "EnvironmentFile=/etc/gp-assistant/env" in text
    assert re.search(r"^User=gp-assistant$", text, re.M)


def test_systemd_web_instances_are_the_nginx_upstream():
    target = (DEPLOY / "systemd" / "gp-assistant.target").read_text()
    ports = set(re.findall(r"gp-assistant-web@(\d+)\.service", target))
    assert len(ports) >= 2
    web = (DEPLOY / "systemd" / "gp-assistant-web@.service").read_text()
    assert "--port %i" in web
    upstream = nginx_block(
        (DEPLOY / "nginx" / "gp-assistant.conf").read_text(), "upstream gp_assistant_web"
    )
    assert set(re.findall(r"server 127\.0\.0\.1:(\d+)", upstream)) == ports


@pytest.mark.parametrize("conf", ["gp-assistant.conf", "compose.conf"])
def test_nginx_passes_the_websocket_upgrade_on_ws(conf):
    text = (DEPLOY / "nginx" / conf).read_text()
    ws = nginx_block(text, "location /ws/")
    assert "proxy_http_version 1.1;" in ws
    assert "proxy_set_header Upgrade $http_upgrade;" in ws
    assert re.search(r"proxy_set_header Connection \$\w+;", ws)
    timeout = re.search(r"proxy_read_timeout (\d+)s;", ws)
    assert timeout and int(timeout.group(1)) >= 3600
    assert "location /static/" in text
    assert "location = /healthz" in text
    readyz = nginx_block(text, "location = /readyz")
    assert "deny all;" in readyz


# --- Metrics: scrape config, the worker's multiprocess directory and port ---------------


def test_k8s_metrics_token_is_a_secret():
    assert "METRICS_TOKEN" in k8s_object("Secret", "gp-assistant-secrets")["stringData"]


@pytest.mark.parametrize("name", ["gp-web", "gp-worker"])
def test_k8s_pods_are_annotated_for_prometheus_on_a_container_port(name):
    template = k8s_object("Deployment", name)["spec"]["template"]
    annotations = template["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/path"] == "/metrics"
    (container,) = template["spec"]["containers"]
    ports = {p["containerPort"] for p in container["ports"]}
    assert int(annotations["prometheus.io/port"]) in ports


def test_k8s_worker_serves_its_pool_metrics_from_a_pod_volume_and_web_does_not():
    worker = k8s_object("Deployment", "gp-worker")["spec"]["template"]
    (container,) = worker["spec"]["containers"]
    env = {e["name"]: e["value"] for e in container["env"]}
    assert env["WORKER_METRICS_PORT"] == worker["metadata"]["annotations"]["prometheus.io/port"]
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    volume = mounts[env["PROMETHEUS_MULTIPROC_DIR"]]
    assert any(v["name"] == volume and "emptyDir" in v for v in worker["spec"]["volumes"])
    (web,) = k8s_object("Deployment", "gp-web")["spec"]["template"]["spec"]["containers"]
    assert "env" not in web  # one process per pod: the default registry, no shared directory
    config = k8s_object("ConfigMap", "gp-assistant-config")["data"]
    assert config["PROMETHEUS_MULTIPROC_DIR"] == "" and config["WORKER_METRICS_PORT"] == ""


def test_k8s_ingress_keeps_metrics_internal():
    restricted = [
        o
        for o in k8s_objects()
        if o["kind"] == "Ingress"
        and any(
            p["path"] == "/metrics" and p["pathType"] == "Exact"
            for rule in o["spec"]["rules"]
            for p in rule["http"]["paths"]
        )
    ]
    assert len(restricted) == 1
    ranges = restricted[0]["metadata"]["annotations"][
        "nginx.ingress.kubernetes.io/whitelist-source-range"
    ]
    assert "0.0.0.0/0" not in ranges and ranges


def test_compose_worker_writes_metrics_to_a_tmpfs_and_serves_them_on_its_port():
    services = compose()["services"]
    worker = services["worker"]
    assert worker["environment"]["PROMETHEUS_MULTIPROC_DIR"] in worker["tmpfs"]
    assert int(worker["environment"]["WORKER_METRICS_PORT"]) > 0
    assert "ports" not in worker
    for web in ("web1", "web2"):
        assert "PROMETHEUS_MULTIPROC_DIR" not in services[web].get("environment", {})
    entrypoint = (DEPLOY / "docker-entrypoint.sh").read_text()
    worker_role = entrypoint[entrypoint.index("  worker)") : entrypoint.index("  beat)")]
    assert 'find "${PROMETHEUS_MULTIPROC_DIR}" -mindepth 1 -delete' in worker_role


def test_systemd_worker_empties_its_metrics_directory_at_every_start():
    text = (DEPLOY / "systemd" / "gp-assistant-worker.service").read_text()
    start = re.search(r"^ExecStart=(.*)$", text, re.M).group(1)
    directory = re.search(r"PROMETHEUS_MULTIPROC_DIR=(\S+)", start).group(1)
    assert re.search(r"WORKER_METRICS_PORT=\d+", start)
    assert f"RuntimeDirectory={directory.removeprefix('/run/')}" in text
    assert f"ExecStartPre=/usr/bin/find {directory} -mindepth 1 -delete" in text
    web = (DEPLOY / "systemd" / "gp-assistant-web@.service").read_text()
    assert "PROMETHEUS_MULTIPROC_DIR" not in web


@pytest.mark.parametrize("conf", ["gp-assistant.conf", "compose.conf"])
def test_nginx_keeps_metrics_internal(conf):
    metrics = nginx_block((DEPLOY / "nginx" / conf).read_text(), "location = /metrics")
    assert "deny all;" in metrics
    assert "allow all;" not in metrics
