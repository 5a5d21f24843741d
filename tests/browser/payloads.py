"""Hostile learner text for the browser tests (issue 8): every text that could run script if
it were rendered as HTML, and the checks that none did."""

from __future__ import annotations


def payload(where: str) -> str:
    """Learner text that would run script if it were rendered as HTML; ``where`` says which
    text it is, so a failure names the field (``window.__pwned`` is set to it)."""
    return (f"{where} <script>window.__pwned='{where}'</script>"
            f"<img src=x onerror=\"window.__pwned='{where}'\">"
            f"<svg onload=\"window.__pwned='{where}'\"></svg>"
            f"<img src=y onerror=alert('{where}')>")


def hostile_workbook():
    """The converging example (segments, profile, plan, eight interviews), every learner text
    replaced by a payload."""
    from kit.data import load_example

    wb = load_example("converging")
    wb.learner, wb.offering = payload("learner"), payload("offering")
    for n, seg in enumerate(wb.segments, 1):
        seg.name = payload(f"segment{n}-name")
        for family, phrases in seg.descriptors.items():
            seg.descriptors[family] = [payload(f"segment{n}-{family}{k}")
                                       for k in range(1, len(phrases) + 1)]
        seg.descriptors["psychographic"] = [payload(f"segment{n}-psychographic")]
        for field in ("reason", "context", "payer", "user", "notes"):
            setattr(seg, field, payload(f"segment{n}-{field}"))
        for item in seg.profile.all_items():
            k = seg.profile.rank(item)
            item.text = payload(f"segment{n}-{item.kind}{k}")
            item.notes = payload(f"segment{n}-{item.kind}{k}-notes")
    wb.plan.learning_goal = payload("learning-goal")
    wb.plan.problem_focus = payload("problem-focus")
    for n, contact in enumerate(wb.plan.contacts, 1):
        for field in ("alias", "why", "reach", "notes"):
            setattr(contact, field, payload(f"contact{n}-{field}"))
    for n, question in enumerate(wb.plan.questions, 1):
        question.text = payload(f"question{n}")
    for n, interview in enumerate(wb.interviews, 1):
        interview.notes = payload(f"interview{n}-notes")
        for k, quote in enumerate(interview.quotes, 1):
            quote.text = payload(f"interview{n}-quote{k}")
        for k, item in enumerate(interview.new_items, 1):
            item.text = payload(f"interview{n}-new{k}")
    persona = wb.persona
    persona.segment = wb.plan_segment.id
    for field in ("name", "age", "location", "occupation", "quote", "story"):
        setattr(persona, field, payload(f"persona-{field}"))
    for answer in ("02-why-this-segment", "03-compare-segments", "05-what-next",
                   "06-review-plan"):
        wb.answers[answer] = payload(f"answer-{answer}")
    wb.validate()
    return wb



class Watch:
    """Dialogs a page opened (each dismissed at once)."""

    def __init__(self, page):
        self.dialogs: list[str] = []
        page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


_INJECTED = """() => [
  ...[...document.querySelectorAll('img[src="x"], img[src="y"], img[onerror], svg[onload]')]
      .map(e => e.outerHTML.slice(0, 120)),
  ...[...document.scripts].filter(s => s.textContent.includes('__pwned'))
      .map(s => s.outerHTML.slice(0, 120)),
]"""


def assert_nothing_ran(page, watch: Watch, where: str) -> None:
    """No payload ran (``window.__pwned`` unset, no dialog) and none reached the page as
    HTML (an element that has not fired yet counts too)."""
    found = []
    pwned = page.evaluate("() => window.__pwned")
    if pwned is not None:
        found.append(f"a payload ran: window.__pwned was set by the text {pwned!r}")
    found += [f"a payload opened a dialog: {d}" for d in dict.fromkeys(watch.dialogs)]
    found += [f"learner text reached the page as HTML: {e}"
              for e in dict.fromkeys(page.evaluate(_INJECTED))]
    assert not found, f"{where}:\n" + "\n".join(found[:40])


def assert_shown_as_text(container, wheres: list[str], where: str) -> None:
    """Each payload in ``wheres`` is on the page, character for character, as text."""
    text = container.evaluate("el => el.textContent")
    missing = [w for w in wheres if payload(w) not in text]
    assert not missing, f"{where}: these texts are not shown as written: {missing}"


