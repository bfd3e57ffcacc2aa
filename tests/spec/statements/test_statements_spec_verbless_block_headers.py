"""A reaction round-up's verbless speaker header over quotation paragraphs ("Comment from Dr X,
Senior Lecturer in Plant Genetics at Y University:", "Prof X, Professor of Hydrology, Y
University:"): the paragraphs under it, each opened by its own quotation mark, are the header
person's, up to the next header or the "Conflicts of interest:" line, which is nobody's.

Every article here is invented.
"""

from tests.spec.invented import statements_of, the_one

COMMENTS = """Gene-edited wheat: what scientists make of the field results

18 June 2025

Field results published this week suggest a gene-edited wheat line needs 30% less nitrogen fertiliser.

Comment from Dr Anselm Rieger-Okafor, Senior Lecturer in Plant Genetics at Westerby University:

"These are the first results from real fields rather than glasshouses. The yields held up in a dry year, which is encouraging.

"Farmers will want to know what the grain costs before they switch."

Comment from Professor Maren Vossberg, Chair of Agronomy at the Fenwater Institute:

"My worry is the protein content of the grain, which the paper does not report. Bakers pay for protein."

Competing interests: none declared.
"""

PANEL = """Flood barrier report: the reaction

Posted 2 April 2026

The Environment Board published its review of the Tarnmouth flood barrier on Wednesday. It found the barrier closed late on three occasions last winter.

Prof Ilse Marchetti-Byrne, Professor of Hydrology, Dunmore University:

"The review is right that the warnings came too late. The tide gauges upstream were giving good data; nobody acted on it.

"I would now like to see the board publish the closing times for every storm, not just the three it chose."

Conflicts of interest: none.

Mr Tobias Ferreira-Quaye, Chief Engineer, Coastal Works Institute:

"A barrier of this age needs a full refit within five years. The review says nothing about money."

Conflicts of interest: Mr Ferreira-Quaye has advised the Environment Board.

The board will respond to the review in June.
"""


def test_each_comment_block_is_its_header_persons():
    stmts = statements_of(COMMENTS)
    assert the_one(stmts, "first results from real fields").speaker == "Anselm Rieger-Okafor"
    assert the_one(stmts, "Farmers will want to know").speaker == "Anselm Rieger-Okafor"
    assert the_one(stmts, "Bakers pay for protein").speaker == "Maren Vossberg"


def test_a_name_title_institution_header_with_no_verb_gives_its_block():
    stmts = statements_of(PANEL)
    assert the_one(stmts, "warnings came too late").speaker == "Ilse Marchetti-Byrne"
    assert the_one(stmts, "closing times for every storm").speaker == "Ilse Marchetti-Byrne"
    assert the_one(stmts, "full refit within five years").speaker == "Tobias Ferreira-Quaye"


def test_the_interests_line_and_the_closing_prose_are_nobodys():
    stmts = statements_of(PANEL)
    assert not [s for s in stmts if "advised the Environment Board" in s.content or "respond to the review" in s.content]
    assert not [s for s in statements_of(COMMENTS) if "none declared" in s.content]
