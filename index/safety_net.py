"""One switch for the safety nets users get: a reader's bug on one article costs that article its
statements (index/corpus.py, index/statements/extract.py), a check's bug on one question costs that
question its refinements (bot/answering/answer.py). The test suite turns the nets off
(tests/conftest.py) so that a bug fails the test that meets it instead of being read or answered
around; the nets' own tests turn them back on."""

STRICT = False
