"""A question typed the way people type it is answered as the question it stands for: misspelt
common words ("guages", "athority", "mangaer"), shorthand ("mgr", "abt", "pls"), names in lower
case ("what did marrowfield say"), and keyword queries ("depot closing date?", "chief hydrologist?",
"drivers moving how many?"). Two articles in different styles: a wire report and a press release.
A misspelling is never mended into a name, and a keyword query for someone the articles do not
name is still declined."""

from bot.answering.corpus_words import read_words
from bot.answering.terse_question import asked
from bot.answering.typed_question import _cased, _spelled, _written_out
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, declines, table

WIRE = """STENNICK, 2 June 2025 (Coastline Wire) — The Halvik Ferry Company will close its Ostermere depot on 30 June, its operations manager, Quillon Baptiste-Yarrow, said on Monday.

"The depot floods every winter and the repairs now cost more than a new building," Mr Baptiste-Yarrow said.

Some 42 drivers will move to the company's Carrowby site, he said.

The borough's environment officer, Maelis Fournet-Dale, blamed the council's cuts to bus services for the extra traffic at the depot.
"""

RELEASE = """TENNET BASIN AUTHORITY
Press release, 12 May 2025

The Tennet Basin Authority has installed 17 new river gauges along the Kerrow since January, the authority's chief hydrologist, Dr Ilse Marrowfield, said today.

"The gauges give the villages two more hours of warning before the water arrives," Dr Marrowfield said.

The authority's board will meet in Lanbury on 20 May to approve the flood plan.
"""

MINUTES = """STENNICK BOROUGH COUNCIL
Minutes of the transport committee, 9 June 2025

Item 3. Cllr Oren Haddleby said cuts to library opening hours, not the bus cuts, had emptied the town centre.

Item 4. The deputy leader, Cllr Petra Vossberg, reported that the Ostermere library would close on 1 August for repairs to its roof.

Item 5. The committee agreed to review 14 bus routes in July. Cllr Amos Fletcher warned that the review would "come too late for the winter timetable".
"""

two = articles_fixture({"stennick_depot.txt": WIRE, "tennet_release.txt": RELEASE, "stennick_minutes.txt": MINUTES})

test_typed_questions = table(answers, [
    ask("two", "How many new river guages has the athority installed?", "17", id="misspelt_common_words"),
    ask("two", "What did the operations mangaer say about the depot?", "floods every winter", id="misspelt_job_word"),
    ask("two", "Who blamed the council's cuts to bus servces?", "Fournet-Dale", id="misspelt_last_word"),
    ask("two", "Who blamed cuts to libary opening hours?", "Haddleby", lacking="Fournet-Dale", id="misspelt_word_that_tells_apart"),
    ask("two", "what did fletcher warn about the review", "too late", id="lower_case_name_of_a_trade"),
    ask("two", "wat did the operations mgr say abt the depot pls", "floods every winter", id="shorthand"),
    ask("two", "what did marrowfield say about the gauges", "two more hours", id="lower_case_surname"),
    ask("two", "what did baptiste-yarrow say about the depot", "floods every winter", id="lower_case_hyphenated_name"),
    ask("two", "Halvik depot closing date?", "30 June", id="terse_date_said_last"),
    ask("two", "tennet basin authority chief hydrologist?", "Marrowfield", id="terse_role_asks_who"),
    ask("two", "drivers moving to Carrowby how many?", "42", id="terse_how_many_said_last"),
    ask("two", "board meeting flood plan where?", "Lanbury", id="terse_where_said_last"),
    ask("two", "board meets where on 20 May?", "Lanbury", id="terse_where_said_near_the_end"),
    ask("two", "hydrologist quote gauges", "two more hours", id="terse_what_was_said"),
    ask("two", "fletcher quote review date", "9 June 2025", id="terse_when_it_was_said"),
])

test_typed_still_declined = table(declines, [
    ask("two", "Tennet Basin Authority finance director?", id="terse_role_not_named"),
    ask("two", "what did baptiste-yarow's deputy say about the depot", id="name_typo_not_mended"),
])


WORDS = read_words([WIRE, RELEASE, "Ms Ansel Brightwater of the Kerrow Trust said the trust would appeal."])


def test_a_name_is_never_the_correction():
    """"brightwatr" is one letter from a name the articles write, never in lower case: no correction."""
    assert _spelled("what did brightwatr say", WORDS) == "what did brightwatr say"


def test_a_capitalised_word_is_kept_as_typed():
    assert _spelled("What did Marowfield say about the guages?", WORDS) == "What did Marowfield say about the gauges?"


def test_common_words_stay_lower_case():
    """Only words the articles never write in lower case become names; "the depot" stays."""
    assert _cased("what did the trust say about the depot", WORDS) == "what did the trust say about the depot"
    assert _cased("who is the kerrow trust's chair", WORDS) == "who is the Kerrow trust's chair"


def test_capitals_typed_are_kept():
    assert _cased("What did marrowfield say to Reuters?", WORDS) == "What did marrowfield say to Reuters?"


def test_shorthand_the_articles_write_is_kept():
    words = read_words(["The dept said the govt would pay."])
    assert _written_out("what did the dept say abt the govt pls", words) == "what did the dept say about the govt"


def test_full_questions_are_not_rewritten():
    for question in ("Who chairs the board?", "Did the board meet in May?", "Tell me who chairs the board.",
                     "I'd like to know when the board meets.", "The board's chair: who is she?"):
        assert asked(question) == question


def test_newer_words_are_words():
    from bot.answering.english_words import is_english

    assert is_english("texted") and is_english("rebranded") and is_english("reporters")
    assert not is_english("goverment") and not is_english("compnay")


def test_an_english_word_is_mended_only_into_a_job():
    """"minster" is a word, but one letter from the job the articles name: the job; "weak" stays."""
    words = read_words(["The port minister said last week that the plan was sound."])
    assert _spelled("What did the minster say?", words) == "What did the minister say?"
    assert _spelled("What did the minister say last weak?", words) == "What did the minister say last weak?"
    assert _spelled("Who ministers the port?", words) == "Who ministers the port?"


def test_an_english_word_is_never_swapped_for_a_job_one_letter_apart():
    """"lead" is a word of its own, not a slip of "head": only a letter dropped or doubled is a slip."""
    words = read_words(["The head of the export agency, Dov Quarnby, will go in her place."])
    assert _spelled("Why will she lead the mission?", words) == "Why will she lead the mission?"


def test_two_edits_never_make_a_shorter_word():
    """"councilor" is no misspelling of "council" (two letters shorter); the title written capitalised is it."""
    words = read_words(["The council would appeal, said Councillor Brede Hallam."])
    assert _spelled("what did the councilor say", words) == "what did the councillor say"


def test_letters_and_acronyms_are_no_shorthand():
    words = read_words(["The council said."])
    assert _written_out("what did the U.S. govt say pls", words) == "what did the U.S. government say"
    assert _written_out("Did COS say", words) == "Did COS say"
