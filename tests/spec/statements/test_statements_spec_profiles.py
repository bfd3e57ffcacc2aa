"""Obituaries and profiles: a hyphenated surname is its bearer, not a relative sharing its last
part; "she later said" inside a sentence about someone is that person's; quotes from past years
are dated by the year the text gives, as a range over it. Every article here is invented."""

from datetime import date

import pytest

PROFILE = (
    "Marta Okafor-Berg, a botanist who catalogued the orchids of the southern highlands, died on 2 May. She was 88.\n\n"
    "Her son, Piet Berg, said on Monday that she died peacefully. \"She was labelling seeds last week,\" Berg said.\n\n"
    "Born in Accra in 1936, Okafor-Berg studied chemistry because, she later said, \"botany was not offered to women\".\n\n"
    "\"I counted what others ignored,\" she told a radio station in 1988.\n"
)


@pytest.mark.parametrize("text", [
    PROFILE,
    PROFILE.replace("Marta Okafor-Berg", "Ilse Navarro-Holm").replace("Okafor-Berg", "Navarro-Holm")
           .replace("Piet Berg", "Karin Holm").replace("Her son", "Her daughter").replace("Berg said", "Holm said"),
])
def test_a_hyphenated_surname_is_its_bearer_not_the_relative_with_its_last_part(statements, one, text):
    stmts = statements(text, date(2025, 5, 7))
    subject = "Marta Okafor-Berg" if "Okafor" in text else "Ilse Navarro-Holm"
    assert one(stmts, "botany was not offered").speaker == subject
    assert one(stmts, "I counted what others ignored").speaker == subject
    assert one(stmts, "labelling seeds").speaker != subject


def test_a_quote_from_a_past_year_is_dated_over_that_year(statements, one):
    st = one(statements(PROFILE, date(2025, 5, 7)), "I counted what others ignored")
    assert (st.when_start, st.when_end) == (date(1988, 1, 1), date(1988, 12, 31))


def test_a_paragraph_setting_a_past_year_dates_the_quote_after_it(statements, one):
    text = ("Rui Salgado-Moss, a ferry captain, died on Friday.\n\n"
            "In a 1997 interview he was asked whether he feared the winter crossings.\n\n"
            "\"Every crossing. Fear keeps you awake,\" he said.\n")
    st = one(statements(text, date(2024, 3, 4)), "Fear keeps you awake")
    assert (st.when_start, st.when_end) == (date(1997, 1, 1), date(1997, 12, 31))


def test_a_year_of_this_year_or_a_figure_is_no_range(statements, one):
    text = "Mayor Ines Varga said in 2024 the port had lost money. \"We will recover,\" she said on Monday."
    st = one(statements(text, date(2024, 5, 9)), "We will recover")
    assert st.when_start == date(2024, 5, 6) and st.when_end is None


@pytest.mark.parametrize("background", [
    "Navarro took over as chief executive in 2019 after the founder retired.",
    "In the 2019 election the party had won only four seats.",
])
def test_a_past_year_of_another_event_does_not_date_the_statement_after_it(statements, one, background):
    text = f"Ilse Navarro spoke to reporters on Monday.\n\n{background} \"We will grow,\" Navarro said.\n"
    st = one(statements(text, date(2025, 5, 7)), "We will grow")
    assert st.when_end is None and st.when_start is not None and st.when_start.year == 2025


@pytest.mark.parametrize("lead", ["She pauses, then adds:", "She smiles, then adds:"])
def test_a_speech_verb_after_a_narrated_gesture_keeps_the_subject(statements, one, lead):
    text = ("Eilidh Rankin runs the island school. \"Families ask whether the place has a future,\" she says.\n\n"
            f"{lead} \"Nobody will ever announce that the island is closed.\"\n")
    assert one(statements(text, None), "Nobody will ever announce").speaker == "Eilidh Rankin"
