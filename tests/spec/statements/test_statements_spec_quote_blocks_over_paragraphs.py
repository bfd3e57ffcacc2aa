"""A government news release's "Quotes" section: each quotation credited on the line under it
("– NAME, TITLE"), no speech verb; one quotation runs over two paragraphs, the first opening a
mark it leaves open, the second closing it with or without a mark of its own. Every paragraph of
it is the credited person's."""

from tests.spec.invented import cleaned, speaker_of, statements_of

RELEASE = """Government of Vestmora > Ministry of Inland Waters > News

Vestmora and Dornvale fund a new lock on the Tallowmere Canal

From: Ministry of Inland Waters

News release

June 12, 2024 – Port Calloway, Vestmora

Today, the Honourable Tobiah Feldkirsch-Amanou, Minister of Inland Waters, announced $38 million for a new lock at Greyholm.

Quotes

"For thirty years, barges have queued for a day at Greyholm. The new lock ends that. It means a grain barge can reach the sea in one tide.

This is what happens when the canal towns are listened to."
– The Honourable Tobiah Feldkirsch-Amanou, Minister of Inland Waters

"The lock keepers asked for this in every budget round. We are glad to match the federal money."
– Rosamund Achterbosch-Nyle, Mayor of Greyholm

Contacts

Media Relations
Ministry of Inland Waters
"""

CONTINUED = """Government of Vestmora > Ministry of Inland Waters > News

Vestmora funds a dredger for the Tallowmere Canal

News release

June 19, 2024 – Port Calloway, Vestmora

The Ministry of Inland Waters announced $9 million for a dredger today.

Quotes

"The canal silts up every spring and the barges run aground at the bends.

"A dredger of our own means the channel stays open all year."
– Wendeline Oesterlund-Pyke, Chief Engineer, Tallowmere Canal Authority
"""


def test_a_quotation_over_two_paragraphs_is_the_credited_persons_in_both():
    stmts = statements_of(RELEASE)
    assert speaker_of(stmts, "barges have queued for a day") == "Tobiah Feldkirsch-Amanou"
    assert speaker_of(stmts, "canal towns are listened to") == "Tobiah Feldkirsch-Amanou"
    assert speaker_of(stmts, "lock keepers asked for this") == "Rosamund Achterbosch-Nyle"


def test_the_credit_line_stays_with_the_paragraph_that_closes_the_quotation():
    art = cleaned(RELEASE)
    closing = next(art.text[p.start:p.end] for p in art.paragraphs if "canal towns" in art.text[p.start:p.end])
    assert "Tobiah Feldkirsch-Amanou, Minister of Inland Waters" in closing


def test_each_paragraph_reopening_the_quotation_is_the_credited_persons():
    stmts = statements_of(CONTINUED)
    assert speaker_of(stmts, "silts up every spring") == "Wendeline Oesterlund-Pyke"
    assert speaker_of(stmts, "channel stays open all year") == "Wendeline Oesterlund-Pyke"
