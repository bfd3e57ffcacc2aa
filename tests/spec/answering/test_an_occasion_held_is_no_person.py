""""Where is the lifeboat fundraiser being held?": what is held, staged or hosted is an occasion,
not a described person, though its noun could name one ("a fundraiser" raises funds). The question
is no role to look for and decline when no passage names the role; it asks where the occasion is.
Every article here is invented (a real country only as a setting)."""

ARTICLE = """Title: Lifeboat crew plans open day after engine failure
Publisher: The Skerry Gazette
Date: 2026-09-04

PORTNAHAVEN — The volunteer crew of the Portnahaven lifeboat will hold an open day next month to pay for a new engine after theirs failed during a rescue in August.

The crew's coxswain, Torquil Macrae, said the boat had been off service for three weeks.

The Seahorse Swim, a sponsored swim across the bay to raise money for the engine, will be held on Saturday 10 October from the old fish market on the pier, with a ceilidh in the evening.

Tickets cost £10 and can be bought at the harbour office.
"""


def test_where_an_occasion_is_held_is_answered(app_over):
    with app_over("gazette.txt", ARTICLE) as app:
        answer = app.answer("where is the seahorse swim fundraiser being held")
    assert "old fish market" in answer.text, answer.text


def test_a_person_asked_by_role_is_still_a_role():
    from bot.answering.question import analyse

    assert analyse("what did the fundraiser say about the engine").role_head is not None
    assert analyse("where is the Seahorse fundraiser being held").role_head is None
