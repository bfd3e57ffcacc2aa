"""Speakers named only by a title ("The minister said", "His Excellency said", "the CFO added")
paragraphs after the person was introduced with name and title: the one person who holds that
title, and nobody when two do. Every article here is invented."""

import pytest

# Sentences that name nobody, so that the title-only speaker comes well after the introduction.
_FILLER = " ".join(f"The port handled {n} more ships than planned." for n in range(3, 10))


@pytest.mark.parametrize(
    "introduction, later, expected",
    [
        ("Finance Minister Laila Norberg opened the session. Opposition leader Martin Haas spoke next.",
         "The minister said the deficit would shrink.", "Laila Norberg"),
        ("His Excellency Sayyid Badr bin Hamad received the delegation in Muscat.",
         "His Excellency said the talks had been fruitful.", "Badr bin Hamad"),
        ("Chief financial officer Dana Whitlock presented the results, and chief executive Omar Petty took questions.",
         "The CFO added that margins would improve.", "Dana Whitlock"),
        ("Dana Whitlock, the chief financial officer, presented the results.",
         "The CFO added that margins would improve.", "Dana Whitlock"),
        ("Superintendent Karen Lowe addressed the board. Board president Tom Reyes thanked her.",
         "The superintendent said the budget was tight.", "Karen Lowe"),
        ("A spokeswoman for the ministry, Ines Carvalho, confirmed the plan.",
         "The spokeswoman said details would follow.", "Ines Carvalho"),
    ],
)
def test_a_title_alone_names_the_one_person_introduced_with_it(statements, one, introduction, later, expected):
    stmts = statements(f"{introduction} {_FILLER}\n\n{later}")
    st = one(stmts, later.split(" said ")[-1].split(" added that ")[-1].rstrip(".")[:20])
    assert st.speaker == expected


def test_a_title_two_people_hold_stays_as_written(statements, one):
    stmts = statements(f"Minister Laila Norberg and Minister Paul Grant met. {_FILLER}\n\nThe minister said the talks went well.")
    assert one(stmts, "talks went well").speaker == "The minister"


def test_the_finance_chief_is_not_the_chief_executive(statements, one):
    text = ("Chief financial officer Dana Whitlock presented the results, and chief executive Omar Petty took "
            "questions. The chief executive said sales rose.")
    assert one(statements(text), "sales rose").speaker == "Omar Petty"


def test_a_name_with_bin_is_found_by_its_first_part(statements, one):
    text = ("Sayyid Badr bin Hamad received the delegation in Muscat. Sheikha Noura Qasimi also attended. "
            "Badr said more talks would follow.")
    assert one(statements(text), "more talks").speaker == "Badr bin Hamad"


@pytest.mark.parametrize("text, expected", [
    ("University Vice-Chancellor Tomas Brenner said the campus would reopen.", "Tomas Brenner"),
    ("Karl-Heinz Brandt, a ferry captain, said the crossing was rough.", "Karl-Heinz Brandt"),
])
def test_an_office_written_with_a_hyphen_is_no_first_name(statements, one, text, expected):
    assert one(statements(text), text.split()[-2]).speaker == expected
