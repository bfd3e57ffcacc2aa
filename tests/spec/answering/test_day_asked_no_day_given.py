"""A question asking for a date or a day ("what date was the episode recorded") is declined where
the sentences on its thing place it only in a season or a year ("Last winter's episode ...") and
name no day. Where a sentence names the day, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

NOTES = """# Ep. 12 — Mending dry-stone walls in the wet

**Stones & Soil** with host Rosavine Rasmussen-Elmundy

Released 2 months ago · 41 min

In this episode Rosavine walks a fallen stretch of wall above Hollins Gill with waller Brigid Tamovan-Tate.

- Brigid says a wall built in the wet settles badly for years.

Links: last winter's episode on hedge-laying (Ep. 7), Brigid's walling courses.

Stones & Soil is recorded in a barn each winter, by two people, with help from listeners.
"""

DATED = """Title: Wallers record episode at Hollins Gill
Date: 2026-04-20

The hosts of the Stones & Soil podcast recorded their twelfth episode at Hollins Gill on 14 March, with waller Brigid Tamovan-Tate.
"""

CONTACTED = """Title: Borehole left half-dug at Kimaro
Date: 2025-09-16

Residents of Kimaro say a borehole promised two years ago has been left half-dug. Contacted, the county officer for water, Ms Zenavine Olembe-Kast, said the contractor had abandoned the site last year and that the county had since ended the contract.
"""

CALL = """Brackwell Mills — fourth-quarter results call

Date: 12 February 2026

Operator: Good afternoon and welcome to the Brackwell Mills fourth-quarter results call. All lines are muted.
Dunimer Quenwyn-Ardethor, chief executive: Thank you. Flour volumes rose eight per cent in the quarter.
"""

notes = app_fixture("notes.md", NOTES)
call = app_fixture("call.txt", CALL)
contacted = app_fixture("contacted.txt", CONTACTED)
dated = app_fixture("dated.txt", DATED)

test_declines = table(declines, [
    ask("notes", "what date was episode 12 of stones & soil recorded", id="season_only_names_no_date"),
])

test_answers = table(answers, [
    ask("dated", "What date was the twelfth episode of Stones & Soil recorded?", "14 March", id="day_named_is_answered"),
    ask("contacted", "On what date did the county water officer speak to the newspaper?", "16 September 2025",
        id="a_saying_is_dated_by_its_label"),
    ask("call", "On what date did Brackwell Mills hold its fourth-quarter call?", "12 February 2026", id="a_part_of_the_day_is_the_texts_day"),
])
