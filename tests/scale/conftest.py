"""Real servers for the scale tests: PostgreSQL, a Dask cluster and JupyterHub.

Each fixture starts real processes from this machine's binaries (PostgreSQL's ``initdb`` and
``pg_ctl``, the venv's ``dask`` and ``jupyterhub``, the repository's configurable-http-proxy),
on 127.0.0.1 and free ports, in temporary folders, and stops them at teardown by the process
ids it started. Nothing is skipped: a component that cannot start fails the test, with its log.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from server_support import alive, free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CDKIT = BIN / "cdkit"
HUB_CONFIG = ROOT / "deploy" / "jupyterhub" / "jupyterhub_config.py"
PROXY = ROOT / "node_modules" / ".bin" / "configurable-http-proxy"
PG_SYSTEM_USER = "cdkit-pg"  # PostgreSQL refuses to run as root
A = "01-segments"


# -- processes ------------------------------------------------------------------------------------


def base_env(**extra: str) -> dict[str, str]:
    """This environment with the venv's bin first on PATH (nbgrader calls tools found there)."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", **extra}
    env.pop("CDKIT_WORKBOOK", None)
    return env


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return f"({path} could not be read)"


def wait_for(check: Callable[[], object], what: str, timeout: float, log: Path | None = None,
             proc: subprocess.Popen | None = None, every: float = 0.25):
    """Call ``check`` until it returns something true; fail loudly with the log otherwise."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"{what}: the process exited with {proc.returncode}.\n"
                        + (tail(log) if log else ""), pytrace=False)
        try:
            result = check()
        except Exception as err:  # not up yet
            last = err
        else:
            if result:
                return result
        time.sleep(every)
    pytest.fail(f"{what}: not ready after {timeout:.0f} s (last error: {last!r}).\n"
                + (tail(log) if log else ""), pytrace=False)


def start(command: list[str], log: Path, *, env: dict[str, str] | None = None,
          cwd: Path | None = None, **popen) -> subprocess.Popen:
    """Start a server in its own session, its output in ``log``."""
    handle = log.open("ab")
    try:
        return subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=env or base_env(), cwd=cwd,
                                start_new_session=True, **popen)
    finally:
        handle.close()


def stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """SIGTERM the process we started (by its id), then SIGKILL its process group if needed."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # its own session: pgid == pid
            proc.wait(10)
    with contextlib.suppress(ProcessLookupError):  # leftovers of its group (worker children)
        os.killpg(proc.pid, signal.SIGKILL)


def stop_all(procs: list[subprocess.Popen], timeout: float = 20) -> None:
    """:func:`stop` several processes, asking them all to stop first."""
    for proc in procs:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for proc in procs:
        stop(proc, timeout=max(1.0, deadline - time.monotonic()))


def descendants(pid: int) -> list[int]:
    """Process ids whose parent chain leads to ``pid`` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def cdkit(*args: str, cwd: Path | None = None, timeout: float = 600,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The real ``cdkit`` command line; fails the test with its output when it fails."""
    result = subprocess.run([str(CDKIT), *args], cwd=cwd, env=env or base_env(),
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        pytest.fail(f"cdkit {' '.join(args)} exited with {result.returncode}:\n"
                    f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}", pytrace=False)
    return result


def nbgrader(*args: str, cwd: Path, env: dict[str, str] | None = None
             ) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BIN / "nbgrader"), *args], cwd=cwd, env=env or base_env(),
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.fail(f"nbgrader {' '.join(args)} exited with {result.returncode}:\n"
                    f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}", pytrace=False)
    return result


def as_student(action: str, course: Path, student: str, home: Path,
               assignment: str = A) -> None:
    """``fetch`` or ``submit`` ``assignment`` in ``home`` as ``student``, with nbgrader's own
    exchange classes (what ``nbgrader fetch_assignment`` and ``nbgrader submit`` run, without
    paying nbgrader's start-up for every student)."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeSubmit

    from kit.course.directory import Course

    config = Course(course).config
    config.Exchange.cache = str(home / ".nbgrader-cache")  # not in our own home
    coursedir = CourseDirectory(config=config, root=str(course))
    coursedir.assignment_id, coursedir.student_id = assignment, student
    app_class = {"fetch": ExchangeFetchAssignment, "submit": ExchangeSubmit}[action]
    app = app_class(coursedir=coursedir, authenticator=Authenticator(config=config),
                    config=config)
    app.assignment_dir = str(home)
    app.start()


# -- what a gradebook holds -----------------------------------------------------------------------

CELL_SCORES = """
    SELECT sa.student_id, bc.name, g.auto_score, g.manual_score, g.needs_manual_grade
    FROM grade g
    JOIN submitted_notebook sn ON g.notebook_id = sn.id
    JOIN submitted_assignment sa ON sn.assignment_id = sa.id
    JOIN assignment a ON sa.assignment_id = a.id
    JOIN base_cell bc ON g.cell_id = bc.id
    WHERE a.name = :assignment
"""


def cell_scores(db_url: str, assignment: str = A) -> dict[str, dict[str, tuple]]:
    """student -> grade_id -> (auto_score, manual_score, needs_manual_grade), any database."""
    import sqlalchemy as sa

    engine = sa.create_engine(db_url.split("?")[0])
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(CELL_SCORES), {"assignment": assignment}).all()
    finally:
        engine.dispose()
    scores: dict[str, dict[str, tuple]] = {}
    for student, cell, auto, manual, needs in rows:
        scores.setdefault(student, {})[cell] = (auto, manual, bool(needs))
    return scores


def copy_course(source: Path, dest: Path, db_url: str | None = None) -> Path:
    """An identical course with its own gradebook and exchange (their places are in the
    config): a copy of the SQLite file, or ``db_url`` (a copy of the source's database)."""
    from kit.course.directory import Course

    old_url = Course(source).db_url
    shutil.copytree(source, dest, symlinks=True)
    config = dest / "nbgrader_config.py"
    text = config.read_text("utf-8")
    if db_url:
        text = text.replace(repr(old_url), repr(db_url))
    config.write_text(text.replace(str(source), str(dest)), "utf-8")
    assert str(source) not in config.read_text("utf-8")
    assert Course(dest).db_url == (db_url or old_url.replace(str(source), str(dest)))
    return dest


# -- PostgreSQL -----------------------------------------------------------------------------------


def postgres_account() -> pwd.struct_passwd:
    """The system account PostgreSQL runs as: ``cdkit-pg`` when we are root, else ourselves."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(PG_SYSTEM_USER)
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    made = subprocess.run([useradd, "--system", "--user-group", "--no-create-home",
                           "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin",
                           "--comment", "PostgreSQL for the kit's tests", PG_SYSTEM_USER],
                          capture_output=True, text=True)
    try:  # another test process may have made it at the same moment
        return pwd.getpwnam(PG_SYSTEM_USER)
    except KeyError:
        pytest.fail(f"PostgreSQL refuses to run as root and the system user {PG_SYSTEM_USER} "
                    f"could not be created ({made.stderr.strip()}). Run scripts/system-deps.sh "
                    "as root.", pytrace=False)


def postgres_binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(Path("/usr/lib/postgresql").glob(
        f"*/bin/{name}"), reverse=True)), None)
    if not found:
        pytest.fail(f"PostgreSQL's {name} was not found (PATH, /usr/lib/postgresql/*/bin). "
                    "Install it: scripts/system-deps.sh (apt-get install postgresql).",
                    pytrace=False)
    return str(found)


@dataclass
class Postgres:
    folder: Path
    port: int
    superuser_password: str
    host: str = "127.0.0.1"
    made: list[str] = field(default_factory=list)

    def connect(self, dbname: str = "postgres", user: str = "postgres",
                password: str | None = None):
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, dbname=dbname, user=user,
                               password=password or self.superuser_password, autocommit=True,
                               connect_timeout=10)

    def new_database(self, name: str) -> tuple[str, dict]:
        """A database owned by a new password role: its SQLAlchemy URL and psycopg options."""
        from psycopg import sql

        password = secrets.token_urlsafe(12)
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(name)))
        self.made.append(name)
        options = {"host": self.host, "port": self.port, "dbname": name, "user": name,
                   "password": password}
        url = f"postgresql+psycopg://{name}:{password}@{self.host}:{self.port}/{name}"
        return url, options


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A real PostgreSQL server as a non-root system user, on 127.0.0.1 and a free port."""
    account = postgres_account()
    initdb, pg_ctl = postgres_binary("initdb"), postgres_binary("pg_ctl")
    folder = Path(tempfile.mkdtemp(prefix="cdkit-pg-"))
    os.chown(folder, account.pw_uid, account.pw_gid)
    password = secrets.token_urlsafe(16)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n")
    os.chown(pwfile, account.pw_uid, account.pw_gid)
    as_account = {"cwd": folder, "env": {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8",
                                         "LANG": "C.UTF-8"}}
    if os.geteuid() == 0:
        as_account.update(user=account.pw_uid, group=account.pw_gid, extra_groups=[])
    data, log = folder / "data", folder / "postgres.log"
    port = free_port()
    started = False
    try:
        made = subprocess.run([initdb, "-D", str(data), "-U", "postgres", "-E", "UTF8",
                               "--auth=scram-sha-256", f"--pwfile={pwfile}", "--no-sync"],
                              capture_output=True, text=True, timeout=120, **as_account)
        if made.returncode != 0:
            pytest.fail(f"initdb failed:\n{made.stdout[-2000:]}\n{made.stderr[-2000:]}",
                        pytrace=False)
        options = (f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        run = subprocess.run([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w",
                              "-t", "60", "start"], capture_output=True, text=True, timeout=90,
                             **as_account)
        started = True
        if run.returncode != 0:
            pytest.fail(f"pg_ctl start failed:\n{run.stdout}\n{run.stderr}\n{tail(log)}",
                        pytrace=False)
        server = Postgres(folder, port, password)
        with server.connect() as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == "postgres"
        yield server
    finally:
        if started:
            subprocess.run([pg_ctl, "-D", str(data), "-m", "fast", "-w", "-t", "30", "stop"],
                           capture_output=True, text=True, timeout=60, **as_account)
            pid_file = data / "postmaster.pid"
            if pid_file.exists():  # pg_ctl could not stop it: by its process id
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)


# -- a course whose gradebook is in PostgreSQL, through the whole cycle ---------------------------

KINDS = {"ada": "excellent", "bo": "average", "chen": "weak", "dara": "blank"}


def student_workbook(student: str):
    """The work ``student`` hands in (the demo's kinds of student; ``None``: nothing)."""
    import random

    from kit.course.demo import synthetic_workbook

    return synthetic_workbook(KINDS[student], random.Random(student), student.capitalize())


def expected_cells(student: str, assignment: str = A) -> dict[str, float]:
    """The points each test cell must get: the rubric run on the workbook the student sent."""
    from kit.checks import rubric
    from kit.course.grader import grade_id_for

    wb = student_workbook(student)
    return {grade_id_for(assignment, t.id): float(
                t.points if wb is not None and rubric.run_test(assignment, t.id, wb).passed
                else 0)
            for t in rubric.assignment(assignment).tests}


@pytest.fixture(scope="session")
def pg_course(postgres, tmp_path_factory) -> dict:
    """``cdkit course init --db postgresql+psycopg://...``, release, students fetch and submit
    through the exchange, ``cdkit collect``, ``grade``, ``feedback`` and ``export``."""
    from kit.workbook import WorkbookStore

    base = tmp_path_factory.mktemp("pg-course")
    course, exchange = base / "course", base / "exchange"
    url, options = postgres.new_database("cdkit_cycle")
    out = cdkit("course", "init", str(course), "--db", url, "--exchange", str(exchange))
    assert "Gradebook: postgresql+psycopg://" in out.stdout
    cdkit("release", A, cwd=course)
    for student in KINDS:  # each student fetches, works and submits through the exchange
        home = base / "home" / student
        home.mkdir(parents=True)
        as_student("fetch", course, student, home)
        wb = student_workbook(student)
        if wb is not None:
            WorkbookStore(home / A / "workbook.json").save(wb)
        as_student("submit", course, student, home)
    collected = cdkit("collect", A, cwd=course)
    graded = cdkit("grade", A, "--jobs", "2", cwd=course)
    feedback = cdkit("feedback", A, cwd=course)
    cdkit("export", "--out", str(base / "wide.csv"), cwd=course)
    cdkit("export", "--out", str(base / "long.csv"), "--format", "long", cwd=course)
    return {"course": course, "base": base, "url": url, "options": options,
            "exchange": exchange, "output": collected.stdout + graded.stdout + feedback.stdout}


# -- Dask -----------------------------------------------------------------------------------------


def grade_one_counts(client) -> tuple[int, dict[str, int]]:
    """``grade_one`` tasks the scheduler has seen finish, and how many each worker ran."""
    def on_scheduler(dask_scheduler) -> int:
        prefix = dask_scheduler.task_prefixes.get("grade_one")
        return int(prefix.state_counts["memory"]) if prefix is not None else 0

    def on_worker(dask_worker) -> int:
        return sum(1 for key, start, finish, *_ in dask_worker.state.log
                   if str(key).startswith("grade_one-") and start == "executing"
                   and finish == "memory")

    return client.run_on_scheduler(on_scheduler), client.run(on_worker)


@dataclass
class DaskCluster:
    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen]
    logs: Path

    def client(self):
        from distributed import Client

        return Client(self.address, timeout=30)


@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[DaskCluster]:
    """``dask scheduler`` and two ``dask worker --nworkers 1 --nthreads 1``, real processes."""
    dask = BIN / "dask"
    if not dask.exists():
        pytest.fail(f"{dask} is missing: pip install -e '.[scale]'", pytrace=False)
    folder = Path(tempfile.mkdtemp(prefix="cdkit-dask-"))
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = base_env()
    procs: list[subprocess.Popen] = []
    try:
        scheduler = start([str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                           "--no-dashboard"], folder / "scheduler.log", env=env, cwd=folder)
        procs.append(scheduler)
        wait_for(lambda: socket.create_connection(("127.0.0.1", port), 1).close() or True,
                 "the Dask scheduler", 60, folder / "scheduler.log", scheduler)
        workers = []
        for n in (1, 2):
            (folder / f"worker{n}").mkdir()
            worker = start([str(dask), "worker", address, "--nworkers", "1", "--nthreads", "1",
                            "--name", f"cdkit-worker-{n}", "--host", "127.0.0.1",
                            "--no-dashboard", "--local-directory", str(folder / f"worker{n}")],
                           folder / f"worker{n}.log", env=env, cwd=folder / f"worker{n}")
            procs.append(worker)
            workers.append(worker)
        cluster = DaskCluster(address, scheduler, workers, folder)
        with cluster.client() as client:
            def connected() -> bool:
                for w in workers:
                    if w.poll() is not None:
                        pytest.fail(f"a Dask worker exited with {w.returncode}:\n"
                                    + tail(folder / f"worker{workers.index(w) + 1}.log"),
                                    pytrace=False)
                return len(client.scheduler_info()["workers"]) == 2
            wait_for(connected, "two Dask workers connected", 90, folder / "scheduler.log",
                     scheduler, every=0.5)
        yield cluster
    finally:
        stop_all(procs[1:])  # the workers first, then the scheduler
        stop_all(procs[:1])
        shutil.rmtree(folder, ignore_errors=True)


# -- JupyterHub -----------------------------------------------------------------------------------


@dataclass
class Hub:
    url: str  # the public address (the proxy)
    token: str  # the cdkit-admin service's token
    password: str  # DummyAuthenticator's shared password
    proc: subprocess.Popen
    data: Path
    homes: Path
    course: Path
    exchange: Path
    course_id: str
    log: Path

    def api(self, method: str, path: str, token: str | None = None, **kwargs):
        """The hub's REST API, with ``token`` (the admin service's by default, none if "")."""
        import requests

        token = self.token if token is None else token
        headers = {"Authorization": f"token {token}"} if token else {}
        return requests.request(method, f"{self.url}/hub/api{path}", headers=headers,
                                timeout=60, **kwargs)

    def get(self, path: str, token: str, **kwargs):
        return self.request("GET", path, token, **kwargs)

    def post(self, path: str, token: str, **kwargs):
        return self.request("POST", path, token, **kwargs)

    def put(self, path: str, token: str, **kwargs):
        return self.request("PUT", path, token, **kwargs)

    def request(self, method: str, path: str, token: str, **kwargs):
        """A request to a path behind the proxy (a user's server, a service) with a token."""
        import requests

        return requests.request(method, f"{self.url}{path}", timeout=120,
                                headers={"Authorization": f"token {token}"},
                                allow_redirects=False, **kwargs)


@pytest.fixture(scope="module")
def hub() -> Iterator[Hub]:
    """JupyterHub with deploy/jupyterhub's config, a released course and its exchange.

    DummyAuthenticator, SimpleLocalProcessSpawner (servers in temporary homes), the repository's
    configurable-http-proxy; the hub, the proxy, the formgrader service and the users' servers
    are stopped at teardown (the hub stops its children; any left are killed by process id).
    """
    if not PROXY.exists():
        pytest.fail(f"{PROXY} is missing: run scripts/system-deps.sh", pytrace=False)
    folder = Path(tempfile.mkdtemp(prefix="cdkit-hub-"))
    course_id = "cdkit-hub-101"
    course, exchange = folder / "course", folder / "exchange"
    cdkit("course", "init", str(course), "--exchange", str(exchange), "--course-id", course_id)
    cdkit("release", A, cwd=course)
    data, homes = folder / "hub", folder / "homes"
    data.mkdir()
    homes.mkdir()
    port, token, password = free_port(), secrets.token_hex(24), secrets.token_hex(8)
    env = base_env(
        CDKIT_HUB_IP="127.0.0.1", CDKIT_HUB_PORT=str(port),
        CDKIT_HUB_API_PORT=str(free_port()), CDKIT_HUB_PROXY_API_PORT=str(free_port()),
        CDKIT_FORMGRADER_PORT=str(free_port()), CDKIT_HUB_DATA=str(data),
        CDKIT_HUB_HOMES=str(homes), CDKIT_HUB_SPAWNER="simple",
        CDKIT_HUB_AUTHENTICATOR="dummy", CDKIT_HUB_DUMMY_PASSWORD=password,
        CDKIT_HUB_ADMIN_TOKEN=token, CDKIT_COURSE_ID=course_id, CDKIT_COURSE_DIR=str(course),
        CDKIT_EXCHANGE=str(exchange), CDKIT_HUB_PROXY=str(PROXY),
        CDKIT_HUB_SPAWN_TIMEOUT="300")  # the machine may be busy with other tests
    for name in ("CDKIT_HUB_STUDENTS", "CDKIT_HUB_INSTRUCTORS", "CDKIT_HUB_ADMINS",
                 "JUPYTER_CONFIG_PATH", "JUPYTERHUB_API_TOKEN"):
        env.pop(name, None)
    log = folder / "jupyterhub.log"
    proc = start([str(BIN / "jupyterhub"), "-f", str(HUB_CONFIG)], log, env=env, cwd=data)
    server = Hub(f"http://127.0.0.1:{port}", token, password, proc, data, homes, course,
                 exchange, course_id, log)
    children: set[int] = set()
    try:
        wait_for(lambda: server.api("GET", "/").status_code == 200, "JupyterHub", 240, log,
                 proc, every=0.5)
        yield server
    finally:
        children.update(descendants(proc.pid))
        proxy_pid = data / "jupyterhub-proxy.pid"
        with contextlib.suppress(OSError, ValueError):
            children.add(int(proxy_pid.read_text().strip()))
        stop(proc, timeout=60)  # the hub stops the proxy, the service and the users' servers
        left = [pid for pid in children if alive(pid)]
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)
        if left:
            print(f"JupyterHub left processes running at shutdown, killed: {left}")
