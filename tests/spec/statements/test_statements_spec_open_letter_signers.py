"""An open letter from a group: addressed "To <name>, <post>, and to <body>:" on a line of its own,
written in "we", signed off "Yours," over a list of signers ("Name, Shop, Town (organiser)" ...
"... and 90 others"). Its sentences are the signers', the first named speaking for them, on the
letter's day; a quotation the letter gives someone else ("As one grower put it to us, "..."") stays
theirs. Invented letters."""

from datetime import date

from tests.spec.invented import statements_of

_LETTER = """An open letter to Fenmoor Dairies from family farms

Posted March 4, 2026

To Leopold Penrice, Managing Director, Fenmoor Dairies, and to the Fenmoor board:

We are dairy farmers from nine counties. Between us we milk 14,000 cows and sell most of it to you.

Your new contract would cut the price we are paid by four pence a litre from May. For a small herd that is the difference between a loss and a living.

As one grower put it to us, "I can live with a wet spring. I cannot live with a price below my costs."

We ask you to delay the new contract until the autumn and to meet us before it starts.

{closing}

Bethany Belamar, Upper Morethor Farm, Quenundy (organiser)
Bartholomew Ardavine, Glebe Farm, Marten Cross
Nell and Ezekiel Wexelda, Wexelda Brothers, Wexcombe
... and 93 other farms. The full list is on our website.

Fenmoor said on Thursday it would reply to the letter next week.
"""


def _stmts(closing="Yours,"):
    return statements_of(_LETTER.format(closing=closing), name="open_letter.txt")


def _speakers(stmts, fragment):
    return {s.speaker for s in stmts if fragment in s.content}


def test_each_sentence_of_an_open_letter_is_its_lead_signer_s():
    stmts = _stmts()
    for fragment in ("We are dairy farmers", "14,000 cows", "four pence a litre", "We ask you to delay"):
        assert _speakers(stmts, fragment) == {"Bethany Belamar"}, fragment


def test_the_letter_speaks_on_its_own_day():
    stmts = _stmts()
    assert {s.when_start for s in stmts if "four pence" in s.content} == {date(2026, 3, 4)}


def test_other_sign_offs_close_a_signers_list_too():
    stmts = _stmts("In solidarity,")
    assert _speakers(stmts, "We are dairy farmers") == {"Bethany Belamar"}


def test_the_list_of_signers_is_no_statement():
    stmts = _stmts()
    assert not any("Glebe Farm" in s.content or "93 other farms" in s.content for s in stmts)


def test_a_quotation_the_letter_gives_to_someone_else_stays_theirs():
    stmts = _stmts()
    assert all("grower" in s.speaker for s in stmts if "wet spring" in s.content or "below my costs" in s.content)
    assert any("wet spring" in s.content for s in stmts)


def test_a_list_of_names_without_an_address_or_sign_off_is_no_letter():
    text = _LETTER.replace("To Leopold Penrice, Managing Director, Fenmoor Dairies, and to the Fenmoor board:\n\n", "").format(closing="Our members")
    stmts = statements_of(text, name="open_letter.txt")
    assert "Bethany Belamar" not in _speakers(stmts, "14,000 cows")
