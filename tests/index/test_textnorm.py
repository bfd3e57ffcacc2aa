"""normalize: one rule for every character, whether the text is ASCII or not."""

from index.textnorm import normalize


def test_ascii_text_drops_exactly_the_control_characters_non_ascii_text_drops():
    for code in range(128):
        ascii_text = f"ab{chr(code)}cd"
        assert normalize(ascii_text + " ж") == normalize(ascii_text) + " ж", repr(chr(code))
    assert normalize("a\x00b\x7fc") == "abc" and normalize("a\tb\nc") == "a b c"


def test_typographic_text_normalises_to_plain_casefolded_words():
    assert normalize("  The\u00a0Minister\u2019s  \u201cPlan\u201d\x00\u200b\n") == "the minister's \"plan\""


def test_diacritics_are_dropped_so_unmarked_spellings_compare_equal():
    assert normalize("Trémeur’s façade") == normalize("Tremeur's facade") == "tremeur's facade"


def test_fold_maps_every_character_as_the_one_to_one_table_does():
    # fold scans for the folding characters instead of translating through a table: the same
    # text for every code point, and for long (remembered) texts too
    from index.textnorm import _ONE_TO_ONE, fold

    table = str.maketrans(_ONE_TO_ONE)
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert fold(every) == every.translate(table)
    short = "“Quoted” — it’s `here`…\u00a0"
    assert fold(short) == short.translate(table)
