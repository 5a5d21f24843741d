"""JupyterHub for one Customer Discovery course: students, instructors and nbgrader's exchange.

    jupyterhub -f deploy/jupyterhub/jupyterhub_config.py

What it sets up (every value comes from an environment variable, listed in README.md here):

- two groups, ``students`` and ``instructors`` (initial members from ``CDKIT_HUB_STUDENTS`` and
  ``CDKIT_HUB_INSTRUCTORS``; later, add people through the admin page or the REST API);
- nbgrader's exchange: a folder shared by everybody (``CDKIT_EXCHANGE``), and the course id
  students fetch from (``CDKIT_COURSE_ID``);
- the formgrader as a hub-managed service: a Jupyter server started by the hub in the course
  directory (``CDKIT_COURSE_DIR``), at ``/services/<course id>/formgrader``, open to the
  ``instructors`` group only (an RBAC role with ``access:services!service=<course id>``);
- nbgrader's extensions per role: students get the Assignments tab and Validate only (the
  formgrader, course list and create-assignment extensions are switched off in their servers
  through ``JUPYTER_CONFIG_PATH``, see ``roles/``); instructors get everything;
- configurable-http-proxy from the repository's ``node_modules/.bin`` (or ``CDKIT_HUB_PROXY``);
- everything listening on ``CDKIT_HUB_IP`` (default ``127.0.0.1``).

Authentication and spawning: ``CDKIT_HUB_AUTHENTICATOR`` is ``pam`` (the default: system
accounts) or any JupyterHub authenticator (``dummy`` for a demo or a test, never in
production; ``generic-oauth`` or ``ltiauthenticator.lti13.authenticator.LTI13Authenticator``
for a campus single sign-on or an LMS: see README.md). ``CDKIT_HUB_SPAWNER`` is ``localprocess``
(the default: each user's server runs as their own system account) or ``simple``
(``SimpleLocalProcessSpawner``: every server runs as the hub's user, in
``CDKIT_HUB_HOMES/<name>``; for a demo or a test only, there is no isolation between users).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821  (provided by JupyterHub when it reads this file)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ROLES = HERE / "roles"


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


def names(variable: str) -> list[str]:
    return [n.strip() for n in env(variable).split(",") if n.strip()]


IP = env("CDKIT_HUB_IP", "127.0.0.1")
PORT = int(env("CDKIT_HUB_PORT", "8000"))  # the public address: the proxy
HUB_PORT = int(env("CDKIT_HUB_API_PORT", "8081"))  # the hub itself, behind the proxy
PROXY_API_PORT = int(env("CDKIT_HUB_PROXY_API_PORT", "8001"))
DATA = Path(env("CDKIT_HUB_DATA", "/srv/jupyterhub"))  # sqlite database, cookie secret, pid
BIN = Path(env("CDKIT_HUB_BIN", str(Path(sys.executable).parent)))  # jupyterhub-singleuser...
COURSE_ID = env("CDKIT_COURSE_ID", "customer-discovery")
COURSE_DIR = Path(env("CDKIT_COURSE_DIR", f"/srv/nbgrader/{COURSE_ID}"))
EXCHANGE = Path(env("CDKIT_EXCHANGE", "/srv/nbgrader/exchange"))
FORMGRADER_PORT = int(env("CDKIT_FORMGRADER_PORT", "9999"))
GRADER_USER = env("CDKIT_HUB_GRADER_USER")  # system user the formgrader runs as (optional)
SPAWNER = env("CDKIT_HUB_SPAWNER", "localprocess")
AUTHENTICATOR = env("CDKIT_HUB_AUTHENTICATOR", "pam")
TIMEOUT = int(env("CDKIT_HUB_SPAWN_TIMEOUT", "120"))
AS_ROOT = os.geteuid() == 0

DATA.mkdir(parents=True, exist_ok=True)

# -- where things listen ------------------------------------------------------------------------
c.JupyterHub.bind_url = f"http://{IP}:{PORT}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{HUB_PORT}"
c.JupyterHub.db_url = f"sqlite:///{DATA / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(DATA / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(DATA / "jupyterhub.pid")
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{PROXY_API_PORT}"
c.ConfigurableHTTPProxy.pid_file = str(DATA / "jupyterhub-proxy.pid")
_proxy = REPO / "node_modules" / ".bin" / "configurable-http-proxy"
c.ConfigurableHTTPProxy.command = [env("CDKIT_HUB_PROXY",
                                       str(_proxy) if _proxy.exists() else
                                       "configurable-http-proxy")]
c.JupyterHub.cleanup_servers = True  # stopping the hub stops the users' servers too
c.JupyterHub.cleanup_proxy = True

# -- who gets in ----------------------------------------------------------------------------
c.JupyterHub.authenticator_class = AUTHENTICATOR
if AUTHENTICATOR == "dummy":
    # Any name, one shared password: demos and tests only.
    c.DummyAuthenticator.password = env("CDKIT_HUB_DUMMY_PASSWORD") or None
STUDENTS, INSTRUCTORS = names("CDKIT_HUB_STUDENTS"), names("CDKIT_HUB_INSTRUCTORS")
# The roster: people in the groups below, and anyone an admin adds later (admin page, REST API).
c.Authenticator.allowed_users = set(STUDENTS + INSTRUCTORS)
c.Authenticator.allow_existing_users = True
c.Authenticator.admin_users = set(names("CDKIT_HUB_ADMINS"))
c.JupyterHub.load_groups = {
    "students": {"users": STUDENTS},
    "instructors": {"users": INSTRUCTORS},
}

# -- the users' servers ---------------------------------------------------------------------
if SPAWNER == "simple":
    c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
    c.SimpleLocalProcessSpawner.home_dir_template = str(
        Path(env("CDKIT_HUB_HOMES", str(DATA / "homes"))) / "{username}")
    if AS_ROOT:  # every server runs as the hub's user; Jupyter refuses root unless told
        c.Spawner.args = ["--ServerApp.allow_root=True"]
else:
    c.JupyterHub.spawner_class = "localprocess"  # one system account per user
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.ip = "127.0.0.1"
c.Spawner.default_url = "/lab"
c.Spawner.http_timeout = TIMEOUT
c.Spawner.start_timeout = TIMEOUT


def course_environment(role: str) -> dict[str, str]:
    """What a server needs to find the course: nbgrader's settings and the role's extensions."""
    return {
        "JUPYTER_CONFIG_PATH": str(ROLES / role),
        "CDKIT_COURSE_ID": COURSE_ID,
        "CDKIT_COURSE_DIR": str(COURSE_DIR),
        "CDKIT_EXCHANGE": str(EXCHANGE),
        "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "/usr/bin:/bin")]),
    }


def role_of(user) -> str:
    """``instructor`` for members of the instructors group, else ``student``."""
    groups = {group.name for group in user.groups}
    return "instructor" if "instructors" in groups else "student"


def pre_spawn_hook(spawner) -> None:
    """Each server gets its role's nbgrader extensions and the course's settings."""
    spawner.environment.update(course_environment(role_of(spawner.user)))


c.Spawner.pre_spawn_hook = pre_spawn_hook

# -- the formgrader: a hub-managed service for the instructors group ---------------------------
formgrader = {
    "name": COURSE_ID,
    "url": f"http://127.0.0.1:{FORMGRADER_PORT}",
    "command": [str(BIN / "jupyterhub-singleuser"), f"--ServerApp.root_dir={COURSE_DIR}",
                "--ServerApp.default_url=/formgrader"],
    "cwd": str(COURSE_DIR),
    "environment": course_environment("instructor"),
    "oauth_no_confirm": True,
}
if GRADER_USER:
    formgrader["user"] = GRADER_USER
elif AS_ROOT:
    formgrader["command"].append("--ServerApp.allow_root=True")
c.JupyterHub.services = [formgrader]
c.JupyterHub.load_roles = [
    {
        "name": "course-instructors",
        "description": f"Instructors of {COURSE_ID}: the formgrader service",
        "groups": ["instructors"],
        "scopes": [f"access:services!service={COURSE_ID}",
                   f"read:services!service={COURSE_ID}"],
    },
]

# -- automation: a service token for roster sync and scripts (optional) ------------------------
if env("CDKIT_HUB_ADMIN_TOKEN"):
    c.JupyterHub.services.append({"name": "cdkit-admin", "api_token": env("CDKIT_HUB_ADMIN_TOKEN")})
    c.JupyterHub.load_roles.append({
        "name": "cdkit-roster",
        "description": "Manage the course's users, groups, servers and tokens",
        "services": ["cdkit-admin"],
        "scopes": ["admin:users", "admin:groups", "admin:servers", "tokens",
                   "access:servers", "list:services", "read:services"],
    })

# -- site settings: secrets and the real authenticator's options, kept out of this file ---------
if env("CDKIT_HUB_EXTRA_CONFIG"):
    load_subconfig(env("CDKIT_HUB_EXTRA_CONFIG"))  # noqa: F821  (provided by traitlets)
