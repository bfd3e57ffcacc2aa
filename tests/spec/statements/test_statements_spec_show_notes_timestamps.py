"""A podcast episode's show-notes page: bullets opened by a bold timestamp ("- **[03:10]** Ann Roe on
the morning after: "..."", "- **[30:05]** Ann says ...") are the named guest's words; a possessive
label ("Ann's answer:", "Bo's own confession:") gives the words after it to that person; a pronoun
in a labelled bullet ("Maddy on the plan: she says ...") is the label's person, not a woman named
in the bullet above; two persons' clauses on a semicolon ("Bo thinks ...; Ann says ...") are each
their own; the host is the one the page's top line names ("a podcast with Ann Roe"). The page
gives no date ("Released 2 months ago"): no statement is dated. Every article is invented."""

from tests.spec.invented import statements_of

NOTES = """# Ep. 24 — Cold frames and the late frost

**Under Glass** · a market-gardening podcast with Orsolya Quillfeather
Released 2 months ago · 47 min · Season 2

## In this episode

Orsolya talks to Arne and Maddy Olvanger, who grow salad leaves on four acres, about the May frost that took most of their first sowings. Arne says it was "the coldest night we've logged since we started".

Also on the show: county horticulture adviser Greta Brisco explains what she saw on farm visits, and we answer a listener's question about fleece.

## Timestamps

- **[00:00]** Intro, and a warning: the audio drops out twice because the barn's wifi is patchy.
- **[03:10]** Arne Olvanger on the morning after the frost: "The leaves looked fine until the sun hit them. Then they just collapsed."
- **[06:20]** Greta says the valley floor always runs two degrees colder than the slope.
- **[09:25]** Maddy on the sowing plan: she says the first sowings went in "a fortnight earlier than we'd normally risk".
- **[16:40]** Arne and Maddy disagree about heaters. Arne thinks they would have cost more than the crop; Maddy says "two paraffin heaters would have paid for themselves".
- **[24:15]** Greta Brisco: "Every grower I visited that week lost something. The ones who lost least had fleece on the night before."
- **[30:05]** Greta says she has seen no sign of a new blight, and asks growers to send samples rather than guess.
- **[35:50]** Listener question from Odile in Glenrothes: can you reuse last year's fleece? Greta's answer: only if it has no tears, and "wash it first".
- **[44:00]** Orsolya's own confession: she lost all her courgettes, "and I'm meant to be the expert here".
- **[46:10]** Outro and thanks.
"""


def _by(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert found, (fragment, [(s.speaker, s.content) for s in stmts])
    return found[0]


def test_a_bold_timestamp_bullet_is_the_named_guests():
    stmts = statements_of(NOTES, "ep24.md")
    assert _by(stmts, "The leaves looked fine").speaker == "Arne Olvanger"
    assert _by(stmts, "Every grower I visited").speaker == "Greta Brisco"
    assert _by(stmts, "The ones who lost least").speaker == "Greta Brisco"


def test_a_possessive_label_gives_the_words_after_it():
    stmts = statements_of(NOTES, "ep24.md")
    assert _by(stmts, "only if it has no tears").speaker == "Greta Brisco"
    assert _by(stmts, "she lost all her courgettes").speaker == "Orsolya Quillfeather"  # the host, named at the top


def test_a_pronoun_under_a_label_is_the_labels_person():
    stmts = statements_of(NOTES, "ep24.md")
    assert _by(stmts, "a fortnight earlier").speaker == "Maddy Olvanger"


def test_two_persons_clauses_on_a_semicolon_are_each_their_own():
    stmts = statements_of(NOTES, "ep24.md")
    arne = _by(stmts, "they would have cost more than the crop")
    maddy = _by(stmts, "two paraffin heaters")
    assert arne.speaker == "Arne Olvanger" and "paraffin" not in arne.content
    assert maddy.speaker == "Maddy Olvanger" and "cost more" not in maddy.content


def test_an_undated_page_dates_no_statement():
    assert all(s.when_start is None for s in statements_of(NOTES, "ep24.md"))


PLAIN = """# Episode 9: The library van's last round

**Shelf Life** · a podcast about small libraries, hosted by Ines Skelwick
Posted 5 days ago

(01:10) Ines on why the van matters: she says it is the only library some villages have ever had.
(06:45) Bartholomew Quince: "I've driven that van for nineteen years. I know which farms want crime novels."
(12:30) Bartholomew on the budget: he says the council's figures leave out the fuel the van saves families.
(18:05) Wilhelmina Storr says the trust will keep a Saturday service going until spring.
(25:40) Ines's own confession: she has never once returned a book on time.
"""


def test_timestamps_in_brackets_open_lines_as_bullet_marks_do():
    stmts = statements_of(PLAIN, "ep9.md")
    assert _by(stmts, "I know which farms want crime novels").speaker == "Bartholomew Quince"
    assert _by(stmts, "never once returned a book").speaker == "Ines Skelwick"
    assert _by(stmts, "the only library some villages").speaker == "Ines Skelwick"
