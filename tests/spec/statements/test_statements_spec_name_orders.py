"""Names in other orders than "given family": family name first ("Wang Liqun", later "Mr Wang"),
particles ("Willem van der Berg"), two surnames ("María Fernanda López García", later "Ms
López"), patronymics, and a given name used alone with a title ("Prince Faisal"). Each later
mention is the person first named in full. Every article here is invented."""

from datetime import date

TREATY = """Regional ministers split over river treaty

Published: Thursday, 6 March 2025

Vice Premier Wang Liqun said on Wednesday that the treaty would "protect every village downstream".

Mr Wang added that talks would resume in April.

The environment minister, Takahashi Emiko, said her government had "serious doubts" about the monitoring plan.

Ms Takahashi said the data should be public.

The Dutch envoy, Willem van der Berg, said the Netherlands supported the deal.

Van der Berg added that shipping insurance remained "the main obstacle".

The lead negotiator, María Fernanda López García, said the text was "a first step".

Ms López said her government would not sign "at any price".

The delegate Faisal bin Turki Al Rashid said the kingdom would fund a study.

Prince Faisal said the study would take two years.

Deputy minister Iryna Volodymyrivna Kovalenko said exports would rise by a fifth.
"""


def _speaker(statements, one, fragment):
    return one(statements(TREATY, published=date(2025, 3, 6)), fragment).speaker


def test_a_family_name_written_first_is_the_person_later_titled_by_it(statements, one):
    assert _speaker(statements, one, "protect every village") == "Wang Liqun"  # no "Premier" in the name
    assert _speaker(statements, one, "talks would resume") == "Wang Liqun"
    assert _speaker(statements, one, "the data should be public") == "Takahashi Emiko"


def test_a_name_with_particles_is_kept_whole(statements, one):
    assert _speaker(statements, one, "supported the deal") == "Willem van der Berg"
    assert _speaker(statements, one, "the main obstacle") == "Willem van der Berg"


def test_two_surnames_and_a_patronymic_are_kept_and_the_first_surname_names_the_person(statements, one):
    assert _speaker(statements, one, "a first step") == "María Fernanda López García"
    assert _speaker(statements, one, "at any price") == "María Fernanda López García"
    assert _speaker(statements, one, "rise by a fifth") == "Iryna Volodymyrivna Kovalenko"


def test_a_given_name_after_a_title_is_the_person_of_that_full_name(statements, one):
    assert _speaker(statements, one, "fund a study") == "Faisal bin Turki Al Rashid"
    assert _speaker(statements, one, "take two years") == "Faisal bin Turki Al Rashid"


def test_a_first_name_that_is_also_a_job_stays_in_the_name(statements, one):
    text = ('Rovers manager Dean Holloway said his side had "run out of ideas".\n\n'
            'Holloway, whose side are third, added: "We have to be better at home."')
    stmts = statements(text, published=date(2025, 4, 13))
    assert one(stmts, "run out of ideas").speaker == "Dean Holloway"
    assert one(stmts, "better at home").speaker == "Dean Holloway"


def test_a_vietnamese_name_keeps_its_family_name_and_a_title_before_the_given_name_is_that_person():
    from index.articles import clean, parse_front_matter
    from index.statements.extract import extract

    stmts = extract(clean(parse_front_matter(
        "Pepper growers\n\nOn a farm near Pleiku, Pham Thi Lan shows the new permits. \"Nobody told us about the map,\" "
        "says Ms Lan, who leads a group of 90 growers. Vu Van Khanh, an official at the trade ministry, says the register "
        "is complete. \"Every farm is on it,\" argues Mr Khanh.\n"), "x.txt"))
    said = {s.content: s.speaker for s in stmts}
    assert said.get("Nobody told us about the map") == "Pham Thi Lan", said
    assert said.get("Every farm is on it") == "Vu Van Khanh", said
