"""A speaker described by family ("said the mother of three", "the father-of-two added") is the
person of that gender named just before, never a person named after; a Malay or Indonesian
honorific ("Puan", "Encik", "Datuk", "Haji") is no part of the name. Every article is invented."""

from tests.spec.invented import speaker_of as _by, statements_of as _statements


DAILY = """Shopkeepers count losses after flash flood

At Taman Seri Melur, trader Puan Zaitun Hamid, 48, said she lost about RM5,000 worth of stock when water entered her shop.

"The water came up to my waist in ten minutes. I only had time to save the ledger," said the mother of three.

Retiree Lim Boon Hock, 66, said it was the worst flood he had seen. "My daughter wants me to move," he said.

State executive councillor Datuk Haji Rosli Mahmud said the drains would be widened next year.
"""

TABLOID = """Dad's fury over parking fines

Gary Thwaite, 39, was handed three tickets in a week outside his own house.

"I've lived here twenty years and never paid a penny to park," said the father-of-two.

Council boss Helen Marsh said the rules were "clear and fair".
"""


def test_a_family_epithet_is_the_person_of_its_gender_named_before():
    stmts = _statements(DAILY)
    assert _by(stmts, "came up to my waist") == "Zaitun Hamid"
    assert _by(stmts, "save the ledger") == "Zaitun Hamid"
    assert _by(stmts, "worst flood he had seen") == "Lim Boon Hock"


def test_a_tabloid_epithet_with_hyphens():
    stmts = _statements(TABLOID)
    assert _by(stmts, "never paid a penny") == "Gary Thwaite"


def test_malay_honorifics_are_no_part_of_the_name():
    stmts = _statements(DAILY)
    assert _by(stmts, "lost about RM5,000") == "Zaitun Hamid"
    assert _by(stmts, "drains would be widened") == "Rosli Mahmud"


GULF = """Port concession signed

His Excellency Sheikh Faisal bin Omar al-Harthi, Minister of Transport and Communications, said in a statement carried by the state news agency that the terminal "will open new horizons for the youth".

The minister said the first phase was scheduled to enter service in 2028. He affirmed that the agreement reserved 2,000 jobs for nationals.
"""


def test_an_excellency_with_a_particle_name_and_a_ministry_after_it():
    stmts = _statements(GULF)
    assert _by(stmts, "new horizons") == "Faisal bin Omar al-Harthi"
    assert _by(stmts, "first phase was scheduled") == "Faisal bin Omar al-Harthi"


LAUNCH = """Phone maker shows slimmer model

Jeon Ha-rin, head of design at the electronics maker Hanbit, joined the chief executive on stage to say the phone would ship in March. "Nobody wants a heavy phone," Jeon said.

Analyst Mark Odell said the price was high.
"""


def test_a_family_name_first_with_a_hyphened_given_name_speaks():
    stmts = _statements(LAUNCH)
    assert _by(stmts, "ship in March") == "Jeon Ha-rin"
    assert _by(stmts, "heavy phone") == "Jeon Ha-rin"


def test_a_tabloid_verb_before_its_epithet_speaker():
    stmts = _statements(TABLOID.replace("said the father-of-two", "fumed the father-of-two"))
    assert _by(stmts, "never paid a penny") == "Gary Thwaite"


COUPLE = """Couple tell of building nightmare

Mr and Mrs Pendry describe how the scaffolding stayed on their house for seven months. Mr Pendry says the builder stopped answering his calls.
"""


def test_a_couple_named_by_two_titles_and_one_surname_is_never_a_bare_title():
    stmts = _statements(COUPLE)
    assert not any(s.speaker in ("Mr", "Mrs") for s in stmts), [(s.speaker, s.content[:30]) for s in stmts]
    assert any("Pendry" in s.speaker and "scaffolding" in s.content for s in stmts)


PAL = """Cafe owner told to quit

Cafe owner Donna Reeve, 44, has been given a month to leave the premises she has run for eleven years.

A pal of Donna's told us she had not slept since the letter came. "She's fed half this street for a tenner a week. That's the kind of woman she is," the friend said.

A neighbour said the street would not be the same.
"""


def test_an_unnamed_friend_or_neighbour_is_a_source():
    stmts = _statements(PAL)
    assert "pal" in _by(stmts, "had not slept since").lower()
    assert "friend" in _by(stmts, "half this street").lower()
    assert "neighbour" in _by(stmts, "would not be the same").lower()


def test_plural_people_in_a_place_are_the_people_not_the_place():
    stmts = _statements("""Bus cut angers families

Parents in a Welsh hill village say their children will have to walk two miles to school after a bus was withdrawn.

Councillor Rhian Pugh said the decision would be reviewed.
""")
    assert "parents" in _by(stmts, "walk two miles").lower()


def test_a_letter_writers_neighbours_are_not_a_source_of_the_writers_sentence():
    stmts = _statements("""Letters

Sir, the new bus timetable cuts the evening service to one an hour. For those of us who work late it is nothing of the kind of "adjustment" the council claims.

I have run a shop on the square for twelve years. Last winter I lost nine customers in a month, and two of my neighbours have told me they will close this year.

Maeve Costigan, Kilbrack
""")
    assert not any("neighbours" in s.speaker for s in stmts), [(s.speaker, s.content[:30]) for s in stmts]


def test_a_participle_after_a_that_clause_is_the_proposers():
    stmts = _statements("""Parish council minutes

Cllr Farida Mossop proposed that the council grant the Bowls Club £2,000 towards a new roller, saying the old one was "older than the green itself".
""")
    assert "Mossop" in _by(stmts, "older than the green")
