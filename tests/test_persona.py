"""kit.plots.persona: the persona card, checked on its artists (not pixels), and its export."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.image import imsave
from matplotlib.text import Text

import kit
from kit.errors import KitError
from kit.model import Workbook
from kit.plots import draw_persona_card, export_persona

FRESHBOX = Path(__file__).resolve().parents[1] / "datasets" / "examples" / "freshbox.json"
BUSY = "Busy urban professionals living alone or as a couple"
QUOTE = ("I get home at eight and the last thing I want is to decide what to cook, so I open "
         "the delivery app again.")
KINDS = ("job", "pain", "gain")
LONG = ("because the evening routine with two small children leaves almost no time for "
        "anything else at all")


# --------------------------------------------------------------------------- helpers


@pytest.fixture
def freshbox(tmp_path) -> Workbook:
    """The FreshBox example (a copy), with a persona for its targeted segment. Evidence after
    a first round: the top job and gain validated, the second pain invalidated."""
    path = tmp_path / "workbook.json"
    shutil.copy(FRESHBOX, path)
    wb = kit.open_workbook(path)
    seg = wb.segment(BUSY)
    p = wb.persona
    p.segment, p.name, p.age = seg.id, "Maya Okafor", "34"
    p.location, p.occupation = "Rotterdam, city-centre flat", "Management consultant"
    p.quote = QUOTE
    p.story = ("Maya lives alone and works long days. She buys vegetables on Sunday with good "
               "intentions, then orders takeaway most weeknights.")
    seg.profile.jobs[0].evidence = "validated"
    seg.profile.pains[1].evidence = "invalidated"
    seg.profile.gains[0].evidence = "validated"
    return wb


def expected_top(wb: Workbook, kind: str) -> list[str]:
    items = wb.segment(BUSY).profile.items_of(kind)
    return [i.text for i in items if i.evidence != "invalidated"][:3]


def texts(fig: Figure, gid: str) -> list[Text]:
    return [t for ax in fig.axes for t in ax.texts if t.get_gid() == gid]


def joined(fig: Figure, gid: str) -> str:
    """The wrapped lines of one piece of text, joined back together."""
    return " ".join(t.get_text() for t in texts(fig, gid))


def lines(fig: Figure, gid: str) -> list:
    return [ln for ax in fig.axes for ln in ax.lines if ln.get_gid() == gid]


def rendered(fig: Figure):
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def long_workbook() -> Workbook:
    """Everything far too long for the card, with dollar signs and TeX in the text."""
    wb = Workbook()
    seg = wb.add_segment(f"A segment whose name goes on {LONG} $x^2$")
    for i in range(12):
        seg.add_descriptor("behavioural", f"descriptor {i} costs $5 a week")
    for kind in KINDS:
        for i in range(5):
            seg.profile.add(kind, f"{kind} {i + 1} $10 {LONG} {LONG}",
                            evidence=("validated", "hypothesis")[i % 2])
    p = wb.persona
    p.segment, p.name, p.age = seg.name, "Bartholomew Featherstonehaugh-Cholmondeley", "45"
    p.location, p.occupation = f"Somewhere {LONG}", f"Chief $ officer {LONG}"
    p.quote, p.story = f"It's $5 a month {LONG} " * 4, f"{LONG} " * 8
    return wb


# --------------------------------------------------------------------------- the card


def test_card_shows_who_the_persona_is_and_the_segment_they_stand_for(freshbox):
    fig = draw_persona_card(freshbox)
    assert isinstance(fig, Figure)
    width, height = fig.get_size_inches()
    assert 1.35 < width / height < 1.48  # landscape, A5 proportions
    assert joined(fig, "name") == "Maya Okafor"
    assert joined(fig, "details") == "34 · Rotterdam, city-centre flat · Management consultant"
    assert joined(fig, "segment") == BUSY
    assert joined(fig, "descriptors").startswith("aged 25-44 · ")
    assert joined(fig, "quote") == f"\u201c{QUOTE}\u201d"
    assert joined(fig, "story").startswith("Maya lives alone")
    assert [t.get_text() for t in texts(fig, "job:heading")] == ["Tries to get done"]
    assert [t.get_text() for t in texts(fig, "pain:heading")] == ["Top pains"]
    assert [t.get_text() for t in texts(fig, "gain:heading")] == ["Top gains"]
    rendered(fig)


def test_initials_stand_in_for_the_picture_when_there_is_none(freshbox):
    fig = draw_persona_card(freshbox)
    assert [t.get_text() for t in texts(fig, "picture:initials")] == ["MO"]
    assert not fig.axes[0].images


def test_top_three_jobs_pains_and_gains_in_rank_order_without_invalidated_ones(freshbox):
    fig = draw_persona_card(freshbox)
    invalidated = freshbox.segment(BUSY).profile.pains[1].text
    for kind in KINDS:
        top = expected_top(freshbox, kind)
        assert len(top) == 3
        assert [joined(fig, f"{kind}:{rank}:text") for rank in (1, 2, 3)] == top
        assert [t.get_text() for r in (1, 2, 3) for t in texts(fig, f"{kind}:{r}:number")] \
            == ["1", "2", "3"]
        assert not texts(fig, f"{kind}:4:text")
        tops = [texts(fig, f"{kind}:{r}:text")[0].get_position()[1] for r in (1, 2, 3)]
        assert tops == sorted(tops, reverse=True)  # rank 1 at the top
    shown = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert invalidated[:30] not in shown


def test_validated_items_carry_a_check_and_hypotheses_do_not(freshbox):
    fig = draw_persona_card(freshbox)
    assert lines(fig, "job:1:validated") and lines(fig, "gain:1:validated")
    assert not lines(fig, "job:2:validated") and not lines(fig, "pain:1:validated")
    renderer = rendered(fig)  # the check sits just right of the item's last line
    check = lines(fig, "job:1:validated")[0]
    last = texts(fig, "job:1:text")[-1].get_window_extent(renderer)
    x = fig.axes[0].transData.transform((check.get_xdata()[0], 0))[0]
    assert last.x1 < x < last.x1 + 40


def test_dollar_signs_and_tex_are_drawn_as_plain_text(freshbox):
    freshbox.persona.name = "$am $5"
    freshbox.persona.quote = "It costs $5, then $10 \u2014 $x^2$ \\frac{1}{2}"
    freshbox.segment(BUSY).profile.jobs[0].text = "Spend under $$20 on $dinner$"
    with rc_context({"text.usetex": True}):  # a global setting must not need LaTeX
        fig = draw_persona_card(freshbox)
        rendered(fig)
    assert joined(fig, "name") == "$am $5"
    assert joined(fig, "quote") == "\u201cIt costs $5, then $10 \u2014 $x^2$ \\frac{1}{2}\u201d"
    assert joined(fig, "job:1:text") == "Spend under $$20 on $dinner$"
    assert all(not t.get_parse_math() and not t.get_usetex() for t in fig.axes[0].texts)


def test_a_readable_picture_is_shown_clipped_to_the_circle(freshbox, tmp_path):
    picture = tmp_path / "pictures" / "maya.png"
    picture.parent.mkdir()
    imsave(picture, np.linspace(0, 1, 60 * 40 * 3).reshape(60, 40, 3))
    freshbox.persona.picture = str(picture)
    fig = draw_persona_card(freshbox)
    (image,) = fig.axes[0].images
    assert image.get_gid() == "picture:image"
    assert image.get_array().shape[:2] == (40, 40)  # the centre square: never stretched
    assert image.get_clip_path() is not None
    assert not texts(fig, "picture:initials")
    rendered(fig)


def test_a_picture_path_is_also_looked_up_beside_the_workbook(freshbox):
    imsave(freshbox.path.parent / "maya.png", np.zeros((8, 8, 3)))
    freshbox.persona.picture = "maya.png"
    assert [i.get_gid() for i in draw_persona_card(freshbox).axes[0].images] == \
        ["picture:image"]


@pytest.mark.parametrize("picture", ["missing.png", "not-an-image.png", "folder", "   ",
                                     "https://example.org/maya.jpg", "bad\x00name.png"])
def test_an_unreadable_picture_falls_back_to_the_initials(freshbox, picture):
    folder = freshbox.path.parent
    (folder / "not-an-image.png").write_text("this is not a picture")
    (folder / "folder").mkdir()
    freshbox.persona.picture = picture
    fig = draw_persona_card(freshbox)
    assert not fig.axes[0].images
    assert [t.get_text() for t in texts(fig, "picture:initials")] == ["MO"]
    rendered(fig)


def test_empty_fields_get_friendly_placeholders():
    wb = Workbook()
    seg = wb.add_segment("Nobody yet")
    seg.profile.add_pain("Was wrong", evidence="invalidated")
    wb.persona.segment = seg.id
    fig = draw_persona_card(wb)
    assert [t.get_text() for t in texts(fig, "picture:initials")] == ["?"]
    assert joined(fig, "name") == "Give your persona a name"
    assert "age" in joined(fig, "details")
    assert joined(fig, "quote:placeholder") == "No quote yet \u2014 add one from your interviews"
    assert not texts(fig, "quote") and not texts(fig, "story")
    assert joined(fig, "job:placeholder") == "No jobs in the profile yet"
    assert joined(fig, "pain:placeholder") == "All pains so far were invalidated"
    rendered(fig)


def _inside_and_apart(fig: Figure) -> None:
    renderer = rendered(fig)
    ax = fig.axes[0]
    card = ax.get_window_extent(renderer)
    shown = [t for t in ax.texts if t.get_text()]
    boxes = [t.get_window_extent(renderer) for t in shown]
    for text, box in zip(shown, boxes, strict=True):
        assert card.x0 - 1 <= box.x0 and box.x1 <= card.x1 + 1, text.get_text()
        assert card.y0 - 1 <= box.y0 and box.y1 <= card.y1 + 1, text.get_text()
    for i, a in enumerate(boxes):  # no two pieces of text overlap (the rank sits in its badge)
        for j in range(i + 1, len(boxes)):
            assert not a.shrunk(0.98, 0.9).overlaps(boxes[j].shrunk(0.98, 0.9)), \
                (shown[i].get_text(), shown[j].get_text())


def test_the_freshbox_card_keeps_every_text_on_the_card_and_apart(freshbox):
    fig = draw_persona_card(freshbox)
    _inside_and_apart(fig)
    body = {t.get_fontsize() for t in fig.axes[0].texts if t.get_gid().endswith(":text")}
    assert min(body) >= 8.0 - 1e-6  # legible on a wall


@pytest.mark.parametrize("figsize", [None, (5.0, 5.0)])
def test_far_too_long_text_is_wrapped_shrunk_and_cut_but_stays_on_the_card(figsize):
    wb = long_workbook()
    if figsize is None:
        fig = draw_persona_card(wb)
    else:  # on an axes the caller made: the card scales to it
        fig = Figure(figsize=figsize)
        assert draw_persona_card(wb, fig.add_subplot()) is fig
    _inside_and_apart(fig)
    assert len(texts(fig, "quote")) > 1 and joined(fig, "quote").endswith("\u2026")
    assert texts(fig, "story")  # a long quote still leaves the story some room
    for kind in KINDS:
        assert joined(fig, f"{kind}:1:text").startswith(f"{kind} 1 $10 because")
        assert joined(fig, f"{kind}:3:text").startswith(f"{kind} 3 $10")
    if figsize is None:
        body = {t.get_fontsize() for t in fig.axes[0].texts if t.get_gid().endswith(":text")}
        assert min(body) >= 7.0 - 1e-6


def test_drawing_on_a_subfigure_returns_the_whole_figure(freshbox):
    sub = Figure(figsize=(12, 5)).subfigures(1, 2)[1]
    assert draw_persona_card(freshbox, sub.add_subplot()) is sub.get_figure(root=True)


def test_another_persona_can_be_drawn_and_a_segment_can_be_named(freshbox):
    other = kit.model.Persona(segment="Families with young children in towns", name="Tomasz")
    fig = draw_persona_card(freshbox, persona=other)
    assert joined(fig, "name") == "Tomasz"
    assert joined(fig, "segment") == "Families with young children in towns"


# --------------------------------------------------------------------------- errors


def test_a_persona_without_a_segment_is_explained(freshbox):
    freshbox.persona.segment = ""
    with pytest.raises(KitError, match="does not say which segment") as err:
        draw_persona_card(freshbox)
    assert BUSY in str(err.value)  # names the choices
    with pytest.raises(KitError, match="does not say which segment"):
        export_persona(freshbox, freshbox.path.parent / "persona.png")


def test_a_persona_whose_segment_is_gone_is_explained(freshbox):
    freshbox.persona.segment = "deleted-id"
    with pytest.raises(KitError, match=r"'deleted-id'.*not in the workbook") as err:
        draw_persona_card(freshbox)
    assert BUSY in str(err.value)


def test_wrong_input_is_explained():
    with pytest.raises(KitError, match="needs the workbook"):
        draw_persona_card("Maya")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize(("name", "fmt", "magic"), [
    ("persona.png", None, b"\x89PNG\r\n\x1a\n"),
    ("persona.pdf", None, b"%PDF-"),
    ("Persona.PDF", None, b"%PDF-"),
    ("persona", "png", b"\x89PNG\r\n\x1a\n"),
    ("sub/folder/persona", "pdf", b"%PDF-"),
])
def test_export_writes_a_file_of_the_right_type(freshbox, tmp_path, name, fmt, magic):
    out = export_persona(freshbox, tmp_path / name, fmt=fmt)
    assert out.exists() and out.stat().st_size > 1000
    assert out.read_bytes().startswith(magic)
    assert out.suffix.lower() == (".png" if magic.startswith(b"\x89PNG") else ".pdf")


@pytest.mark.parametrize(("name", "fmt"), [("persona.jpg", None), ("persona.png", "svg"),
                                           ("persona", None)])
def test_an_unknown_format_names_the_valid_ones(freshbox, tmp_path, name, fmt):
    with pytest.raises(KitError, match="png, pdf"):
        export_persona(freshbox, tmp_path / name, fmt=fmt)
    assert not list(tmp_path.glob("persona*"))


def test_a_folder_that_cannot_be_made_is_a_plain_error(freshbox, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    with pytest.raises(KitError, match="Could not write"):
        export_persona(freshbox, tmp_path / "taken" / "persona.png")
