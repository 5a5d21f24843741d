"""`make lab` serves JupyterLab on lesson 00 (started on a free loopback port, then stopped)."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from server_support import Server, free_port, http_get

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_make_lab_serves_lesson_00(tmp_path):
    port, token = free_port(), "cdkit-test-token"
    args = f"--port {port} --no-browser --IdentityProvider.token={token}"
    server = Server("make lab", ["make", "-s", "-C", str(ROOT), "lab", f"LAB_ARGS={args}"],
                    cwd=ROOT, env=dict(os.environ), port=port, token=token,
                    log=tmp_path / "lab.log")
    try:
        server.start("/lab/tree/00-start-here.ipynb")
        status, page = http_get(server.url("/lab/tree/00-start-here.ipynb"))
        assert status == 200 and "JupyterLab" in page
        status, body = http_get(server.url("/api/contents/00-start-here.ipynb"))
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
        server.stop()
