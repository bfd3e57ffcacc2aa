"""Attribution verbs and subjects read in ordinary news: a cue after a long relative clause
("X, who has run the bakery for 30 years, announced in June that ..."), "questioned whether",
"called on the council ... to help",
a person's "proposed raising ...", "the fund" / "the registry" standing for the body introduced
with that kind ("Name, the package registry that ..."). A past-tense story using the same words
as deeds ("questioned the auditor", "proposed a motion", a body's "has proposed", "declined to
play", "put it in the van", "called on Monday", "called on his mother") gets no statement from them."""

from tests.spec.invented import speaker_of, statements_of

LOCAL_WEEKLY = """THE KELVALE ADVERTISER

Village rallies to save its bakery

By Staff Reporter
20 November 2031

Tobiah Wrenfield, who has run Wrenfield's Bakery on the square for 31 years, announced in June that he would retire at Easter.

A community group has applied to the Marrowdale Heritage Fund for £60,000.

The fund confirmed on Tuesday that the group's application had been received.

Not everyone was convinced. Shepherd Callum Dunstaffy questioned whether volunteers could bake at four in the morning.

Group treasurer Isla Brannock presented the figures. She proposed raising the membership fee from £10 to £15.

Councillor Fergus Abernain, who visited the bakery yesterday afternoon, called on the council with responsibility for high streets to help directly.
"""

TECH_PAGE = """Lockfile Weekly

Signing key lapse breaks installs

Cratewell, the package registry that most Tarnish developers use, stopped serving signed packages on Monday.

The registry says no packages were tampered with and the old key was not compromised.
"""

PLAIN_NEWS = """Allotment society holds AGM

By Staff Reporter
3 March 2031

The allotment society met on Thursday. Treasurer Jonas Pettlow questioned the auditor at length and proposed a motion to buy a new shed.

The council has proposed going from £40 to £55 a year for a full plot.

Striker Owen Callaghy declined to play on the wet pitch. He put it in the van and drove home.

Neighbours called on Monday to ask about the noise. The coach called on his mother at the weekend.

"We will see," the chairman said.
"""


def test_verbs_after_a_relative_clause_and_whether_clauses_are_read():
    stmts = statements_of(LOCAL_WEEKLY)
    assert speaker_of(stmts, "he would retire at Easter") == "Tobiah Wrenfield"
    assert speaker_of(stmts, "whether volunteers could bake") == "Callum Dunstaffy"
    assert speaker_of(stmts, "raising the membership fee") == "Isla Brannock"
    assert speaker_of(stmts, "to help directly") == "Fergus Abernain"


def test_a_body_s_kind_word_is_the_body():
    assert speaker_of(statements_of(LOCAL_WEEKLY), "application had been received").endswith("Marrowdale Heritage Fund")
    assert speaker_of(statements_of(TECH_PAGE), "no packages were tampered with") == "Cratewell"


def test_the_same_words_as_deeds_make_no_statement():
    stmts = statements_of(PLAIN_NEWS)
    assert [s.content for s in stmts] == ["We will see"]
