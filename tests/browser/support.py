"""Helpers of the real-browser tests: servers, pages, console errors, screenshots.

Every server listens on 127.0.0.1 on a free port, runs in its own process group and is stopped
by that group at the end. Chromium is Debian's ``/usr/bin/chromium``, driven by Playwright
(sync API) in headless mode with a fresh profile. Nothing is skipped: a missing component is
a failure that says what is missing.

Screenshots of every step go to ``test-artifacts/browser/``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from server_support import Server, free_port  # the servers under test, shared with others

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LESSONS = sorted(p.stem for p in (ROOT / "lessons").glob("[0-9][0-9]-*.ipynb"))
VIEWPORT = {"width": 1280, "height": 900}
#: Generous: the suite shares two cores with the rest of ``make test -n auto``.
SLOW = 120_000  # ms




def jupyter_env(base: Path, *, home: Path | None = None,
                workbook: Path | None = None) -> dict[str, str]:
    """An environment that reads no user configuration: config, runtime, workspaces and
    settings live under ``base``; the venv's bin first on PATH (nbgrader calls alembic)."""
    env = dict(os.environ)
    env.pop("CDKIT_WORKBOOK", None)
    for key in ("JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_WORKSPACES_DIR",
                "JUPYTERLAB_SETTINGS_DIR", "IPYTHONDIR"):
        env.pop(key, None)
    settings = base / "lab-settings"
    notification = settings / "@jupyterlab" / "apputils-extension"
    notification.mkdir(parents=True, exist_ok=True)
    # No "official Jupyter news?" toast over the notebook (the network is closed anyway).
    (notification / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), "utf-8")
    env.update({
        "PATH": os.pathsep.join([str(BIN), env.get("PATH", "")]),
        "JUPYTER_CONFIG_DIR": str(base / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(base / "jupyter-runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(base / "lab-workspaces"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "IPYTHONDIR": str(base / "ipython"),
        "PYTHONUNBUFFERED": "1",
    })
    if home is not None:
        env["HOME"] = str(home)
    if workbook is not None:
        env["CDKIT_WORKBOOK"] = str(workbook)
    return env


def start_lab(root: Path, base: Path, *, env: dict[str, str], name: str = "jupyterlab",
              cwd: Path | None = None) -> Server:
    """JupyterLab on a free loopback port, serving ``root``, with a token."""
    port, token = free_port(), secrets.token_hex(16)
    command = [str(BIN / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
               f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
               "--LabApp.news_url=None",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI often run as root
        command.append("--allow-root")
    server = Server(name, command, cwd=cwd or root, env=env, port=port, token=token,
                    log=base / f"{name}.log")
    return server.start("/api/status")


def copy_lessons(dest: Path) -> Path:
    """A temporary copy of the repository's lessons (datasets are found through kit.data)."""
    shutil.copytree(ROOT / "lessons", dest, ignore=shutil.ignore_patterns(
        "workbook*", ".ipynb_checkpoints", "exports", ".workbook*"))
    return dest


@contextlib.contextmanager
def lessons_lab(browser_context: Any, base: Path, workbook: Any = None):
    """A real JupyterLab over a copy of lessons/ whose learner's workbook is
    ``base/workbook.json`` (``workbook``: a Workbook to start from; else none yet), open in
    the browser; ``lab.workbook`` is the file. Closed and stopped on leaving."""
    lessons = copy_lessons(base / "lessons")
    path = base / "workbook.json"
    if workbook is not None:
        from kit.workbook import WorkbookStore

        WorkbookStore(path).save(workbook, keep_backup=False)
    server = start_lab(lessons, base, env=jupyter_env(base, workbook=path))
    lab = Lab(browser_context, server)
    lab.workbook = path
    try:
        yield lab
    finally:
        lab.close()
        server.stop()


def commit(box: Any, text: str, key: str = "Enter") -> None:
    """Type into a text box and commit it as a learner does (Enter, or Tab to leave it)."""
    box.click()
    box.fill(text)
    box.press(key)


def wait_for_file(path: Path, check: Callable[[Any], bool], *, timeout: float = 60,
                  what: str = "the workbook") -> Any:
    """Wait until the workbook file changes into a state where ``check(workbook)`` holds;
    return that workbook. The file is read again only when it changed on disk (its inode,
    size or modification time: every save is an ``os.replace``); between looks this waits
    50 ms, the one poll the browser tests keep, for there is no page event for a file."""
    from kit.errors import KitError
    from kit.workbook import WorkbookStore

    deadline, last, error, seen = time.monotonic() + timeout, None, None, None
    while True:
        try:
            st = path.stat()
            stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
        except FileNotFoundError:
            stamp = None
        if stamp is not None and stamp != seen:
            try:
                last = WorkbookStore(path).read(path)
                seen = stamp
                if check(last):
                    return last
            except KitError as err:  # caught mid-replace: read it again
                error = err
        if time.monotonic() >= deadline:
            break
        time.sleep(0.05)
    raise AssertionError(f"{what} at {path} never reached the expected state in {timeout} s; "
                         f"last read: {last.to_dict() if last else error}")


# Console noise that is not ours: the closed network, the favicon, and messages JupyterLab
# prints at the "error" level about optional services it cannot reach.
_NOISE = [
    re.compile(r"favicon", re.I),
    re.compile(r"net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|CONNECTION_REFUSED|"
               r"ADDRESS_UNREACHABLE|NETWORK_ACCESS_DENIED|PROXY)", re.I),
]


class Console:
    """Console messages and uncaught page errors, kept per page."""

    def __init__(self, page: Any, base: str):
        self.base = base
        self.messages: list[tuple[str, str, str]] = []  # (type, text, url)
        page.on("console", self._on_console)
        page.on("pageerror", lambda err: self.messages.append(("pageerror", str(err), "")))

    def _on_console(self, msg: Any) -> None:
        url = (msg.location or {}).get("url", "") if hasattr(msg, "location") else ""
        self.messages.append((msg.type, msg.text, url))

    def errors(self) -> list[str]:
        """Errors that are ours: anything at the error level, or uncaught, except noise from
        the closed network (resources outside our server) and the favicon."""
        out = []
        for kind, text, url in self.messages:
            if kind not in ("error", "pageerror"):
                continue
            if any(p.search(text) or p.search(url) for p in _NOISE):
                continue
            if text.startswith("Failed to load resource") and url and \
                    not url.startswith(self.base):
                continue
            out.append(f"[{kind}] {text} {url}".strip())
        return out

    def clear(self) -> None:
        self.messages.clear()


def shot(page: Any, name: str, *, locator: Any = None, full_page: bool = False) -> Path:
    """A screenshot in test-artifacts/browser/ (a whole page, or one element)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    if locator is not None:
        locator.screenshot(path=str(path), animations="disabled")
    else:
        page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    return path


# --------------------------------------------------------------------------- JupyterLab pages

_ALL_RUN = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""

_RUN_STOPPED = """() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return false;
  const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
  return prompts.some(p => /\\[\\d+\\]/.test(p.textContent))
      && !prompts.some(p => p.textContent.includes('*'));
}"""

_DIALOG_OR_CLOSED = """() => !!document.querySelector('.jp-Dialog')
    || !document.querySelector('.jp-NotebookPanel')"""

_STATUS = re.compile(r"\|\s*(Idle|Busy|Starting|Connecting|Restarting|Unknown|Dead|"
                     r"No Kernel|Initializing)\b")

# The kernel's status as the status bar shows it ("Python 3 (ipykernel) | Idle"), in the page.
_STATUS_JS = f"""const kernelStatus = () => {{
  const re = new RegExp({json.dumps(_STATUS.pattern)});
  for (const el of document.querySelectorAll('.jp-StatusBar-Widget')) {{
    const m = re.exec(el.innerText);
    if (m) return m[1];
  }}
  return '';
}};"""

_KERNEL_IDLE = "() => { " + _STATUS_JS + " return kernelStatus() === 'Idle'; }"

_KERNEL_QUIET = "(quiet) => { " + _STATUS_JS + """
  if (kernelStatus() !== 'Idle') { window.__cdkitIdleSince = null; return false; }
  const now = performance.now();
  window.__cdkitIdleSince = window.__cdkitIdleSince ?? now;
  return now - window.__cdkitIdleSince >= quiet;
}"""

#: Widgets drawn under ``scope`` (a CSS selector), none of them still "Loading widget".
WIDGETS_DRAWN = """(scope) => {
  const all = [...document.querySelectorAll(scope + ' .jupyter-widgets')];
  return all.length > 0 && !all.some(w => w.textContent.includes('Loading widget'));
}"""

class Lab:
    """One JupyterLab page driven like a learner: menus, buttons, keyboard."""

    def __init__(self, context: Any, server: Server):
        self.server = server
        self.page = context.new_page()
        self.console = Console(self.page, server.base)

    # -- opening and running
    def open(self, path: str) -> Lab:
        """Open a notebook: by its URL the first time, then as a learner does, by a double
        click in the file browser (no reload of JupyterLab for every lesson)."""
        name = path.rsplit("/", 1)[-1]
        item = self.page.locator(".jp-DirListing-itemText").filter(
            has_text=re.compile(rf"^{re.escape(name)}$"))
        if "/" not in path and self.page.url.startswith(self.server.base + "/lab") \
                and item.count():
            item.first.dblclick()
        else:
            self.page.goto(self.server.url(f"/lab/tree/{path}"), wait_until="domcontentloaded")
        self.page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current").filter(
            has_text=name).wait_for(timeout=SLOW)
        self.notebook.locator(".jp-Cell").first.wait_for(timeout=SLOW)
        launcher = self.page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab", has_text="Launcher")
        if launcher.count():  # JupyterLab opens one when the last tab closes
            launcher.first.locator(".lm-TabBar-tabCloseIcon").click()
        self.wait_kernel_idle()
        return self

    @property
    def notebook(self) -> Any:
        return self.page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)")

    def close_all(self, kernel_of: str | None = None) -> None:
        """File → Close All Tabs (discarding unsaved outputs), then shut the kernels down (only
        the kernel of the notebook ``kernel_of``, if given)."""
        self.menu("File", "Close All Tabs")
        dialog = self.page.locator(".jp-Dialog")
        while True:  # one "Save your work?" per changed notebook, until no notebook is left
            self.page.wait_for_function(_DIALOG_OR_CLOSED, timeout=SLOW)
            if not dialog.count():
                break
            dialog.locator("button", has_text=re.compile(r"^Discard")).click()
            dialog.wait_for(state="detached")
        self.server.shutdown_kernels(kernel_of)
        self.console.clear()

    def kernel_status(self) -> str:
        texts = self.page.locator(".jp-StatusBar-Widget").all_inner_texts()
        for text in texts:
            m = _STATUS.search(text)
            if m:
                return m.group(1)
        return ""

    def wait_kernel_idle(self, timeout: float = SLOW / 1000) -> None:
        try:
            self.page.wait_for_function(_KERNEL_IDLE, timeout=timeout * 1000)
        except PlaywrightTimeout:
            shot(self.page, "FAILED-kernel-not-idle")
            raise AssertionError(f"The kernel did not become idle (status: "
                                 f"{self.kernel_status()!r})\n{self.server.log_tail()}") from None

    def settle(self, quiet: float = 0.25, timeout: float = 30) -> None:
        """Wait until the kernel has been idle for ``quiet`` seconds: every edit so far has
        reached the kernel (ipywidgets holds back a model's next update while the kernel is
        busy with its previous one, but sends button clicks at once). Watched in the page,
        at every frame, so a short busy spell in between is seen."""
        self.page.evaluate("() => { window.__cdkitIdleSince = null; }")
        try:
            self.page.wait_for_function(_KERNEL_QUIET, arg=quiet * 1000, polling="raf",
                                        timeout=timeout * 1000)
        except PlaywrightTimeout:
            raise AssertionError(f"the kernel stayed busy for {timeout} s") from None

    def menu(self, top: str, item: str) -> None:
        self.page.get_by_role("menuitem", name=top, exact=True).click()
        self.page.locator(".lm-Menu-item").filter(
            has=self.page.locator(".lm-Menu-itemLabel", has_text=re.compile(
                rf"^{re.escape(item)}$"))).first.click()

    def run_all(self, *, stops_at_error: bool = False) -> None:
        """Edit → Clear Outputs of All Cells, then Run → Run All Cells; wait until every code
        cell has run (or, with ``stops_at_error``, until the run stopped at a failing cell),
        the kernel is idle and the widgets are drawn."""
        self.menu("Edit", "Clear Outputs of All Cells")
        self.menu("Run", "Run All Cells")
        try:
            self.page.wait_for_function(_RUN_STOPPED if stops_at_error else _ALL_RUN,
                                        timeout=SLOW)
        except Exception:
            shot(self.page, "FAILED-run-all")
            raise
        self.wait_kernel_idle()
        self.wait_widgets()

    def restart_kernel(self) -> None:
        """Kernel → Restart Kernel…, confirmed in the dialog."""
        self.menu("Kernel", "Restart Kernel…")
        self.page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
        self.page.locator(".jp-Dialog").wait_for(state="detached")
        self.wait_kernel_idle()

    def reload(self) -> None:
        self.page.reload(wait_until="domcontentloaded")
        self.page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=SLOW)
        self.wait_kernel_idle()

    def save(self) -> None:
        """File → Save Notebook, and wait until the tab no longer shows unsaved changes."""
        self.menu("File", "Save Notebook")
        self.page.wait_for_function("""() => {
          const tab = document.querySelector('.lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current');
          return tab && !tab.classList.contains('jp-mod-dirty');
        }""", timeout=SLOW)

    # -- looking at outputs
    def cell(self, source: str) -> Any:
        """The code cell whose source contains ``source`` (first match)."""
        return self.notebook.locator(".jp-CodeCell").filter(
            has=self.page.locator(".jp-InputArea-editor", has_text=source)).first

    def output(self, source: str) -> Any:
        return self.cell(source).locator(".jp-OutputArea")

    def widgets(self) -> Any:
        return self.page.locator(".jp-OutputArea-output .jupyter-widgets")

    def wait_widgets(self, timeout: float = 30) -> int:
        """Wait until widgets are drawn and none still says "Loading widget"; how many."""
        with contextlib.suppress(PlaywrightTimeout):  # the callers assert on the count
            self.page.wait_for_function(WIDGETS_DRAWN, arg=".jp-OutputArea-output",
                                        timeout=timeout * 1000)
        return self.widgets().count()

    def problems(self) -> list[str]:
        """What a learner must never see: widget errors, tracebacks, error outputs."""
        found = []
        page = self.page
        n = page.get_by_text("Error displaying widget").count()
        if n:
            found.append(f"{n} x 'Error displaying widget'")
        for text in page.locator(
                '.jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]'
        ).all_text_contents():
            found.append(f"stderr output: {text[:1500]}")
        for text in page.locator(".jp-OutputArea-output.jp-mod-error, "
                                 ".jp-OutputArea-child .jp-mod-error").all_text_contents():
            found.append(f"error output: {text[:1500]}")
        return found

    def log_console_text(self) -> str:
        """Messages the kernel sent outside any output (widget callback errors land here)."""
        self.menu("View", "Show Log Console")
        panel = self.page.locator(".jp-LogConsolePanel").first
        panel.wait_for()
        # its list, or the "No log messages." placeholder, once the logger is bound
        panel.locator(".jp-OutputArea, .jp-LogConsoleListPlaceholder").first.wait_for()
        text = panel.inner_text()
        self.menu("View", "Show Log Console")  # toggle it away again
        return text

    def close(self) -> None:
        self.page.close()


