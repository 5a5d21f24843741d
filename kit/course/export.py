"""Grades out of the gradebook as CSV, ready for an LMS gradebook import (``cdkit export``).

Two layouts:

- ``wide``: one row per student in the gradebook (sorted by id): ``student_id, last_name,
  first_name, email``, one column per assignment (its score, empty when the student did not
  submit it), then ``total`` and ``max_total``. The assignment score is nbgrader's
  ``nbgrader export`` ``score``: the sum of the item scores minus any late-submission penalty,
  never below zero.
- ``long``: one row per graded item of every submission: ``student_id, assignment, notebook,
  item, auto_score, manual_score, score, max_score, needs_manual_grade``. ``item`` is the
  cell's ``grade_id``; ``score`` is nbgrader's: the manual score when there is one, else the
  automatic one, plus any extra credit (before any late penalty, which is per notebook).

The numbers are the ones nbgrader computes, aggregated in the database with a couple of
``GROUP BY`` queries (SQLAlchemy Core, no ORM objects, nothing SQLite-only), and streamed to the
file, so a class of thousands exports in a second or so where ``nbgrader export`` takes
minutes. Text cells that a spreadsheet would take for a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, also after blanks such as spaces, no-break spaces or
line feeds, and in full-width form such as ``＝``) get a leading ``'``. Numbers are written
without a trailing ``.0`` when whole. The file is UTF-8 with a header row, written atomically.

It does not import nbgrader: it reads nbgrader's tables with SQLAlchemy alone.
"""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import sqlalchemy as sa

from kit.course.directory import Course
from kit.errors import KitError
from kit.files import atomic_writer, make_parent, regular_target

__all__ = ["FORMATS", "LONG_COLUMNS", "WIDE_COLUMNS", "export_grades", "long_rows",
           "safe_text", "wide_rows"]

FORMATS = ("wide", "long")
#: The fixed columns of the wide layout; one column per assignment goes between the two parts.
WIDE_COLUMNS = (("student_id", "last_name", "first_name", "email"), ("total", "max_total"))
LONG_COLUMNS = ("student_id", "assignment", "notebook", "item", "auto_score", "manual_score",
                "score", "max_score", "needs_manual_grade")
#: Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The same signs in their full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), which some
#: spreadsheets (and East Asian input methods) take for the plain ones.
_WIDE_SIGNS = frozenset("\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b")
_BATCH = 2000  # rows fetched at a time

# -- nbgrader's tables, only the columns read here -------------------------------------------
_c = sa.column
ASSIGNMENT = sa.table("assignment", _c("id"), _c("name"), _c("duedate", sa.DateTime))
NOTEBOOK = sa.table("notebook", _c("id"), _c("name"), _c("assignment_id"))
BASE_CELL = sa.table("base_cell", _c("id"), _c("name"), _c("notebook_id"))
GRADE_CELL = sa.table("grade_cells", _c("id"), _c("max_score", sa.Float))
TASK_CELL = sa.table("task_cells", _c("id"), _c("max_score", sa.Float))
STUDENT = sa.table("student", _c("id"), _c("first_name"), _c("last_name"), _c("email"))
SUBMITTED_ASSIGNMENT = sa.table("submitted_assignment", _c("id"), _c("assignment_id"),
                                _c("student_id"))
SUBMITTED_NOTEBOOK = sa.table("submitted_notebook", _c("id"), _c("assignment_id"),
                              _c("notebook_id"), _c("late_submission_penalty", sa.Float))
GRADE = sa.table("grade", _c("id"), _c("notebook_id"), _c("cell_id"),
                 _c("auto_score", sa.Float), _c("manual_score", sa.Float),
                 _c("extra_credit", sa.Float), _c("needs_manual_grade", sa.Boolean))
_TABLES = ("assignment", "notebook", "base_cell", "grade_cells", "task_cells", "student",
           "submitted_assignment", "submitted_notebook", "grade")

_ZERO: sa.ColumnElement[float] = sa.literal_column("0.0")
#: nbgrader's ``Grade.score``: manual over automatic, plus extra credit; 0 when neither is set.
_EXTRA = sa.func.coalesce(GRADE.c.extra_credit, _ZERO)
GRADE_SCORE = sa.case(
    (GRADE.c.manual_score.is_not(None), GRADE.c.manual_score + _EXTRA),
    (GRADE.c.auto_score.is_not(None), GRADE.c.auto_score + _EXTRA),
    else_=_ZERO)
#: nbgrader's ``Grade.max_score``: from the grade cell or the task cell.
CELL_MAX = sa.func.coalesce(GRADE_CELL.c.max_score, TASK_CELL.c.max_score, _ZERO)
#: nbgrader's order of assignments (by due date, then name), undated ones last on any database.
_ASSIGNMENT_ORDER = (sa.case((ASSIGNMENT.c.duedate.is_(None), 1), else_=0),
                     ASSIGNMENT.c.duedate, ASSIGNMENT.c.name)


# -- cells -------------------------------------------------------------------------------------
def safe_text(value: object) -> str:
    """A text cell a spreadsheet will not run: ``'`` before a leading ``= + - @`` (or tab/CR),
    also when blanks come first (spaces, no-break spaces, line feeds: spreadsheets skip them)
    or the sign is a full-width one (``＝``)."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    first = text.lstrip()[:1]  # str.isspace() blanks: space, NBSP, LF, ideographic space...
    return "'" + text if first and (first in FORMULA_STARTS or first in _WIDE_SIGNS) else text


def number(value: float | None) -> str:
    """``7`` rather than ``7.0``; ``2.5`` as is; empty for no value; float noise rounded off."""
    if value is None:
        return ""
    value = round(float(value), 6) + 0.0  # + 0.0 turns -0.0 into 0.0
    return str(int(value)) if value.is_integer() else repr(value)


# -- the gradebook -----------------------------------------------------------------------------
def _url(course: Course) -> sa.engine.URL:
    url = sa.engine.make_url(course.db_url)
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if not database or database == ":memory:" or database.startswith("file:"):
            return url
        path = Path(database)
        if not path.is_absolute():  # nbgrader runs in the course folder
            path = course.root / path
            url = url.set(database=str(path))
        if not path.is_file():  # connecting would create an empty file: say so instead
            raise KitError(f"There is no gradebook yet: {path} does not exist. It is created "
                           "when assignments are generated: run 'cdkit release ASSIGNMENT' "
                           "(or 'nbgrader generate_assignment ASSIGNMENT') in the course "
                           "first.")
    return url


def _engine(course: Course) -> sa.engine.Engine:
    url = _url(course)
    shown = url.render_as_string(hide_password=True).split("?")[0]
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            present = set(sa.inspect(conn).get_table_names())
    except sa.exc.SQLAlchemyError as err:
        engine.dispose()
        reason = str(getattr(err, "orig", None) or err).strip().splitlines()[0]
        raise KitError(f"The gradebook at {shown} could not be opened: {reason}") from None
    missing = [t for t in _TABLES if t not in present]
    if missing:
        engine.dispose()
        raise KitError(f"There is no gradebook yet at {shown} (it has no {missing[0]} table). "
                       "It is created when assignments are generated: run 'cdkit release "
                       "ASSIGNMENT' (or 'nbgrader generate_assignment ASSIGNMENT') in the "
                       "course first.")
    return engine


def _assignments(conn: sa.Connection) -> list[tuple[str, str, float]]:
    """(id, name, max_score) of every assignment, in nbgrader's order: one query."""
    a = ASSIGNMENT
    query = (sa.select(a.c.id, a.c.name, sa.func.coalesce(sa.func.sum(
                 sa.func.coalesce(GRADE_CELL.c.max_score, TASK_CELL.c.max_score)), _ZERO))
             .select_from(a.outerjoin(NOTEBOOK, NOTEBOOK.c.assignment_id == a.c.id)
                          .outerjoin(BASE_CELL, BASE_CELL.c.notebook_id == NOTEBOOK.c.id)
                          .outerjoin(GRADE_CELL, GRADE_CELL.c.id == BASE_CELL.c.id)
                          .outerjoin(TASK_CELL, TASK_CELL.c.id == BASE_CELL.c.id))
             .group_by(a.c.id, a.c.name, a.c.duedate)
             .order_by(*_ASSIGNMENT_ORDER))
    return [(aid, name, float(top)) for aid, name, top in conn.execute(query)]


def _submission_scores() -> sa.Subquery:
    """Per submitted assignment: student, assignment, raw score and late penalty."""
    sa_, sn = SUBMITTED_ASSIGNMENT, SUBMITTED_NOTEBOOK
    raw = (sa.select(sn.c.assignment_id.label("submission"),
                     sa.func.sum(GRADE_SCORE).label("raw"))
           .select_from(sn.join(GRADE, GRADE.c.notebook_id == sn.c.id))
           .group_by(sn.c.assignment_id).subquery("raw"))
    penalty = (sa.select(sn.c.assignment_id.label("submission"),
                         sa.func.sum(sn.c.late_submission_penalty).label("penalty"))
               .group_by(sn.c.assignment_id).subquery("penalty"))
    return (sa.select(sa_.c.student_id, sa_.c.assignment_id,
                      sa.func.coalesce(raw.c.raw, _ZERO).label("raw"),
                      sa.func.coalesce(penalty.c.penalty, _ZERO).label("penalty"))
            .select_from(sa_.outerjoin(raw, raw.c.submission == sa_.c.id)
                         .outerjoin(penalty, penalty.c.submission == sa_.c.id))
            .subquery("submission"))


def wide_rows(conn: sa.Connection) -> Iterator[list[str]]:
    """The wide layout, header first, one row per student (two queries, streamed)."""
    assignments = _assignments(conn)
    yield [*WIDE_COLUMNS[0], *(safe_text(name) for _, name, _ in assignments),
           *WIDE_COLUMNS[1]]
    max_total = number(sum(top for _, _, top in assignments))
    sub = _submission_scores()
    st = STUDENT
    query = (sa.select(st.c.id, st.c.last_name, st.c.first_name, st.c.email,
                       sub.c.assignment_id, sub.c.raw, sub.c.penalty)
             .select_from(st.outerjoin(sub, sub.c.student_id == st.c.id))
             .order_by(st.c.id))
    rows = conn.execute(query.execution_options(yield_per=_BATCH))
    for _, group in itertools.groupby(rows, key=lambda row: row[0]):
        submissions = list(group)  # one row per submitted assignment (or one empty row)
        sid, last, first, email = submissions[0][:4]
        # as nbgrader export: max(0, score - late penalty)
        scores = {aid: max(0.0, float(raw) - float(penalty))
                  for *_, aid, raw, penalty in submissions if aid is not None}
        yield [safe_text(sid), safe_text(last), safe_text(first), safe_text(email),
               *(number(scores.get(aid)) for aid, _, _ in assignments),
               number(sum(scores.values())), max_total]


def long_rows(conn: sa.Connection) -> Iterator[list[str]]:
    """The long layout, header first, one row per graded item of every submission (one query,
    streamed)."""
    yield list(LONG_COLUMNS)
    sa_, sn = SUBMITTED_ASSIGNMENT, SUBMITTED_NOTEBOOK
    g = GRADE
    query = (sa.select(sa_.c.student_id, ASSIGNMENT.c.name, NOTEBOOK.c.name, BASE_CELL.c.name,
                       g.c.auto_score, g.c.manual_score, GRADE_SCORE, CELL_MAX,
                       g.c.needs_manual_grade)
             .select_from(g.join(sn, g.c.notebook_id == sn.c.id)
                          .join(sa_, sn.c.assignment_id == sa_.c.id)
                          .join(ASSIGNMENT, sa_.c.assignment_id == ASSIGNMENT.c.id)
                          .join(NOTEBOOK, sn.c.notebook_id == NOTEBOOK.c.id)
                          .join(BASE_CELL, g.c.cell_id == BASE_CELL.c.id)
                          .outerjoin(GRADE_CELL, GRADE_CELL.c.id == BASE_CELL.c.id)
                          .outerjoin(TASK_CELL, TASK_CELL.c.id == BASE_CELL.c.id))
             .order_by(sa_.c.student_id, *_ASSIGNMENT_ORDER, NOTEBOOK.c.name,
                       BASE_CELL.c.name))
    for sid, assignment, notebook, item, auto, manual, score, top, needs in conn.execute(
            query.execution_options(yield_per=_BATCH)):
        yield [safe_text(sid), safe_text(assignment), safe_text(notebook), safe_text(item),
               number(auto), number(manual), number(score), number(top),
               "true" if needs else "false"]


def _write_atomically(path: Path, rows: Iterable[list[str]]) -> None:
    """Stream ``rows`` to a unique temporary file beside ``path``, then move it into place."""
    with atomic_writer(path, what="the export", newline="", example="grades.csv") as handle:
        csv.writer(handle).writerows(rows)


def export_grades(course: Course | str | os.PathLike[str], out: str | os.PathLike[str] | None
                  = None, *, fmt: str = "wide") -> Path:
    """Write the course's grades as CSV and return the file's path.

    ``out`` defaults to ``grades.csv`` in the course folder; ``fmt`` is ``"wide"`` (one row
    per student) or ``"long"`` (one row per student, assignment and graded item). Raises
    :class:`KitError` when the gradebook does not exist yet or cannot be opened.
    """
    if fmt not in FORMATS:
        raise KitError(f"There is no export format {fmt!r}. The formats are: "
                       f"{', '.join(FORMATS)}.")
    if not isinstance(course, Course):
        course = Course(course)
    path = Path(out).expanduser().resolve() if out is not None else course.root / "grades.csv"
    if path.parent.exists():  # a device, a pipe or a folder: refused now, never replaced
        regular_target(path, "the export", example="grades.csv")
    engine = _engine(course)
    try:
        make_parent(path, "the export")
        with engine.connect() as conn:
            _write_atomically(path, wide_rows(conn) if fmt == "wide" else long_rows(conn))
    finally:
        engine.dispose()
    return path
