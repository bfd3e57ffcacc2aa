"""Honorifics of Indian, Nigerian and Philippine papers ("Thiru", "Shri", "Smt.", "Alhaji",
"Engr.", "Atty.") are titles, never part of the speaker's name. Invented reports."""

import pytest


@pytest.mark.parametrize("written, name, pronoun", [
    ("Thiru K. Selvam", "K. Selvam", "he"),
    ("Shri Rajan Mehta", "Rajan Mehta", "he"),
    ("Smt. Lata Iyer", "Lata Iyer", "she"),
    ("Tmt. R. Vasuki", "R. Vasuki", "she"),
    ("Alhaji Musa Danladi", "Musa Danladi", "he"),
    ("Engr. Lito Ramos", "Lito Ramos", "he"),
    ("Atty. Jose Cruz", "Jose Cruz", "he"),
])
def test_a_regional_honorific_is_no_part_of_the_name(statements, one, written, name, pronoun):
    stmts = statements(
        f"The Karvali water board will repair the canal before the monsoon, officials said on Tuesday.\n\n"
        f"{written}, president of the Karvali Growers' Union, said similar promises had been made in 2023. "
        f'"Only half the work was done," {pronoun} said.'
    )
    assert one(stmts, "similar promises").speaker == name
    assert one(stmts, "Only half the work").speaker == name


def test_a_district_collector_named_once_is_the_collector_after(statements, one):
    stmts = statements(
        "Desilting of 180 km of channels will begin on April 1, Collector R. Mohan Raj said on Tuesday.\n\n"
        "Farmers raised the delay in crop compensation. The Collector said Rs. 8 crore had been sanctioned "
        "and would reach their accounts within a fortnight."
    )
    assert one(stmts, "Rs. 8 crore").speaker.endswith("Mohan Raj")
