"""The interview question linter: is a question likely to bring back facts, or noise?

Good interview questions ask about the past and about specifics ("Tell me about the last time
you...", "How do you deal with that today?"). Weak ones ask about an imagined future or ask the
customer to design the solution (``hypothetical``), promote the solution (``pitch``), fish for
opinions about an idea, for ratings or compliments (``opinion``), suggest their own answer
(``leading``), can be answered with a plain yes or no (``closed``), or ask two things at once
(``double``). The logistics of a real conversation (asking consent to record, who else to talk
to, "is there anything else I should have asked?") are good questions, and naming a competitor
or a tool they use is not a pitch.

Each question is linted in its own language: English (:mod:`kit.linter.en`) or Spanish
(:mod:`kit.linter.es`), told apart by a small heuristic (:func:`detect_language`). The rules are
plain regular expressions over the lower-cased question, kept readable on purpose: a learner (or
an instructor) can see why a question was flagged. The advice and the better form are in the
question's language.

    >>> lint_question("Would you use our app to plan meals?").problems
    ('hypothetical', 'pitch', 'closed')
    >>> lint_question("¿Comprarías nuestra app?").problems
    ('hypothetical', 'pitch', 'closed')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kit.linter import en, es

__all__ = ["LANGUAGES", "PROBLEMS", "LintResult", "detect_language", "lint_question",
           "lint_questions"]

PROBLEMS = ("hypothetical", "pitch", "opinion", "leading", "closed", "double")
LANGUAGES = ("en", "es")
_RULESETS = {"en": en, "es": es}

# Words that are common in one language and rare in the other.
_ES_TEXT = (
    "el la los las un una unos unas de del que y en por para con sin es son está están fue "
    "tu tus su sus te se lo le les mi mis nos os cómo qué cuándo dónde cuánto cuánta cuántos "
    "cuál quién hay muy más pero o al ya también usas tienes has hiciste cuéntame háblame "
    "vez última último cuando como donde porque este esta eso esto")
_EN_TEXT = (
    "the a an you your do did does how what why is are was were of to in for and with it "
    "that this we our i have has would could tell me about last time when where which who "
    "can will should")
_ES_WORDS, _EN_WORDS = frozenset(_ES_TEXT.split()), frozenset(_EN_TEXT.split())


def detect_language(text: str) -> str:
    """``"es"`` for a Spanish question, else ``"en"``: an opening ``¿``/``¡`` settles it;
    otherwise Spanish function words, accents and ``ñ`` are weighed against English words."""
    text = str(text).lower()
    if "¿" in text or "¡" in text:
        return "es"
    words = re.findall(r"[^\W\d_]+", text)
    spanish = sum(w in _ES_WORDS for w in words) + 2 * len(re.findall(r"[áéíóúñ]", text))
    english = sum(w in _EN_WORDS for w in words)
    return "es" if spanish > english else "en"


@dataclass(frozen=True)
class LintResult:
    """The linter's verdict on one question."""

    question: str
    verdict: str  # "good" or "weak"
    problems: tuple[str, ...]
    advice: str
    better: str | None = None  # a suggested rewording, when one can be made
    language: str = "en"  # the language the question was linted in (see LANGUAGES)

    def to_dict(self) -> dict[str, object]:
        return {"question": self.question, "verdict": self.verdict,
                "problems": list(self.problems), "advice": self.advice}


def lint_question(question: str) -> LintResult:
    """Lint one interview question (results are remembered: the question editor lints the
    whole set after each edit, and a set may be long)."""
    return _lint(str(question))


@functools.lru_cache(maxsize=32_768)
def _lint(question: str) -> LintResult:
    language = detect_language(question)
    rules = _RULESETS[language]
    q = rules.normalise(question)
    if not re.search(r"\w", q):
        return LintResult(question, "weak", (), "The question is empty: write a question.",
                          language=language)
    found = rules.find_problems(q)
    problems = tuple(p for p in PROBLEMS if p in found)
    if not problems:
        return LintResult(question, "good", (), rules.GOOD_ADVICE, language=language)
    better = rules.better(question, q, problems)
    advice = " ".join(rules.ADVICE[p] for p in problems)
    if better:
        advice += rules.EXAMPLE.format(better)
    return LintResult(question, "weak", problems, advice, better, language)


def lint_questions(questions: Iterable[str]) -> list[LintResult]:
    """Lint many questions, in order."""
    return [lint_question(q) for q in questions]
