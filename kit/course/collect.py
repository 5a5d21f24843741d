"""Collect submissions from nbgrader's exchange, never one whose student id is refused."""

from __future__ import annotations

import logging

from kit.course.directory import Course
from kit.course.names import first_line, name_problem
from kit.errors import KitError

__all__ = ["collect"]


def collect(course: Course, assignment: str) -> tuple[list[str], dict[str, str]]:
    """Collect the newest submission of ``assignment`` of each student from the exchange
    into ``submitted/`` (as ``nbgrader collect --update``), never one whose student id is
    refused. Returns the students with a collected submission, and the refused names with
    the reason."""
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeError
    from nbgrader.exchange.default import ExchangeCollect

    course.check_assignment(assignment, notebook=False)
    course.check_exchange()
    course.check_gradebook()
    inbound = course.exchange / course.course_id / "inbound"
    if not inbound.is_dir():
        raise KitError(f"Nothing to collect: the exchange has no {inbound} folder yet (it "
                       f"is made when an assignment is released: cdkit release "
                       f"{assignment}).")

    class SafeCollect(ExchangeCollect):
        def init_src(self) -> None:
            super().init_src()
            records: list[dict[str, str]] = list(self.src_records)  # type: ignore[has-type]
            self.src_records = [r for r in records if name_problem(r["username"]) is None]

    quiet = logging.getLogger("kit.course.collect")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    course.ensure_gradebook()
    coursedir = CourseDirectory(config=course.config, root=str(course.root))
    coursedir.db_url = course.db_url
    coursedir.assignment_id = assignment
    app = SafeCollect(coursedir=coursedir, config=course.config, log=quiet,
                      authenticator=Authenticator(config=course.config))
    app.root = str(course.exchange)
    app.update = True
    try:
        app.start()
    except ExchangeError as err:
        raise KitError(f"Collecting {assignment} failed: {first_line(err)}") from None
    except OSError as err:
        raise KitError(f"Collecting {assignment} failed: {err}") from None
    return course.submitted(assignment), course.refused_inbound(assignment)
