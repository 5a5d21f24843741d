"""The class report (``cdkit report``): one self-contained HTML page about the whole class.

:func:`collect_class` reads the gradebook (four SQL queries on nbgrader's tables, through
SQLAlchemy, whatever the class size) and each student's newest submitted workbook
(``submitted/<student>/<assignment>/workbook.json``), judged with :func:`kit.progress.path_progress`
(the same rules as the learner's progress bar). :func:`write_report` turns that into
``report.html``: charts drawn as inline SVG, no file or font fetched from anywhere, readable on a
laptop and printable. All learner text is escaped.

nbgrader itself is never imported (``import nbgrader`` alone takes seconds: it loads its server
extensions), and neither is matplotlib: SVG charts cost microseconds, so the report of a class of
5,000 stays well under two seconds.
"""

from kit.course.report.charts import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    RED,
    SKY,
    chart_completion,
    chart_histogram,
    chart_interviews,
    chart_status,
)
from kit.course.report.data import collect_class
from kit.course.report.model import (
    ASSIGNMENT_STEPS,
    LOW_COMPLETION,
    LOW_SCORE,
    MIN_INTERVIEWS,
    AssignmentInfo,
    ClassData,
    Resegmenting,
    Result,
    StudentData,
    Work,
    normalise,
)
from kit.course.report.page import report_html, write_report

__all__ = ["ASSIGNMENT_STEPS", "BLUE", "GREEN", "GREY", "LOW_COMPLETION", "LOW_SCORE",
           "MIN_INTERVIEWS", "ORANGE", "RED", "SKY", "AssignmentInfo", "ClassData",
           "Resegmenting", "Result", "StudentData", "Work", "chart_completion",
           "chart_histogram", "chart_interviews", "chart_status", "collect_class", "normalise",
           "report_html", "write_report"]
