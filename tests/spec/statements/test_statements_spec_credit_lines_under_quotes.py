"""A quotation whose speaker is given by layout alone: the dash line under it credits it (an NGO's
field report, a company page's testimonials, a release's pull quote in a Markdown blockquote).
The credited name need not be one the lexicon knows."""

from tests.spec.invented import cleaned, speaker_of, statements_of

FIELD_REPORT = """PROGRAMME UPDATE | Food Security | Northern Region

Granaries half empty after a second poor harvest

Published 3rd February 2025 by the Tawala Grain Fund

Maize stocks in the four districts the Fund supports are at less than half of last year's level, our monitors found.

"We ate the seed we had kept for planting. There was nothing else left in the house by December."
— Ndeye Fatou Sarr, 44, farmer, Koumbal village

"If the March planting fails too, we will see families leaving the district for the towns."
— Ousmane Diallo Kane, district agronomist

The Fund is asking donors for 300 tonnes of seed before the rains.
"""

RELEASE_NOTES = """# Larchmont 7 ships with a dark mode

*Posted on 14.05.2025 by the Larchmont team*

Dark mode has been the most requested feature on our forum for two years.

> «People were reading our app in bed at midnight and we were blinding them. It was overdue, and we know it.»
> — Severin Aebischer

The update is free for every plan.
"""


def test_a_testimonial_is_its_credited_writers_though_the_name_is_unknown():
    stmts = statements_of(FIELD_REPORT)
    assert speaker_of(stmts, "We ate the seed") == "Ndeye Fatou Sarr"
    assert speaker_of(stmts, "families leaving the district") == "Ousmane Diallo Kane"


def test_the_credit_line_stays_with_its_quotation_for_answers_to_cite():
    art = cleaned(FIELD_REPORT)
    quoted = next(art.text[p.start:p.end] for p in art.paragraphs if "We ate the seed" in art.text[p.start:p.end])
    assert "Ndeye Fatou Sarr" in quoted


def test_a_blockquoted_pull_quote_in_guillemets_is_its_credited_speakers():
    stmts = statements_of(RELEASE_NOTES, name="x.md")
    assert speaker_of(stmts, "blinding them") == "Severin Aebischer"


ALL_HANDS = """# Larchmont moves to a Team plan

*Posted on 14.05.2025 by the Larchmont team*

From June, schools and clubs can buy a Team plan for every member.

Our finance chief, Romilda Feuz, explained the change at last week's staff meeting:

> «We are not raising the price of the single plan. Clubs were sharing one login between thirty people.»

Route sharing follows later in the year.
"""


def test_a_cue_naming_its_subject_before_the_colon_announces_the_quotation_below():
    stmts = statements_of(ALL_HANDS, name="x.md")
    assert speaker_of(stmts, "not raising the price") == "Romilda Feuz"
