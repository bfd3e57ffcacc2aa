"""A social-media post embedded in a story: its header line ("@handle · date") over the post's text.

Every article here is invented. The post is the account holder's: the person the story names
whose surname the handle spells, or the handle itself when no one's does. Only the paragraph
under the header line is the post.
"""

from tests.spec.invented import statements_of, the_one

STORY = """Harbour car park row spills online

By Tamsin Okoro-Reid
Published 9 April 2025

A row over the harbour car park closure has moved online.

The chair of the traders' group, Bryony Castellane, replied on X, formerly Twitter.

@BryonyCastellaneHTA · Apr 8
Forty stalls lost half their trade last weekend. The council never asked a single trader.

The harbour master said on Wednesday that the car park would reopen in May.

One visitor also posted about the closure.

@sandyshoes_77 · Apr 8 2025
Drove round for forty minutes and went home.
"""


def test_the_post_under_a_header_line_is_the_person_whose_name_the_handle_spells():
    stmts = statements_of(STORY)
    assert the_one(stmts, "Forty stalls lost half their trade").speaker == "Bryony Castellane"
    assert the_one(stmts, "never asked a single trader").speaker == "Bryony Castellane"


def test_a_post_whose_handle_names_no_one_is_the_handles():
    assert the_one(statements_of(STORY), "Drove round for forty minutes").speaker == "@sandyshoes_77"


def test_only_the_paragraph_under_the_header_is_the_post():
    assert [s for s in statements_of(STORY) if "reopen in May" in s.content and s.speaker == "Bryony Castellane"] == []
