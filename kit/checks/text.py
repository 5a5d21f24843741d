"""Does a piece of text say something? The substance layer every rule uses.

A field can be filled and still say nothing: "x", "test", "asdf", lorem ipsum, "aaa bbb ccc",
the same word over and over, or a sentence copied from the kit's own worked examples. This
module recognises those, and says in plain words what is wrong and what good looks like.

Word knowledge comes from ``wordfreq`` (is this a word people write, in English or Spanish?)
and near-duplicates from ``rapidfuzz``. Both load only when a check first runs, so
``import kit`` stays light. Everything else is small, readable data below.

    >>> text_problem("asdf", what="a descriptor").code
    'filler'
    >>> text_problem("lives in a big city, in a flat", what="a descriptor") is None
    True
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

__all__ = [
    "DUPLICATE_SCORE",
    "MAX_COMPARED",
    "MIN_ZIPF",
    "TextProblem",
    "content_words",
    "copied_example",
    "copied_sentences",
    "is_real_word",
    "model_answers",
    "near_duplicates",
    "similar",
    "stems",
    "text_problem",
    "words",
    "wordset",
]

#: A word counts as real when ``wordfreq`` gives it at least this Zipf frequency in English or
#: Spanish (3 = once per million words; "asdf" is 1.6, "dentists" 3.3, "facturas" 3.9).
MIN_ZIPF = 2.0
#: Two texts of one list are near-duplicates at or above this ``rapidfuzz`` similarity (0-100).
DUPLICATE_SCORE = 88
#: Longest list compared pairwise for near-duplicates (a learner's list is far shorter).
MAX_COMPARED = 200

def wordset(text: str) -> frozenset[str]:
    """A set of words written as one block of text (readable word lists)."""
    return frozenset(text.split())


# Placeholders people type to fill a box. Compared as whole, normalised words.
_FILLER_WORDS = wordset("""
x xx xxx xxxx y z zz zzz test tests testing asdf asd sdf qwe qwer qwerty qwertz azerty jkl
hjkl lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor foo bar baz
foobar blah bla todo tbd tba tk na n/a idk dunno etc etcetera placeholder dummy filler abc
xyz aaa bbb ccc ddd lol prueba pruebas nose
""")
# Real words that say nothing when they are all there is ("ok", "something", "hello").
_EMPTY_WORDS = wordset("""
none nothing nada whatever something stuff thing things sample text hello hi hey ok okay yes
no yep nope hola algo cosa cosas nothing anything everything sí vale
""")
# Keyboard rows: three or more keys in a row ("asdf", "qwe", "zxcv", "456") are a run.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "azertyuiop", "qwertzuiop")
# Words that carry no information about a customer on their own.
_GENERIC = wordset("""
people person persons customer customers consumer consumers user users client clients
everyone everybody anyone anybody someone somebody all any some many most various different
several other others general normal regular typical good great nice better best bad thing
things stuff something anything everything need needs want wants like likes get gets make
makes do does use uses way ways kind type sort product products service services solution
solutions company companies business businesses problem problems issue issues help lot lots
gente personas persona cliente clientes usuario usuarios todos todas alguien cosa cosas
bueno buena buenos buenas necesitan quieren producto productos servicio servicios empresa
empresas
""")
# Function words of English and Spanish: real words, but they say nothing by themselves.
_STOP = wordset("""
a an the and or but if then so of to in on at by for from with without about into over under
than as is are was were be been being am do does did have has had having will would can
could should may might must shall this that these those it its they them their there here
who whom whose which what when where why how not no nor very too also just only more most
less least i me my we us our you your he him his she her one ones up down out off per via
each every el la los las un una unos unas y o u pero si de del al a en con sin por para
sobre entre que quien cuyo cual como cuando donde es son era eran ser estar esta este estos
estas ese esa eso lo le les se su sus mi mis tu tus nuestro nuestra muy mas más menos ya no
ni también solo
""")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_TOKEN = re.compile(r"[\w'’+%€$£.,/-]+", re.UNICODE)


@dataclass(frozen=True)
class TextProblem:
    """What is wrong with one text: ``code`` names it, ``message`` says it for the learner.

    ``code`` is ``empty``, ``filler`` (a placeholder, keyboard run, lorem ipsum, one word
    repeated...), ``vague`` (only generic words: "people who need things") or ``short``
    (too few real words for what is asked).
    """

    code: str
    message: str


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=16_384)
def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased (numbers, codes such as "B2B" and symbols left
    out)."""
    return tuple(w for token in re.findall(r"[\w'’/-]+", _fold(text))
            if not any(c.isdigit() for c in token) for w in _WORD.findall(token))


@functools.lru_cache(maxsize=65_536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, "en"), zipf_frequency(word, "es"))


def _repeated_letters(word: str) -> bool:
    """'aaa', 'zzzz', 'ababab', 'xoxoxo': a letter or a pair typed over and over."""
    if len(word) >= 3 and len(set(word)) == 1:
        return True
    return len(word) >= 4 and len(set(word)) <= 2 and word == (word[:2] * len(word))[:len(word)]


def _keyboard_run(word: str) -> bool:
    return len(word) >= 3 and any(word in row or word in row[::-1] for row in _KEY_ROWS)


@functools.lru_cache(maxsize=65_536)
def is_real_word(word: str) -> bool:
    """A word people write (English or Spanish), not a placeholder or a keyboard run."""
    word = word.lower().strip("'-")
    if not word or word in _FILLER_WORDS or _repeated_letters(word):
        return False
    if len(word) == 1:
        return word in ("a", "i", "y", "o", "u", "e")
    if _keyboard_run(word) and _zipf(word) < 3.5:
        return False
    if word in _STOP or word in _EMPTY_WORDS:
        return True
    if _zipf(word) >= MIN_ZIPF:
        return True
    if word.endswith("s") and len(word) > 4 and (  # "handovers", "payslips", "hauliers"
            _zipf(word[:-1]) >= MIN_ZIPF or _zipf(word[:-2]) >= MIN_ZIPF):
        return True
    return "-" in word and all(_zipf(p) >= MIN_ZIPF for p in word.split("-") if p)


@functools.lru_cache(maxsize=16_384)
def _names(text: str) -> int:
    """Tokens that are names or codes, not dictionary words: 'QuickBooks', 'B2B', '45+'."""
    n = 0
    for token in _TOKEN.findall(unicodedata.normalize("NFKC", text)):
        if token.lower().strip(".,") in _FILLER_WORDS:
            continue
        if any(c.isdigit() for c in token) or (token[1:] != token[1:].lower()
                                                and any(c.isalpha() for c in token)):
            n += 1
    return n


@functools.lru_cache(maxsize=16_384)
def content_words(text: str) -> tuple[str, ...]:
    """The real words of ``text`` that carry meaning (not "the", "of", "de"...)."""
    return tuple(w for w in words(text) if w not in _STOP and is_real_word(w))


def stems(texts: Iterable[str], min_len: int = 4) -> set[str]:
    """The first five letters of the meaningful words of ``texts`` (words of at least
    ``min_len`` letters): enough to tell whether two texts talk about the same things
    ("receipts" and "receipt", "bakery" and "bakeries")."""
    return {w[:5] for t in texts for w in content_words(t) if len(w) >= min_len}


@functools.lru_cache(maxsize=16_384)
def _real_count(text: str) -> int:
    return sum(1 for w in words(text) if is_real_word(w)) + _names(text)


@functools.lru_cache(maxsize=16_384)
def _is_filler(text: str) -> bool:
    folded = _fold(text)
    if not re.search(r"[^\W_]", folded):  # only dots, dashes, question marks...
        return True
    tokens = words(folded)
    if not tokens:
        return False  # numbers only ("45+", "10-49"): judged by what is asked
    if "lorem" in tokens and "ipsum" in tokens:
        return True
    if all(t in _STOP or t in _EMPTY_WORDS or len(t) == 1 for t in tokens) and not _names(text):
        return True  # "a", "n/a", "ok", "something", "the"
    if len(tokens) >= 2 and len(set(tokens)) == 1:
        return True  # "test test test", "good good good"
    if len(tokens) >= 4 and len(set(tokens)) / len(tokens) < 0.5:
        return True
    real = [t for t in tokens if is_real_word(t)]
    if not real and not _names(text):
        return True
    # mostly non-words: "aaa bbb ccc", "sdfg hjk lkj"
    return len(real) * 2 < len(tokens) - _names(text)


def _placeholder_name(text: str) -> bool:
    """A name that is a placeholder: 'x', 'aaa', 'asdf', 'test', '???' (any real name passes,
    however rare: names are not dictionary words)."""
    tokens = words(text)
    if not tokens:
        return not any(c.isdigit() for c in text)
    return all(t in _FILLER_WORDS or len(t) == 1 or _repeated_letters(t)
               or (_keyboard_run(t) and len(t) >= 4) for t in tokens)


@functools.lru_cache(maxsize=16_384)
def text_problem(text: str, *, what: str = "this", min_words: int = 1,
                 example: str = "", name: bool = False) -> TextProblem | None:
    """What is wrong with ``text`` as ``what`` (``None`` when nothing is).

    ``min_words`` is how many real words it needs; ``example`` shows what good looks like.
    With ``name``, ``text`` is a person's name or alias: only placeholders are refused.
    """
    show = f" For example: \u201c{example}\u201d." if example else ""
    if not text or not text.strip():
        return TextProblem("empty", f"Write {what}.{show}")
    if name:
        if _placeholder_name(text):
            return TextProblem("filler", f"\u201c{_short(text)}\u201d is a placeholder, not "
                               f"{what}: use a first name or a nickname.")
        return None
    if _is_filler(text):
        return TextProblem("filler", f"\u201c{_short(text)}\u201d is a placeholder, not "
                           f"{what}: write what you really mean, in plain words.{show}")
    meaning = content_words(text)
    if (meaning and all(w in _GENERIC for w in meaning) and len(words(text)) <= 8
            and not _names(text)):
        return TextProblem("vague", f"\u201c{_short(text)}\u201d could be said of anyone: "
                           f"make {what} specific (who, what, how often, how much).{show}")
    count = _real_count(text)
    if count < min_words:
        return TextProblem("short", f"\u201c{_short(text)}\u201d is too short for {what}: "
                           f"write at least {min_words} words.{show}")
    return None


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --------------------------------------------------------------------------- likeness


#: Texts are compared on their first words only (a 1 MB text is not compared whole).
KEY_CHARS = 400


@functools.lru_cache(maxsize=16_384)
def _key(text: str) -> str:
    return " ".join(words(text))[:KEY_CHARS]


@functools.lru_cache(maxsize=65_536)
def similar(a: str, b: str, score: float = DUPLICATE_SCORE) -> bool:
    """``a`` and ``b`` say the same thing in nearly the same words."""
    from rapidfuzz import fuzz

    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    return ka == kb or fuzz.token_sort_ratio(ka, kb) >= score


def near_duplicates(texts: Sequence[str], score: float = DUPLICATE_SCORE
                    ) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of texts in one list that say nearly the same thing."""
    keys = [_key(t) for t in texts[:MAX_COMPARED]]
    if len(keys) < 2:
        return []
    from rapidfuzz import fuzz, process

    matrix = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=score)
    pairs = []
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if keys[i] and keys[j] and (keys[i] == keys[j] or matrix[i][j] >= score):
                pairs.append((i, j))
    return pairs


# --------------------------------------------------------------------------- the kit's examples


_MODEL_ANSWERS: contextvars.ContextVar[bool] = contextvars.ContextVar("model_answers",
                                                                    default=False)


@contextlib.contextmanager
def model_answers() -> Iterator[None]:
    """Within this block, the sentences of the kit's example workbooks are not copies: the
    work checked *is* a model answer (the instructor's preview of an assignment, the examples'
    own tests). Text copied from the lessons is still flagged."""
    token = _MODEL_ANSWERS.set(True)
    try:
        yield
    finally:
        _MODEL_ANSWERS.reset(token)


@functools.lru_cache(maxsize=1)
def _example_index() -> dict[str, str]:
    from importlib import resources

    index: dict[str, str] = {}
    data = resources.files("kit.checks").joinpath("example_texts.tsv").read_text("utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            source, _, text = line.partition("\t")
            index.setdefault(_key(text), source)
    return index


def copied_example(text: str, *, min_words: int = 5) -> str | None:
    """Where ``text`` was copied from ("lesson 03's worked example", "the kit's example
    workbook 'freshbox'"), when it is a sentence
    of the kit's own worked examples or example workbooks; ``None`` otherwise. Short phrases
    ("aged 25-44") are never counted as copied."""
    source = _copied(text, min_words)
    if not source:
        return None
    if source.startswith("example "):
        return None if _MODEL_ANSWERS.get() else f"the kit's example workbook '{source[8:]}'"
    return f"{source}'s worked example"


@functools.lru_cache(maxsize=16_384)
def _copied(text: str, min_words: int) -> str | None:
    key = _key(text)
    if len(key.split()) < min_words:
        return None
    return _example_index().get(key)


_SENTENCE = re.compile(r"(?<=[.!?])[\"\u201d]?\s+")


def copied_sentences(text: str, *, min_words: int = 5) -> str | None:
    """Where a long text was copied from, when most of its sentences (of ``min_words`` words
    or more) are sentences of the kit's worked examples or example workbooks."""
    whole = copied_example(text, min_words=min_words)
    if whole:
        return whole
    parts = [p for p in _SENTENCE.split(" ".join(text.split()))
             if len(words(p)) >= min_words]
    found = [c for c in (copied_example(p, min_words=min_words) for p in parts) if c]
    return found[0] if parts and len(found) * 2 > len(parts) else None
