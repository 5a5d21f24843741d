"""The learner's work as files to print or share: Markdown and CSV, no plotting needed.

* :func:`plan_markdown` and :func:`plan_csv`: the interview plan (segment, learning goal,
  problem focus, contacts, question set, and a short checklist for the interview itself).
* :func:`persona_markdown`: the persona with its segment's top jobs, pains and gains.
* :func:`canvas_markdown`: a segment's customer profile as three ranked lists.
* :func:`export_plan` writes ``interview-plan.md`` and ``interview-plan.csv`` into a folder;
  :func:`export_markdown` writes any of the texts above to a file.

Learner text is escaped, so a ``|``, a ``*`` or a line break typed in a widget cannot break a
table or a list; CSV cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
``@`` first) get a leading ``'``. This module uses only the standard library: the picture
versions (PNG, PDF) live in :mod:`kit.plots.persona` and :mod:`kit.plots.canvas`.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from kit.errors import KitError
from kit.model import DESCRIPTOR_FAMILIES, Persona, ProfileItem, Segment, Workbook

__all__ = [
    "CSV_COLUMNS",
    "INTERVIEW_CHECKLIST",
    "canvas_markdown",
    "export_markdown",
    "export_plan",
    "persona_markdown",
    "persona_segment",
    "plan_csv",
    "plan_markdown",
    "top_items",
]

#: Columns of :func:`plan_csv`, in order.
CSV_COLUMNS = ("section", "number", "text", "why", "reach", "status")

#: The "During the interview" checklist printed with the plan.
INTERVIEW_CHECKLIST = (
    "Ask about the past and about specifics (\u201cTell me about the last time\u2026\u201d), "
    "not about what they would do some day.",
    "Don't pitch or describe your idea: you are there to learn about their life, not to sell.",
    "Listen more than you talk; let silences run and ask \u201cWhy was that?\u201d.",
    "Note surprises: jobs, pains and gains you did not expect, in their own words.",
    "Before you leave, ask who else you should talk to, and whether you may follow up.",
)

_HEADINGS = {"job": "Customer jobs", "pain": "Pains", "gain": "Gains"}
_RANKED_BY = {"job": "importance", "pain": "severity", "gain": "relevance"}
_PERSONA_HEADINGS = {"job": "Tries to get done", "pain": "Top pains", "gain": "Top gains"}
_NOT_ADDRESSED = "not addressed by the current offering"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------- persona helpers


def persona_segment(wb: Workbook, persona: Persona | None = None) -> Segment:
    """The segment a persona stands for (by id, or by name); a plain :class:`KitError` if the
    persona names none or one that is not in the workbook."""
    persona = wb.persona if persona is None else persona
    names = ", ".join(f"'{s.name}'" for s in wb.segments) or "none yet"
    key = persona.segment.strip()
    if not key:
        raise KitError("The persona does not say which segment it stands for yet. Choose one, "
                       "for example: wb.persona.segment = wb.segment('<segment name>').id. "
                       f"The workbook has these segments: {names}.")
    for segment in wb.segments:
        if segment.id == key:
            return segment
    for segment in wb.segments:
        if segment.name.strip().lower() == key.lower():
            return segment
    raise KitError(f"The persona stands for a segment ({key!r}) that is not in the workbook "
                   "any more; perhaps it was renamed or removed. Choose one of the workbook's "
                   f"segments: {names}.")


def top_items(segment: Segment, kind: str, n: int = 3) -> list[ProfileItem]:
    """The ``n`` highest-ranked jobs, pains or gains of ``segment`` that interviews have not
    invalidated, in rank order."""
    items = segment.profile.items_of(kind)
    return [i for i in items if i.evidence != "invalidated" and i.text.strip()][:n]


# --------------------------------------------------------------------------- Markdown helpers


_ESCAPE = re.compile(r"([\\`*_\[\]<>|~])")
_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])")


def _md(text: str) -> str:
    """Learner text as one line of Markdown that shows exactly as typed."""
    text = " ".join(str(text).split())
    text = _ESCAPE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), text)


def _escape_start(token: str) -> str:
    return token[:-1] + "\\" + token[-1] if token[-1] in ".)" else "\\" + token


def _md_cell(text: str) -> str:
    """Learner text for a table cell: pipes escaped, line breaks kept as ``<br>``."""
    lines = [_md(line) for line in str(text).splitlines() if line.strip()]
    return "<br>".join(lines) or " "


def _md_block(text: str) -> str:
    """Learner text as paragraphs (blank lines between paragraphs are kept)."""
    paragraphs = re.split(r"\n\s*\n", str(text).strip())
    return "\n\n".join(_md(p) for p in paragraphs if p.strip())


def _descriptor_lines(segment: Segment) -> list[str]:
    lines = []
    for family in DESCRIPTOR_FAMILIES:
        phrases = [d for d in segment.descriptors[family] if d.strip()]
        if phrases:
            lines.append(f"- *{family}:* " + "; ".join(_md(d) for d in phrases))
    return lines or ["- *No descriptors yet.*"]


def _evidence_mark(item: ProfileItem) -> str:
    return {"validated": "\u2713 validated", "invalidated": "\u2717 invalidated",
            "hypothesis": "hypothesis"}[item.evidence]


# --------------------------------------------------------------------------- interview plan


def plan_markdown(wb: Workbook) -> str:
    """The interview plan as printable Markdown: segment, goal, contacts, questions, checklist."""
    plan, segment = wb.plan, wb.plan_segment
    out = ["# Interview plan", ""]
    if segment is None:
        out += ["**Segment:** *not chosen yet (pick a targeted segment for the plan).*", ""]
    else:
        out += [f"**Segment:** {_md(segment.name)}", "", *_descriptor_lines(segment), ""]
    out += ["## Learning goal", "",
            _md_block(plan.learning_goal) or "*No learning goal yet.*", "",
            "## Problem focus", "",
            _md_block(plan.problem_focus) or "*No problem focus yet.*", "",
            f"## Contacts ({len(plan.contacts)})", ""]
    if plan.contacts:
        out += ["| # | Contact | Why they match the segment | How to reach them | Status |",
                "|---:|---|---|---|---|"]
        out += [f"| {n} | {_md_cell(c.alias)} | {_md_cell(c.why)} | {_md_cell(c.reach)} | "
                f"{c.status} |" for n, c in enumerate(plan.contacts, start=1)]
    else:
        out.append("*No contacts yet: plan 3\u20135 people who match the segment.*")
    out += ["", f"## Question set ({len(plan.questions)} questions)", ""]
    if plan.questions:
        out += [f"{n}. {_md(q.text) or '*(empty question)*'}"
                for n, q in enumerate(plan.questions, start=1)]
    else:
        out.append("*No questions yet.*")
    out += ["", "## During the interview", ""]
    out += [f"- [ ] {line}" for line in INTERVIEW_CHECKLIST]
    return "\n".join(out) + "\n"


def _cell(value: str) -> str:
    """A spreadsheet-safe cell: text that would start a formula gets a leading ``'``."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def plan_csv(wb: Workbook) -> str:
    """The contacts and the question set as CSV (header ``section,number,text,why,reach,status``):
    one row per contact (``text`` is the alias), then one row per question."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # quotes what needs it; lines end in \r\n
    writer.writerow(CSV_COLUMNS)
    for n, c in enumerate(wb.plan.contacts, start=1):
        writer.writerow(["contact", n, _cell(c.alias), _cell(c.why), _cell(c.reach), c.status])
    for n, q in enumerate(wb.plan.questions, start=1):
        writer.writerow(["question", n, _cell(q.text), "", "", ""])
    return buffer.getvalue()


# --------------------------------------------------------------------------- persona, canvas


def persona_markdown(wb: Workbook) -> str:
    """The persona as Markdown: who they are, their quote, and their segment's top 3 jobs, pains
    and gains (invalidated items left out; validated ones marked \u2713)."""
    p, segment = wb.persona, persona_segment(wb)
    out = [f"# {_md(p.name) or '*Unnamed persona*'}", ""]
    details = " \u00b7 ".join(_md(d) for d in (p.age, p.location, p.occupation) if d.strip())
    out += [f"*{details}*" if details else "*Add an age, where they live and what they do.*", ""]
    out += [f"**Stands for:** {_md(segment.name)}", "", *_descriptor_lines(segment), ""]
    quote = _md(p.quote)
    out += [f"> \u201c{quote}\u201d" if quote else "> *No quote yet \u2014 add one from your "
            "interviews.*", ""]
    if p.story.strip():
        out += [_md_block(p.story), ""]
    for kind in ("job", "pain", "gain"):
        out += [f"## {_PERSONA_HEADINGS[kind]}", ""]
        items = top_items(segment, kind)
        out += [f"{n}. {_md(i.text)}" + (" \u2713 *validated*" if i.evidence == "validated"
                                         else "") for n, i in enumerate(items, start=1)]
        if not items:
            out.append(f"*No {kind}s in the profile yet (or all were invalidated).*")
        out.append("")
    out.append("*\u2713 validated in interviews; unmarked items are hypotheses still to test.*")
    return "\n".join(out) + "\n"


def canvas_markdown(segment: Segment) -> str:
    """A segment's customer profile as Markdown: jobs, pains and gains in rank order, each with
    its type and level, evidence, and whether the current offering addresses it."""
    out = [f"# Customer profile: {_md(segment.name)}", "", *_descriptor_lines(segment), ""]
    for kind in ("job", "pain", "gain"):
        items = segment.profile.items_of(kind)
        out += [f"## {_HEADINGS[kind]} (ranked by {_RANKED_BY[kind]})", ""]
        for n, item in enumerate(items, start=1):
            text = _md(item.text) or "*(no text yet)*"
            if item.evidence == "invalidated":
                text = f"~~{text}~~"
            tags = [t for t in (getattr(item, "type", None), item.level) if t]
            parts = [text, " \u00b7 ".join(tags) if tags else "", _evidence_mark(item),
                     f"\u25c6 {_NOT_ADDRESSED}" if item.addressed is False else ""]
            out.append(f"{n}. " + " \u2014 ".join(p for p in parts if p))
        if not items:
            out.append(f"*No {kind}s yet.*")
        out.append("")
    out.append(f"*\u2713 validated \u00b7 \u2717 invalidated (struck through) \u00b7 "
               f"\u25c6 {_NOT_ADDRESSED}; other items are hypotheses still to test.*")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- files


def _write(text: str, path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as err:
        reason = err.strerror or str(err)
        raise KitError(f"Could not write '{path}': {reason}. Check that the folder can be "
                       "written to and that the file is not open in another program.") from err
    return path


def export_markdown(text: str, path: str | Path) -> Path:
    """Write ``text`` (from :func:`plan_markdown`, :func:`persona_markdown` …) to ``path`` as
    UTF-8 and return the path. Missing folders are created."""
    return _write(text, Path(path))


def export_plan(wb: Workbook, folder: str | Path) -> list[Path]:
    """Write ``interview-plan.md`` and ``interview-plan.csv`` into ``folder`` (created if
    needed) and return their paths."""
    folder = Path(folder)
    return [_write(plan_markdown(wb), folder / "interview-plan.md"),
            _write(plan_csv(wb), folder / "interview-plan.csv")]
