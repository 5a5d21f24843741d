"""The map in docs/architecture.md stays true: every module is in a layer, no module imports
from a layer above its own, no module imports another module's private names, and modules stay
small enough to read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KIT = ROOT / "kit"
MAP = ROOT / "docs" / "architecture.md"

#: Modules that are data rather than logic (rule tables, word lists): allowed past the size cap.
DATA_MODULES = {"kit.linter.en", "kit.linter.es"}
MAX_LINES = 420  # "about 400": a module past it wants splitting


def layers() -> dict[str, int]:
    """``module prefix -> layer number`` from the table in docs/architecture.md."""
    found: dict[str, int] = {}
    for line in MAP.read_text("utf-8").splitlines():
        row = re.match(r"\|\s*(\d+)\s[^|]*\|([^|]*)\|", line)
        if row:
            for name in re.findall(r"`([\w.]+)`", row.group(2)):
                found[name] = int(row.group(1))
    return found


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(KIT.rglob("*.py"))}


def layer_of(module: str, table: dict[str, int]) -> int | None:
    """The layer of the longest prefix of ``module`` named in the table."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in table:
            return table[prefix]
    return None


def imports(path: Path, module: str, known: set[str]) -> list[tuple[int, str, list[str]]]:
    """``(line, imported module, names)`` for every import of a kit module (at any depth:
    an import inside a function is a dependency too). ``from kit import checks`` is an import
    of ``kit.checks``."""
    tree = ast.parse(path.read_text("utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, []) for a in node.names if a.name.split(".")[0] == "kit"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "kit":
                continue
            names = [a.name for a in node.names]
            submodules = [n for n in names if f"{target}.{n}" in known]
            out += [(node.lineno, f"{target}.{n}", []) for n in submodules]
            rest = [n for n in names if n not in submodules]
            if rest:
                out.append((node.lineno, target, rest))
    return out


def test_the_map_names_real_modules():
    table, known = layers(), set(modules())
    assert len(set(table.values())) >= 8, "the layer table of docs/architecture.md was not read"
    missing = [name for name in table if name not in known]
    assert not missing, f"docs/architecture.md names modules that do not exist: {missing}"


def test_every_module_is_in_a_layer():
    table = layers()
    unplaced = [m for m in modules() if layer_of(m, table) is None]
    assert not unplaced, (f"these modules are in no layer of docs/architecture.md: {unplaced}; "
                          "add them to the table")


def test_no_module_imports_from_a_layer_above_its_own():
    table, found = layers(), modules()
    known = set(found)
    upward = []
    for module, path in found.items():
        own = layer_of(module, table)
        for line, target, _ in imports(path, module, known):
            theirs = layer_of(target, table)
            if own is not None and theirs is not None and theirs > own:
                upward.append(f"{path.relative_to(ROOT)}:{line} ({module}, layer {own}) imports "
                              f"{target} (layer {theirs})")
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_no_private_names_imported_across_modules():
    found = modules()
    known = set(found)
    private = []
    for module, path in found.items():
        for line, target, names in imports(path, module, known):
            if target == module:
                continue
            for name in names:
                if name.startswith("_") and not name.startswith("__"):
                    private.append(f"{path.relative_to(ROOT)}:{line} imports {name} from {target}")
    assert not private, "private names imported from other modules:\n" + "\n".join(private)


def test_modules_stay_small_enough_to_read():
    long = {m: n for m, p in modules().items()
            if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
            and m not in DATA_MODULES}
    assert not long, f"modules over {MAX_LINES} lines (split them by concern): {long}"


@pytest.mark.parametrize("source, expected", [
    ("from kit import checks\n", "kit.checks"),
    ("from kit.model import Segment\n", "kit.model"),
    ("def f():\n    from kit.course.directory import Course\n", "kit.course.directory"),
])
def test_the_import_reader_sees_each_form(tmp_path, source, expected):
    # The check above is only as good as its reading of imports: each form a module uses.
    path = tmp_path / "probe.py"
    path.write_text(source)
    known = {"kit.checks", "kit.model", "kit.course.directory"}
    assert [t for _, t, _ in imports(path, "kit.probe", known)] == [expected]


def test_an_upward_import_is_caught(tmp_path):
    # A model module importing a widget must be named by the layer check.
    table = layers()
    path = tmp_path / "probe.py"
    path.write_text("from kit.widgets import SegmentBuilder\n")
    targets = [t for _, t, _ in imports(path, "kit.model.probe", {"kit.widgets"})]
    assert targets == ["kit.widgets"]
    assert layer_of("kit.widgets", table) > layer_of("kit.model.probe", table)
