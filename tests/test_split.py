"""Where a segment splits (kit.synthesis.split), on constructed logs whose right split is known,
and on logs with no real split, where nothing may be proposed."""

from __future__ import annotations

import random

from kit.synthesis.split import CLEAR, LEAD, WORTH_TESTING, chance_of, propose_splits

C, X = "confirmed", "contradicted"


def test_chance_is_fishers_exact_test_worked_by_hand():
    # 3 of 5 confirmed, all of them the 3 inside: one way in C(5,3) = 10
    assert chance_of(5, 3, 3, 3) == 1 / 10
    # a perfect 4/4 split of 8: one way in C(8,4) = 70
    assert chance_of(8, 4, 4, 4) == 1 / 70
    # 3 of the 4 inside among 3 confirmed of 8: C(4,3)*C(4,0) / C(8,3) = 4/56
    assert chance_of(8, 4, 3, 3) == 4 / 56
    # at least one of 3 inside among 3 of 6 chosen: 1 - C(3,3)/C(6,3) = 19/20
    assert abs(chance_of(6, 3, 3, 1) - 19 / 20) < 1e-12


def test_the_clubs_that_lose_receipts_are_the_big_ones():
    """The issue's own example: the three who confirmed "receipts go missing" all run clubs
    of over 100 members; the two small clubs contradicted it or never raised it."""
    descriptors = {
        "ana": {"members: over 100", "sport: running", "city: Lyon"},
        "ben": {"members: over 100", "sport: running", "city: Porto"},
        "cy": {"members: over 100", "sport: rowing", "city: Lyon"},
        "dee": {"members: under 30", "sport: running", "city: Porto"},
        "eli": {"members: under 30", "sport: rowing", "city: Lyon"},
    }
    answers = {
        "ana": {"receipts": C, "kit": C}, "ben": {"receipts": C}, "cy": {"receipts": C},
        "dee": {"receipts": X, "kit": C}, "eli": {"kit": X},
    }
    splits = propose_splits(descriptors, answers)
    assert len(splits) == 1  # "under 30" is the same split, the other way round
    best = splits[0]
    assert best.descriptor == "members: over 100" and best.others == ("members: under 30",)
    assert best.inside == ("ana", "ben", "cy") and best.outside == ("dee", "eli")
    assert best.items == ("receipts",) and best.exceptions == 0
    assert best.chance == 1 / 10
    # but with 6 descriptors and 2 items among 5 people, a split this clean turns up somewhere
    # in most shuffles: a lead, not a finding
    assert best.anywhere > 0.2 and best.strength == LEAD
    said = best.said({"receipts": "receipts go missing"})
    assert '"receipts go missing"' in said and '"members: over 100"' in said
    assert "6 descriptors and 2 items" in said and "5 interviews" in said and "lead" in said


def test_with_one_descriptor_and_one_item_the_chance_anywhere_is_fishers():
    """Nothing else to search: the chance anywhere is the chance of that one split, 1 in 10
    (3 of 5 confirmed, and they are exactly the 3 inside: one way in C(5,3))."""
    descriptors = {p: {"members: over 100"} for p in ("ana", "ben", "cy")} | {
        "dee": set(), "eli": set()}
    answers = {"ana": {"receipts": C}, "ben": {"receipts": C}, "cy": {"receipts": C},
               "dee": {"receipts": X}, "eli": {}}
    (split,) = propose_splits(descriptors, answers)
    assert abs(split.anywhere - 1 / 10) < 1e-12 and split.strength == WORTH_TESTING
    assert "next round" in split.said() and "not proven" in split.said()


def test_no_split_is_invented_when_no_descriptor_lines_up_with_the_answers():
    descriptors = {"a": {"x: 1", "y: 1"}, "b": {"x: 1", "y: 2"}, "c": {"x: 2", "y: 1"},
                   "d": {"x: 2", "y: 2"}, "e": {"x: 1", "y: 1"}}
    answers = {"a": {"i": C, "everyone": C, "alone": C}, "b": {"i": X, "everyone": C},
               "c": {"everyone": C}, "d": {"i": C, "everyone": C}, "e": {"everyone": C}}
    # "i" is confirmed by a and d, who share no descriptor; "everyone" by all; "alone" by one
    assert propose_splits(descriptors, answers) == []
    # a descriptor everyone has splits nobody
    same = {p: {"sector: clubs"} for p in descriptors}
    assert propose_splits(same, answers) == []


def test_three_interviews_give_a_lead_only_and_one_confirmation_is_no_pattern():
    descriptors = {"a": {"size: big"}, "b": {"size: big"}, "c": {"size: small"}}
    answers = {"a": {"i": C}, "b": {"i": C}, "c": {"i": X}}
    (split,) = propose_splits(descriptors, answers)
    assert split.strength == LEAD and split.chance == 1 / 3
    assert "a lead only" in split.said()
    # only c confirmed j: an anecdote, not a split
    assert propose_splits(descriptors, {"a": {"j": X}, "b": {}, "c": {"j": C}}) == []


def test_with_more_interviews_one_exception_is_allowed_and_a_perfect_split_is_clear():
    people = [f"p{i}" for i in range(8)]
    descriptors = {p: {"diet: vegan" if i < 4 else "diet: omnivore"} for i, p in
                   enumerate(people)}
    perfect = {p: {"labels": C if i < 4 else X} for i, p in enumerate(people)}
    (split,) = propose_splits(descriptors, perfect)
    assert split.descriptor == "diet: vegan" and split.strength == CLEAR
    assert split.chance == 1 / 70
    one_off = {p: {"labels": C if i < 3 else X} for i, p in enumerate(people)}
    (split,) = propose_splits(descriptors, one_off)
    assert split.exceptions == 1 and split.chance == 4 / 56 and split.strength == WORTH_TESTING
    # the 3 who confirmed could have been 3 of the vegans or 3 of the omnivores: 2 x 4/56
    assert abs(split.anywhere - 8 / 56) < 0.03


def test_the_split_that_explains_more_items_comes_first():
    people = [f"p{i}" for i in range(6)]
    descriptors = {p: {f"team: {'large' if i < 3 else 'small'}",
                       f"region: {'north' if i in (0, 1, 4) else 'south'}"}
                   for i, p in enumerate(people)}
    answers = {p: {"approvals": C if i < 3 else X, "training": C if i < 3 else X,
                   "weather": C if i in (0, 1, 4) else X} for i, p in enumerate(people)}
    splits = propose_splits(descriptors, answers)
    assert [s.descriptor for s in splits] == ["team: large", "region: north"]
    assert set(splits[0].items) == {"approvals", "training"} and splits[1].items == ("weather",)


def test_many_descriptors_searched_on_random_answers_are_not_called_clear():
    """8 interviewees, 6 descriptors each drawn at random, 5 items answered at random: the
    best split's own chance is often below 1 in 20 (so many tries), but the chance anywhere
    accounts for the search and calls almost none of them clear (1 in 20 at most, by the
    definition of that chance)."""
    rng = random.Random(11)
    fisher_clear = anywhere_clear = logs = 0
    for _ in range(60):
        people = [f"p{i}" for i in range(8)]
        descriptors = {p: {f"f{k}: {rng.choice('ab')}" for k in range(6)} for p in people}
        answers = {p: {f"item{j}": rng.choice([C, X, C]) for j in range(5)} for p in people}
        splits = propose_splits(descriptors, answers)
        logs += 1
        fisher_clear += any(s.chance < 0.05 for s in splits)
        anywhere_clear += any(s.strength == CLEAR for s in splits)
    assert fisher_clear >= 5 and anywhere_clear <= 0.1 * logs


def test_random_answers_rarely_give_a_clear_split():
    """Answers drawn at random, independently of the descriptors: over many such logs of 5
    interviews, nothing is ever called clear (the best possible there is 1 in 10)."""
    rng = random.Random(7)
    for _ in range(200):
        people = [f"p{i}" for i in range(5)]
        descriptors = {p: {f"f{k}: {rng.choice('ab')}" for k in range(3)} for p in people}
        answers = {p: {f"item{j}": rng.choice([C, X]) for j in range(4)} for p in people}
        assert all(s.strength != CLEAR for s in propose_splits(descriptors, answers))


def test_a_larger_round_allows_one_exception_per_side_for_every_six_interviews():
    """18 interviews (3 exceptions allowed per side), 9 of them from big firms: 7 of the big
    ones and 1 small one confirmed "approvals take weeks" (2 exceptions inside, 1 outside):
    a clean split. With only 5 of the big ones, 4 exceptions inside are too many (and 5/9
    against 1/9 is less than half apart)."""
    people = [f"p{i}" for i in range(18)]
    descriptors = {p: {"size: over 250" if i < 9 else "size: under 50"}
                   for i, p in enumerate(people)}
    two_off = {p: {"approvals": C if i < 7 or i == 9 else X} for i, p in enumerate(people)}
    (split,) = propose_splits(descriptors, two_off)
    assert split.exceptions == 3 and split.descriptor == "size: over 250"
    four_off = {p: {"approvals": C if i < 5 or i == 9 else X} for i, p in enumerate(people)}
    assert propose_splits(descriptors, four_off) == []  # 4 exceptions inside: more than 3
