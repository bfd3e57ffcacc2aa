"""Cleaning leaves out whole lines of site furniture only, and records what it left out."""

import pytest

from tests.spec.invented import cleaned as _article


def _paragraphs(a) -> list[str]:
    return [a.slice(p) for p in a.paragraphs]


@pytest.mark.parametrize(
    "last",
    [
        "The two villages share one river, and Mayor Ida Ilford said she would not give it up.",
        "“Copyright law protects nobody here,” said Noor Basri, a songwriter from Ilford.",
        "Ilford residents can sign up for the evening classes, the council said.",
        "Carla Ng, who runs the cookie stall, said subscribers to her newsletter had doubled.",
        "Share on average rose 3%, according to Pim Lowe.",
        "Officials did not reflect on the views of Ilford residents.",
        "Readers of the site said the views of the editors were unclear.",
    ],
)
def test_a_last_paragraph_with_furniture_words_is_kept(last):
    a = _article(f"Fair opens\n\nThe fair opened on Friday.\n\n{last}")
    assert _paragraphs(a)[-1] == last
    assert a.dropped == ()


def test_whole_lines_of_furniture_are_dropped_and_listed():
    furniture = [
        "Subscribe to our newsletter",
        "© 2024 Example Media. All rights reserved.",
        "Share on Facebook | Twitter | Email",
        "Sign up for our morning briefing",
        "Advertisement",
        "The views expressed here do not necessarily reflect those of this site.",
    ]
    text = "Fair opens\n\nThe fair opened on Friday.\n\nAdvertisement\n\nIt closes on Sunday.\n\n" + "\n\n".join(furniture[:-2] + furniture[-1:])
    a = _article(text)
    assert _paragraphs(a) == ["The fair opened on Friday.", "It closes on Sunday."]
    assert sorted(a.slice(s) for s in a.dropped) == sorted(furniture)


def test_a_credit_line_is_dropped_listed_and_names_the_outlet():
    a = _article("The fair opened on Friday.\n\nSource: Example Wire")
    assert a.outlet == "Example Wire"
    assert [a.slice(s) for s in a.dropped] == ["Source: Example Wire"]


def test_a_place_named_only_in_the_dateline_stays_in_the_lede():
    a = _article("Fair opens\n\nTARNOW, May 3 (Reuters) - The fair opened, organisers said.\n\nIt closes soon.")
    assert _paragraphs(a)[0].startswith("TARNOW")


def test_a_recordings_stage_notes_alone_on_their_lines_are_dropped_not_bracketed_words():
    a = _article("Quarry voices\n\nRH: We cut stone by hand then.\n\n[pause]\n\nRH: Then the saws came. [laughs]\n\n"
                 "[Later added: the last hand cutter retired in 1988.]\n\n[End of extract]")
    assert sorted(a.slice(s) for s in a.dropped) == ["[End of extract]", "[pause]"]
    assert "RH: Then the saws came. [laughs]" in _paragraphs(a)
    assert "[Later added: the last hand cutter retired in 1988.]" in _paragraphs(a)
