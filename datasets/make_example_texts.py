"""Write ``kit/checks/example_texts.tsv``: the sentences of the lessons' worked examples.

The checks flag work copied from the kit's own worked examples (a lesson's table of jobs, the
hotel managers' pains, the dog owners' example code) and example workbooks (FreshBox and its
two interview logs, Ledgerly, SitterCircle). This script collects those sentences, five words
or more: from the example workbooks (``kit.data.EXAMPLES``), and from ``lessons/*.ipynb`` (the
cells of markdown tables, quoted phrases in the text, the strings of the example code). Each
is tagged with where it comes from: ``example <name>`` or ``lesson <nn>``. The example
workbooks are also the instructor's model answers: ``kit.checks.text.model_answers`` lets
their sentences pass where the model answer itself is checked (the instructor's preview).

    python datasets/make_example_texts.py          # rewrite the file
    python datasets/make_example_texts.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kit" / "checks" / "example_texts.tsv"
MIN_WORDS = 5
_QUOTED = re.compile(r"[*_]?[\"\u201c]([^\"\u201d\n]{12,300})[\"\u201d][*_]?|\*([^*\n]{12,300})\*")


_SENTENCE = re.compile(r"(?<=[.!?])[\"\u201d]?\s+")
_DETAILS = re.compile(r"<details>(.*?)</details>", re.S)


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (after . ! or ?)."""
    return [t.strip(" *_\"\u201c\u201d") for t in _SENTENCE.split(" ".join(text.split()))
            if t.strip()]


def _markdown_texts(source: str) -> Iterator[str]:
    # the worked answers ("One possible answer"), sentence by sentence
    for block in _DETAILS.findall(source):
        block = re.sub(r"<[^>]+>", " ", block)
        for paragraph in re.split(r"\n\s*\n", block):
            yield from sentences(paragraph.lstrip("-*0123456789. "))
    for line in source.splitlines():
        if line.strip().startswith("|") and not set(line.strip()) <= set("|-: "):
            yield from (c.strip(" *_") for c in line.strip().strip("|").split("|"))
        for m in _QUOTED.finditer(line):
            yield (m.group(1) or m.group(2)).strip(" *_.")


def _code_texts(source: str) -> Iterator[str]:
    code = "\n".join(line for line in source.splitlines() if line.lstrip()[:1] not in "%!")
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _example_texts() -> Iterator[tuple[str, str]]:
    """``(source, text)`` of every string in the example workbooks (ids and choices left
    out)."""
    sys.path.insert(0, str(ROOT))
    from kit.data import EXAMPLES

    skip = {"id", "contact", "segment", "item", "kind", "type", "evidence", "status", "origin",
            "importance", "severity", "relevance", "segment_pattern", "date", "picture"}

    def walk(value: object, key: str = "") -> Iterator[str]:
        if isinstance(value, str) and key not in skip:
            yield value
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from walk(v, k)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v, key)

    for name, file in EXAMPLES.items():
        for text in walk(json.loads((ROOT / "datasets" / file).read_text("utf-8"))):
            yield f"example {name}", text


def collect() -> list[tuple[str, str]]:
    """``(source, text)`` rows, sorted, without duplicates."""
    sys.path.insert(0, str(ROOT))
    from kit.checks.text import words

    rows: dict[str, tuple[str, str]] = {}

    def add(source: str, text: str) -> None:
        text = " ".join(text.split())
        key = " ".join(words(text))
        if len(key.split()) >= MIN_WORDS and "\t" not in text:
            rows.setdefault(key, (source, text))

    for source, text in _example_texts():
        add(source, text)
        for sentence in sentences(text):  # a model answer's sentences, one by one
            add(source, sentence)
    for path in sorted((ROOT / "lessons").glob("*.ipynb")):
        notebook = json.loads(path.read_text("utf-8"))
        for cell in notebook["cells"]:
            source = "".join(cell["source"])
            texts = (_markdown_texts(source) if cell["cell_type"] == "markdown"
                     else _code_texts(source))
            for text in texts:
                add(f"lesson {path.stem[:2]}", text)
    return sorted(rows.values())


def render(rows: Sequence[tuple[str, str]]) -> str:
    head = ("# Sentences of the lessons' worked examples, for the copied-work check.\n"
            "# Made by datasets/make_example_texts.py: do not edit by hand.\n")
    return head + "".join(f"{source}\t{text}\n" for source, text in rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render(collect())
    if args.check:
        if not OUT.is_file() or OUT.read_text("utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python "
                  "datasets/make_example_texts.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({text.count(chr(10)) - 2} sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
