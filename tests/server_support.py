"""Servers under test, shared by the test modules: a free loopback port, plain HTTP, and a
server process in its own process group (started until it answers, stopped by its group).

Every server listens on 127.0.0.1 only. Imported as ``server_support`` (``tests/`` is on the
path, as for ``grading_support``).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

__all__ = ["Server", "alive", "free_port", "http", "http_get", "with_group"]


def alive(pid: int) -> bool:
    """Whether the process ``pid`` runs (a zombie does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is gone for our purposes
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float = 5) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""


def http(method: str, url: str) -> int:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


class Server:
    """A server process in its own process group, with its log in a file."""

    def __init__(self, name: str, command: list[str], *, cwd: Path, env: dict[str, str],
                 port: int, token: str, log: Path):
        self.name, self.command, self.cwd, self.env = name, command, cwd, env
        self.port, self.token, self.log_path = port, token, log
        self.base = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.base}{path}{sep}token={self.token}" if self.token else self.base + path

    def start(self, ready_path: str, timeout: float = 120) -> Server:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w", encoding="utf-8")
        self.process = subprocess.Popen(self.command, cwd=self.cwd, env=self.env, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"{self.name} exited with {self.process.returncode} before it "
                            f"answered:\n{self.log_tail()}")
            try:
                status, _ = http_get(self.url(ready_path), timeout=3)
                if status == 200:
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            # Not yet listening: wait for the process to exit, a fifth of a second at most,
            # then ask again (an exit is seen at once, an answer at the next ask).
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.2)
        self.stop()
        pytest.fail(f"{self.name} did not answer on {self.base}{ready_path} within {timeout} s:"
                    f"\n{self.log_tail()}")

    def log_tail(self, n: int = 4000) -> str:
        try:
            return self.log_path.read_text("utf-8", "replace")[-n:]
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """Stop the whole process group: the server and its kernels."""
        p = self.process
        if p is None:
            return
        if p.poll() is None:
            with_group(p.pid, signal.SIGTERM)
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                with_group(p.pid, signal.SIGKILL)
                p.wait(timeout=10)
        with_group(p.pid, signal.SIGKILL)  # kernels left behind in the group, if any
        self.process = None

    # -- Jupyter server REST API
    def start_session(self, path: str) -> None:
        """Start the kernel of a notebook ahead of time, as JupyterLab does when it opens it
        (the page then joins this session): kernels boot while other lessons are tested."""
        body = json.dumps({"path": path, "name": path, "type": "notebook",
                           "kernel": {"name": "python3"}}).encode()
        request = urllib.request.Request(self.url("/api/sessions"), data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 201, response.status

    def shutdown_kernels(self, path: str | None = None) -> None:
        """Shut down the kernel of ``path``'s session, or of every session (and any kernel
        left without one) when no path is given. One lesson at a time keeps memory low."""
        status, body = http_get(self.url("/api/sessions"))
        if status == 200:
            for session in json.loads(body):
                if path is None or session.get("path") == path:
                    http("DELETE", self.url(f"/api/sessions/{session['id']}"))
        if path is not None:
            return
        status, body = http_get(self.url("/api/kernels"))
        if status == 200:
            for kernel in json.loads(body):
                http("DELETE", self.url(f"/api/kernels/{kernel['id']}"))

    def forget_workspace(self) -> None:
        """Forget the open tabs, so the next page opens only the notebook it asks for."""
        http("DELETE", self.url("/lab/api/workspaces/default"))


def with_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)
