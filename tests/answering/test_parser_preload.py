"""Which questions the analysis itself parses (`needs_parser`). (A one-shot `ask` loads the parser
while the stores open for every question: its answer parses candidate sentences too.)"""

from bot.answering.question import analyse, needs_parser


def test_questions_about_an_event_are_parsed_and_say_so_before_opening():
    for question in ("How many workers were injured in the fire?", "When did the council close the bridge?"):
        assert needs_parser(question)
        assert analyse(question).predicate is not None


def test_who_questions_and_questions_about_what_was_said_never_load_the_parser():
    for question in ("Who said that the bridge would reopen?", "What did the mayor say about the ferry?",
                     "How do the union and the council differ on pay?"):
        assert not needs_parser(question)
        assert analyse(question).predicate is None
