"""`make lab` serves JupyterLab on lesson 00 (started on a free loopback port, then stopped)."""

from __future__ import annotations

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

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""


@pytest.mark.slow
def test_make_lab_serves_lesson_00():
    port, token = free_port(), "cdkit-test-token"
    args = f"--port {port} --no-browser --IdentityProvider.token={token}"
    server = subprocess.Popen(["make", "-s", "-C", str(ROOT), "lab", f"LAB_ARGS={args}"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              start_new_session=True, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        status = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status, page = get(f"{base}/lab/tree/00-start-here.ipynb?token={token}")
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.5)
        log = "" if server.poll() is None else server.stdout.read()[-3000:]
        assert status == 200, f"JupyterLab did not answer on {base}:\n{log}"
        assert "JupyterLab" in page
        status, body = get(f"{base}/api/contents/00-start-here.ipynb?token={token}")
        assert status == 200
        notebook = json.loads(body)
        assert notebook["type"] == "notebook"
        assert "Start here" in "".join(notebook["content"]["cells"][0]["source"])
        # Loopback only by default: nothing answers on the machine's other addresses.
        other = socket.gethostbyname(socket.gethostname())
        if not other.startswith("127."):
            with pytest.raises(OSError), socket.create_connection((other, port), timeout=2):
                pass
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        server.stdout.close()
