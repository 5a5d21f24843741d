"""The kit installed from its wheel, outside the repository: lessons, course init, demo, lab.

The wheel is built from a copy of the repository's files (no network: no build isolation),
installed into a fresh virtual environment under tmp_path without its dependencies, which
come from the project's .venv through a .pth file (its site-packages on sys.path, but not the
.pth files in it, so not the editable kit). Every command runs from a folder outside the
repository, with a home folder of its own.
"""

from __future__ import annotations

import csv
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest
from server_support import Server, free_port, http_get

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
#: What the wheel is built from (the rest of the repository does not go into it).
BUILD_FROM = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "kit",
              "lessons", "assignments", "datasets")
LESSONS = ["00-start-here.ipynb", "01-customer-segments.ipynb", "02-segments-from-data.ipynb",
           "03-customer-profile.ipynb", "04-plan-interviews.ipynb", "05-log-and-learn.ipynb",
           "06-persona-and-canvas.ipynb"]
ASSIGNMENTS = ["01-segments", "02-profile", "03-interview-plan", "04-interview-log"]

pytestmark = pytest.mark.slow


def build_wheel(where: Path) -> Path:
    source = where / "source"
    source.mkdir()
    caches = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints")
    # what running the lessons and trying the course leave in the content folders
    made = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "workbook*", "exports",
                                  "release", "submitted", "autograded", "feedback", "*.db")
    for name in BUILD_FROM:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=caches if name == "kit" else made)
        else:
            shutil.copy(ROOT / name, source / name)
    dist = where / "dist"
    done = subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "--no-index", "-q", "-w", str(dist), "."],
                          cwd=source, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = dist.glob("customer_discovery_kit-*.whl")
    return wheel


def fresh_venv(where: Path, wheel: Path) -> Path:
    """A venv in ``where`` with the wheel installed and the dependencies borrowed from .venv."""
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    done = subprocess.run([str(VENV / "bin" / "python"), "-m", "pip", "--python", str(python),
                           "install", "--no-deps", "--no-index", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"], check=True,
                               capture_output=True, text=True).stdout.strip())
    (site / "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # The dependencies' commands (jupyter, nbgrader, voila, alembic...), as pip would have
    # made them in this venv, and their shared data and config (lab assets, kernels, templates).
    for ep in importlib.metadata.entry_points(group="console_scripts"):
        if ep.dist is not None and ep.dist.name.replace("_", "-") == "customer-discovery-kit":
            continue
        module, _, attr = ep.value.partition(":")
        script = venv / "bin" / ep.name
        script.write_text(f"#!{python}\nimport sys\nfrom {module} import {attr.split('.')[0]}"
                          f"\nsys.exit({attr}())\n")
        script.chmod(0o755)
    for part in ("share/jupyter", "etc/jupyter"):
        (venv / part).parent.mkdir(parents=True, exist_ok=True)
        (venv / part).symlink_to(VENV / part)
    return venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    where = tmp_path_factory.mktemp("wheel")
    # Graded as root, students' notebooks run under other accounts, which must be able to start
    # the kit's Python: the venv goes where everyone can read it (pytest's folder is private).
    shared = Path(tempfile.mkdtemp(prefix="cdkit-wheel-"))
    try:
        shared.chmod(0o755)
        for folder in (where, shared):
            assert not folder.resolve().is_relative_to(ROOT)
        venv = fresh_venv(shared, build_wheel(where))
        home, elsewhere = where / "home", where / "elsewhere"
        home.mkdir()
        elsewhere.mkdir()
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("JUPYTER", "CDKIT", "PYTHON", "VIRTUAL_ENV"))}
        env.update(HOME=str(home), PATH=os.pathsep.join([str(venv / "bin"), "/usr/bin", "/bin"]))
        yield venv, elsewhere, env
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def cdkit(installed, *args, timeout=600, **more_env):
    venv, elsewhere, env = installed
    return subprocess.run([str(venv / "bin" / "cdkit"), *args], cwd=elsewhere,
                          env={**env, **more_env}, capture_output=True, text=True,
                          timeout=timeout)


def test_the_fresh_venv_imports_its_own_copy_of_the_kit(installed):
    venv, elsewhere, env = installed
    out = subprocess.run([str(venv / "bin" / "python"), "-c",
                          "import kit, kit.resources as r; print(kit.__file__); "
                          "print(r.lessons_dir()); print(r.in_clone())"],
                         cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    kit_file, lessons, in_clone = out.stdout.split("\n")[:3]
    assert Path(kit_file).resolve().is_relative_to(venv.resolve()), kit_file
    assert not Path(kit_file).resolve().is_relative_to(ROOT)
    assert Path(lessons).is_relative_to(venv) and Path(lessons).name == "lessons"
    assert in_clone == "False"


def test_lessons_are_copied_out_and_a_full_folder_is_refused(installed):
    elsewhere = installed[1]
    out = cdkit(installed, "lessons", "my-lessons")
    assert out.returncode == 0, out.stderr
    dest = elsewhere / "my-lessons"
    assert sorted(p.name for p in dest.glob("*.ipynb")) == LESSONS
    with (dest / "datasets" / "consumers.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == 2500
    (dest / "workbook.json").write_text("{}", "utf-8")  # the learner's work
    again = cdkit(installed, "lessons", "my-lessons")
    assert again.returncode == 2
    assert "not empty" in again.stderr and "--overwrite" in again.stderr
    replaced = cdkit(installed, "lessons", "my-lessons", "--overwrite")
    assert replaced.returncode == 0, replaced.stderr
    assert (dest / "workbook.json").read_text("utf-8") == "{}"


def test_course_init_from_any_folder(installed):
    elsewhere = installed[1]
    out = cdkit(installed, "course", "init", "my-course")
    assert out.returncode == 0, out.stdout + out.stderr
    course = elsewhere / "my-course"
    assert (course / "nbgrader_config.py").is_file()
    assert (course / "INSTRUCTOR-NOTES.md").is_file()
    for a in ASSIGNMENTS:
        assert (course / "release" / a / f"{a}.ipynb").is_file(), a


def test_demo_grades_a_class_from_any_folder(installed):
    elsewhere = installed[1]
    # The grader hides its home folder from students' notebooks (as root, by mounting an
    # empty folder over it with Python put back): the real home, where Python may live.
    out = cdkit(installed, "demo", "--students", "2", "--out", "demo-class", timeout=1200,
                HOME=os.environ.get("HOME", "/"))
    assert out.returncode == 0, out.stdout + out.stderr
    demo = elsewhere / "demo-class"
    with (demo / "grades.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2
    report = (demo / "report.html").read_text("utf-8")
    assert "<html" in report.lower()


def test_lab_opens_the_learners_copy_not_the_package(installed, tmp_path):
    venv, elsewhere, env = installed
    port, token = free_port(), "cdkit-wheel-token"
    server = Server("cdkit lab", [str(venv / "bin" / "cdkit"), "lab", "--no-browser", "--port",
                                  str(port), f"--IdentityProvider.token={token}"],
                    cwd=elsewhere, env=env, port=port, token=token, log=tmp_path / "lab.log")
    try:
        server.start("/api/contents/00-start-here.ipynb")
        status, body = http_get(server.url("/api/contents/00-start-here.ipynb"))
        notebook = json.loads(body)
        assert "Start here" in "".join(notebook["content"]["cells"][0]["source"])
        status, body = http_get(server.url("/api/contents"))
        served = {item["name"] for item in json.loads(body)["content"]}
        assert set(LESSONS) <= served
        status, page = http_get(server.url("/lab/tree/00-start-here.ipynb"))
        assert status == 200 and "JupyterLab" in page
    finally:
        said = server.log_tail(100_000)
        server.stop()
    copy = Path(env["HOME"]) / "customer-discovery-kit" / "lessons"
    assert sorted(p.name for p in copy.glob("*.ipynb")) == LESSONS
    assert str(copy) in said  # the learner is told where their copy is
    packaged = next(venv.glob("lib/python*/site-packages/kit/content/lessons"))
    assert sorted(p.name for p in packaged.iterdir()) == LESSONS  # nothing written there
