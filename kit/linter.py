"""The interview question linter: is a question likely to bring back facts, or noise?

Good interview questions ask about the past and about specifics ("Tell me about the last time
you...", "How do you deal with that today?"). Weak ones ask about an imagined future
(``hypothetical``), promote the solution (``pitch``), fish for opinions about an idea or for
compliments (``opinion``), suggest their own answer (``leading``), or can be answered with a
plain yes or no (``closed``).

The rules are plain regular expressions over the lower-cased question, kept readable on
purpose: a learner (or an instructor) can see why a question was flagged.

    >>> lint_question("Would you use our app to plan meals?").problems
    ('hypothetical', 'pitch', 'closed')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["PROBLEMS", "LintResult", "lint_question", "lint_questions"]

PROBLEMS = ("hypothetical", "pitch", "opinion", "leading", "closed")

_THING = (r"(?:app|application|product|platform|tool|service|solution|software|idea|device|"
          r"feature|startup|prototype|offering|website|site|system|subscription|marketplace|"
          r"box|kit|concept|plugin|plug-in|dashboard|bot|chatbot|widget|program|programme|"
          r"network|club|membership|card|sensor|robot|network)")
_AUX = (r"(?:do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|should|shall|"
        r"may|might|must)")
_NEG_AUX = (r"(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|won't|can't|"
            r"couldn't|shouldn't|haven't|hasn't)")
_OPEN_REQUEST = (r"^(?:can|could|would|will) you (?:please |just )?(?:tell|walk|describe|explain|"
                 r"share|talk|take me|give me|show|help me understand|go through|run me|"
                 r"remember|recall|think back|list|name)\b")

_RULES: dict[str, list[str]] = {
    "hypothetical": [
        r"\bwould (?:you|your|it|this|that|people|anyone|they|the|a|an)\b",
        r"\bwouldn't (?:it|you|that|this)\b",
        r"\b(?:you|we|i|it|they)'d\b",
        r"\bwill (?:you|it|this|that|they|your)\b",
        r"\b(?:are|is) (?:you|your \w+|it) (?:going|planning) to\b",
        r"\bif (?:we|i|there (?:was|were|is)|someone|somebody|a company|you could|you had|"
        r"it (?:was|were|existed|could)|they (?:could|had|offered))\b",
        r"\bif (?:\w+ ){0,3}(?:were|existed|was available|could)\b",
        r"\b(?:imagine|suppose|supposing|hypothetically|picture yourself)\b",
        r"\bwhat if\b", r"\bhow likely\b", r"\bcould you see yourself\b", r"\bin the future\b",
        r"\bwilling to (?:pay|try|switch|use|buy)\b", r"\bnext (?:year|time you)\b.*\bwill\b",
    ],
    "pitch": [
        rf"\b(?:our|my) (?:new |own |upcoming |latest )?(?:\w+ )?{_THING}\b",
        r"\bwe(?:'re| are) (?:building|developing|launching|making|creating|working on|"
        r"designing|planning|about to|going to)\b",
        r"\bwe(?:'ll| will| plan to| want to| hope to| intend to| can| could| would)? "
        r"(?:build|launch|offer|make|create|help|let|provide|give|save|automate|deliver|"
        r"connect|match|send|solve|handle|take care)\b",
        r"\bwe (?:built|made|created|developed|designed|launched|picked|chose)\b",
        r"\bour\b", r"\bso (?:that )?we can\b",
        r"\bif (?:we|i) (?:built|build|made|make|offered|offer|created|create|launched|"
        r"launch|gave|give|provided|provide|added|add|developed|sold|charged)\b",
        rf"\bif (?:the|this|an?) (?:\w+ )?{_THING}\b",
        rf"\b(?:an?|this) (?:new |simple |smart |mobile |online )?(?:\w+ )?{_THING} "
        r"(?:that|which|where|to) (?:would|will|could|can|lets?|helps?|automatically|"
        r"matches|tracks|reminds|books|sends|finds|does|makes|gives|shows|connects|"
        r"pays|handles|plans|delivers|(?:\w+ )?(?:for|from) you)\b",
        rf"\b(?:this|the) {_THING} (?:we|i)\b",
        r"\b(?:revolutionary|game[- ]changing|cutting[- ]edge|ai[- ]powered|all[- ]in[- ]one|"
        r"one[- ]click|one[- ]tap|seamless(?:ly)?)\b",
    ],
    "opinion": [
        r"\bwhat do you think (?:of|about)\b", r"\bwhat do you think\s*\??$",
        r"\bon a scale\b", r"\bexcited about\b", r"\b(?:useful|helpful|valuable) if\b",
        r"\bhow (?:good|great|useful|bad) is (?:this|the|our|that|my) (?:\w+ )?(?:idea|concept)\b",
        r"\bwhat(?:'s| is) your (?:opinion|view|take|impression|feedback)\b",
        r"\bhow do you feel about (?:this|our|the idea|the concept|it|that|a|an)\b",
        r"\b(?:is|was) (?:this|that|it) a (?:good|great|smart|bad) idea\b",
        r"\b(?:good|great|cool|nice|interesting|useful|brilliant|smart) idea\b",
        r"\bwould you recommend\b",
        r"\b(?:sound|sounds|look|looks|seem|seems) (?:good|great|useful|interesting|helpful|"
        r"appealing|cool|valuable|like something)\b",
        r"\binterested in (?:using|buying|trying|our|this)\b",
        r"\bdo you (?:like|love) (?:the idea|the concept|this|our|it|that|the design)\b",
        r"\b(?:rate|score) (?:our|this|the idea|the concept)\b",
        r"\bappeal(?:s|ing)? to you\b", r"\bhow (?:cool|great|useful|helpful|appealing)\b",
        r"\b(?:useful|helpful|valuable) (?:to|for) you\b",
    ],
    "leading": [
        rf"^{_NEG_AUX} (?:you|it|that|this|they|there|people|most)\b",
        r"\b(?:don't|wouldn't|won't) you (?:think|agree|find|say|feel)\b",
        r"\bisn't it (?:true|frustrating|annoying|hard|painful|a pain|obvious|stressful)\b",
        r",\s*(?:right|correct|isn't it|don't you|wouldn't you|no|yes|true|am i right|"
        r"wouldn't you agree|don't you think|yeah)\s*\??\s*$",
        r"\b(?:surely|obviously|of course|clearly)\b",
        r"\bhow (?:frustrating|annoying|painful|stressful|terrible|awful|irritating|"
        r"tedious|infuriating)\b",
        r"\bhow much (?:do you|does it) (?:hate|dislike|annoy|frustrate|bother)\b",
        r"\bhow much (?:time|money) do you (?:waste|lose)\b",
        r"\bwhy is (?:it|that|this|\w+ ){1,4}so (?:hard|difficult|stressful|annoying|painful|"
        r"frustrating|expensive|slow)\b",
        r"\b(?:agree that|i bet|i'm sure you|i assume you|you must (?:hate|find|be)|"
        r"everyone (?:hates|knows|agrees)|most people (?:say|find|agree|hate|tell))\b",
        r"\bwouldn't it be (?:great|nice|easier|better|good)\b",
        r"\bit must be\b", r"\bdo you agree\b",
        r"\b(?:most|all|every|everyone|many) (?:\w+ ){0,2}(?:hate|hates|struggle|struggles|"
        r"complain|complains|agree|agrees|says|say|find|finds)\b",
        r"\beveryone (?:i|we)(?:'ve| have)? (?:spoken|talked|spoke) to\b",
    ],
}

_COMPILED = {name: [re.compile(p) for p in patterns] for name, patterns in _RULES.items()}
_CLOSED_START = re.compile(rf"^(?:{_AUX}|{_NEG_AUX})\b")
_OPEN_RE = re.compile(_OPEN_REQUEST)
_TAG = re.compile(rf",\s*(?:right|correct|no|yes|true|yeah|{_NEG_AUX} (?:it|you|they|that|we|i)"
                  r"(?: agree| think)?|am i right)\s*\??\s*$")
_OPEN_WORD = re.compile(r"\b(?:how|what|what's|why|when|where|which|who|whom|whose|tell|describe|"
                        r"walk|explain|talk)\b")
_LEADING_FILLER = re.compile(r"^(?:and|so|ok|okay|also|now|then|well|just|but)\b[ ,]*")

_ADVICE = {
    "hypothetical": ("It asks about an imagined future; people are poor predictors of what "
                     "they would do. Ask about what already happened."),
    "pitch": ("It talks about your solution. Leave the product out: you are there to learn "
              "about their problem, not to sell."),
    "opinion": ("It asks for an opinion about an idea, which people give politely and cheaply. "
                "Ask what they did, tried or spent instead."),
    "leading": ("It suggests its own answer. Ask neutrally and let them tell you whether it "
                "is a problem at all."),
    "closed": ("It can be answered with yes or no, which tells you little. Open it up with "
               "How, What, Why or 'Tell me about...'."),
}
_GOOD_ADVICE = ("Good: an open question about what they really do or did. Follow up with "
                "'Why?' and 'Tell me more'.")
_GENERIC_BETTER = "Tell me about the last time this came up. What did you do?"


@dataclass(frozen=True)
class LintResult:
    """The linter's verdict on one question."""

    question: str
    verdict: str  # "good" or "weak"
    problems: tuple[str, ...]
    advice: str
    better: str | None = None  # a suggested rewording, when one can be made

    def to_dict(self) -> dict[str, object]:
        return {"question": self.question, "verdict": self.verdict,
                "problems": list(self.problems), "advice": self.advice}


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = " ".join(text.replace("\u201d", '"').lower().split())
    return _LEADING_FILLER.sub("", text).strip()


def _is_closed(q: str) -> bool:
    """A yes/no question: it opens with a verb ("Do you..."), ends with a tag ("..., right?"),
    or is a statement with a question mark and no question word ("You use Excel?")."""
    if _OPEN_RE.search(q):
        return False
    sentences = re.split(r"(?<=[?.!])\s+|\s+-+\s+", q)
    asked = [s for s in sentences if s.endswith("?")] or sentences
    for sentence in asked:
        sentence = _LEADING_FILLER.sub("", sentence)
        clauses = [sentence, *(c.strip() for c in sentence.split(",")[1:])]
        if any(_CLOSED_START.search(c) for c in clauses if c):
            return True
        if _TAG.search(sentence):
            return True
        if sentence.endswith("?") and not _OPEN_WORD.search(sentence):
            return True
    return False


def _better(original: str, q: str, problems: tuple[str, ...]) -> str | None:
    """A past-specific or open rewording, where a simple one exists."""
    if set(problems) - {"closed"}:
        return _GENERIC_BETTER
    body = original.strip().rstrip("?. ")
    m = re.match(r"(?i)^have you ever ((?:\w+ed|had|been|seen|done|found|lost|paid|bought|"
                 r"tried|made|sent|spent)\b.*)$", body)
    if m:
        return f"Tell me about the last time you {m.group(1)}."
    m = re.match(r"(?i)^(do|did) you (.+)$", body)
    if m:
        tense = "do" if m.group(1).lower() == "do" else "did"
        return f"How {tense} you {m.group(2)}{' today' if tense == 'do' else ''}?"
    m = re.match(r"(?i)^(is|are|was|were) (.+)$", body)
    if m:
        return f"What makes {m.group(2)}, or not? Tell me about a recent example."
    return _GENERIC_BETTER


def lint_question(question: str) -> LintResult:
    """Lint one interview question (results are remembered: the question editor lints the
    whole set after each edit, and a set may be long)."""
    return _lint(str(question))


@functools.lru_cache(maxsize=32_768)
def _lint(question: str) -> LintResult:
    q = _normalise(question)
    if not q:
        return LintResult(question, "weak", (), "The question is empty: write a question.")
    found = [name for name, patterns in _COMPILED.items() if any(p.search(q) for p in patterns)]
    if _is_closed(q):
        found.append("closed")
    problems = tuple(p for p in PROBLEMS if p in found)
    if not problems:
        return LintResult(question, "good", (), _GOOD_ADVICE)
    better = _better(question, q, problems)
    advice = " ".join(_ADVICE[p] for p in problems)
    if better:
        advice += f" For example: \u201c{better}\u201d"
    return LintResult(question, "weak", problems, advice, better)


def lint_questions(questions: Iterable[str]) -> list[LintResult]:
    """Lint many questions, in order."""
    return [lint_question(q) for q in questions]
