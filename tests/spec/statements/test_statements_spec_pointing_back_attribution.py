"""A sentence that names who said the words before it: "This was stated by the head of the
district administration, X, during a briefing, a correspondent reports.", "Y said this on
Telegram." (the agency style of post-Soviet newsrooms in English).

Every article here is invented. The words before are the named speaker's, not the correspondent's
who "reports" them; words that already have a speaker keep theirs.
"""

from tests.spec.invented import statements_of, the_one

STORY = """Bridge on the Vilshanka to reopen in August

12.05.2025 10:14

Traffic on the bridge over the Vilshanka river will resume in August, after the replacement of two spans.

This was stated by the head of the Horodok District Administration, Mykola Shevchuk, during a briefing on Monday, a correspondent reports.

"The contractor has already delivered the steel beams," Shevchuk said.

The bus to the district hospital will keep its detour until then. Deputy head of the regional transport department Olena Bondar said this on Telegram.

The district council's chair, Taras Lysenko, said the repair was long overdue.
"""


def test_the_words_before_are_the_speaker_the_pointing_sentence_names():
    stmts = statements_of(STORY)
    assert the_one(stmts, "Traffic on the bridge over the Vilshanka").speaker == "Mykola Shevchuk"
    assert not [s for s in stmts if "correspondent" in s.speaker.lower()]


def test_the_sentence_before_is_the_speakers_when_the_pointing_one_follows_it_in_a_paragraph():
    stmts = statements_of(STORY)
    assert the_one(stmts, "keep its detour").speaker == "Olena Bondar"
    assert not [s for s in stmts if s.content.strip(" .").lower() == "this"]


TITLED = """Water main repairs in Horodok to last two weeks

03.09.2025 16:40

Residents of the eastern districts of Horodok will have water only at night for two weeks.

This was stated by the head of the Horodok City Military Administration, Roman Dziuba, on Wednesday.

The city head also noted that two water tankers will serve the hospital.

Deputy Minister of Health Larysa Hordiienko said the hospital would get a mobile boiler.
"""


def test_a_description_by_the_job_word_of_someone_named_before_is_that_person_not_the_next_named():
    assert the_one(statements_of(TITLED), "two water tankers").speaker == "Roman Dziuba"
