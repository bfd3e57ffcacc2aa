"""Korean and Cantonese names hyphenate the given name ("Nam Min-jae", "Lo Mei-shan"); the parser
then takes the name for a modifier of the job after it ("Nam Min-jae, vice president at X, joined
him on stage to say ...") or the given name's end for a noun ("Its director, Kim Da-neul, no
relation to the firm, told ..."): the speaker is still the person named. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

LAUNCH = """Tablet maker shows folding screen

SEOUL, Sept 9 -- Orvane Electronics unveiled a folding tablet on Tuesday.

Nam Min-jae, vice president at the carmaker Daerim Motors, joined Cho on stage to say the screen would be fitted to its vans from the 2027 model year.

The consumer group Fair Tech Alliance said in a statement that the price was too high. Its director, Kim Da-neul, no relation to the company, told reporters outside the hall that "a launch is not a warranty".
"""


def test_a_name_the_parser_hangs_on_the_job_after_it_is_the_speaker():
    assert speaker_of(statements_of(LAUNCH), "fitted to its vans") == "Nam Min-jae"


def test_an_apposition_with_a_hyphened_given_name_is_the_speaker():
    assert speaker_of(statements_of(LAUNCH), "a launch is not a warranty") == "Kim Da-neul"
