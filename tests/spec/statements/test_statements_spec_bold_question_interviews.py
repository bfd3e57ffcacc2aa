"""Question-and-answer interviews set in Markdown: each question in bold (or underscored), the
answers below it unlabelled. Every answer is the interviewee's, the person the introduction
names who is not the writer; the questions are nobody's statements. Every article is invented."""

from tests.spec.invented import statements_of


def _statements(text: str, name: str = "x.md"):
    return statements_of(text, name)


_STARS = (
    "# \"We open the doors at six\": the new head of the city swimming baths\n\n"
    "*Interview by Corinne Vasseur*\n\n"
    "Anneliese Drummond-Hale took over the municipal baths in January after twenty years coaching divers. "
    "We met her at the poolside on a Monday morning.\n\n"
    "**You shut the diving pool within a month. Why?**\n\n"
    "The tiles under the top board were loose. A lifeguard found two of them floating in March.\n\n"
    "**When will it reopen?**\n\n"
    "In the autumn, if the contractor keeps his word. I would not bet on it.\n\n"
    "**The swimming clubs say you never asked them.**\n\n"
    "They are right about that. I should have called every club before I put up the notice.\n\n"
    "**What about the prices?**\n\n"
    "A child's swim will stay at two euros until the end of next year. The mayor told me in May that the city "
    "would pay for the new boards, and I intend to hold him to it."
)

_UNDERSCORES = (
    "Ten minutes with the ferry's last captain\n\n"
    "By Milo Trenton\n\n"
    "Captain Ingrid Solvang has taken the harbour ferry across the sound for thirty-one years. "
    "She spoke to us before her final crossing.\n\n"
    "__What will you miss?__\n\n"
    "The early crossing in winter, when the water is black and nobody talks.\n\n"
    "__Is the new bridge a good idea?__\n\n"
    "For the island, yes. It will bring doctors over in ten minutes instead of forty.\n\n"
    "__And for you?__\n\n"
    "I will fish. My wife says I will be bored within a week."
)


def test_unlabelled_answers_under_bold_questions_are_the_interviewees():
    by = {s.content: s.speaker for s in _statements(_STARS)}
    assert by.get("The tiles under the top board were loose.") == "Anneliese Drummond-Hale", by
    assert by.get("In the autumn, if the contractor keeps his word.") == "Anneliese Drummond-Hale"
    assert by.get("I should have called every club before I put up the notice.") == "Anneliese Drummond-Hale"
    assert not any("Vasseur" in who for who in by.values())
    assert not any(content.startswith("**") for content in by)  # the questions are no one's statements


def test_underscored_questions_under_a_plain_byline():
    by = {s.content: s.speaker for s in _statements(_UNDERSCORES)}
    assert by.get("For the island, yes.") == "Ingrid Solvang", by
    assert by.get("It will bring doctors over in ten minutes instead of forty.") == "Ingrid Solvang"
    assert not any("Trenton" in who for who in by.values())


def test_an_office_holder_an_answer_reports_keeps_their_words_but_a_vague_plural_does_not():
    stmts = _statements(_STARS)
    told = [s for s in stmts if "would pay for the new boards" in s.content]
    assert told and all(s.speaker.lower() == "the mayor" for s in told), [(s.speaker, s.content) for s in told]
    said = {s.content: s.speaker for s in stmts}
    assert not any(who.lower().startswith("the swimming clubs") for who in said.values())
