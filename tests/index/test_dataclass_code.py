"""Kept compilations of the methods `@dataclass` writes (index/dataclass_code.py): the classes
made through the kept file behave as Python's own, across processes, and a damaged or foreign
file is never an error."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from index import dataclass_code

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _restore():
    dataclass_code.uninstall()
    yield
    dataclass_code.uninstall()


def _classes():
    """Dataclasses of every option whose methods are generated: defaults, factories, frozen,
    ordering, keyword-only, slots, a post-init, a field left out of the comparison."""

    @dataclass
    class Quote:
        speaker: str
        words: str = ""
        outlets: list[str] = field(default_factory=list)
        weight: float = field(default=1.0, compare=False)

    @dataclass(frozen=True, order=True)
    class Day:
        year: int
        month: int = 1

    @dataclass(kw_only=True, slots=True)
    class Turn:
        label: str
        start: int = 0

    @dataclass
    class Counted:
        items: tuple = ()
        size: int = field(init=False, default=0)

        def __post_init__(self):
            self.size = len(self.items)

    return Quote, Day, Turn, Counted


def _behaviour(classes) -> list:
    Quote, Day, Turn, Counted = classes
    out = [repr(Quote("a spokesperson")), Quote("a", "b") == Quote("a", "b", weight=2.0), Quote("a").outlets is not Quote("a").outlets]
    out += [Day(2020) < Day(2020, 2), hash(Day(2021, 3)) == hash(Day(2021, 3)), repr(Day(1999, 12))]
    try:
        Day(2020).year = 1
    except dataclasses.FrozenInstanceError as err:
        out.append(type(err).__name__)
    out += [repr(Turn(label="Q", start=3)), hasattr(Turn(label="A"), "__dict__")]
    try:
        Turn("Q")
    except TypeError:
        out.append("keyword only")
    out += [Counted((1, 2, 3)).size, repr(Counted())]
    out += [{f.name: (_default(f), f.init, f.compare) for f in dataclasses.fields(cls)} for cls in classes]
    out += [str(cls.__init__.__annotations__) for cls in classes]
    return out


def _default(f):
    return "missing" if f.default is dataclasses.MISSING else f.default


def test_classes_made_through_the_kept_file_are_pythons_own(tmp_path):
    plain = _behaviour(_classes())
    kept = dataclass_code.install(tmp_path / "code.bin")
    first = _behaviour(_classes())
    assert kept.added > 0 and kept.replayed == 0
    kept.save()
    dataclass_code.uninstall()
    again = dataclass_code.install(tmp_path / "code.bin")
    replayed = _behaviour(_classes())
    assert again.replayed == kept.added and again.added == 0
    assert plain == first == replayed


def test_another_process_replays_what_one_compiled(tmp_path):
    path = tmp_path / "code.bin"
    code = (
        "import sys\n"
        "from index import dataclass_code\n"
        f"kept = dataclass_code.install(__import__('pathlib').Path({str(path)!r}))\n"
        "from tests.index.test_dataclass_code import _behaviour, _classes\n"
        "print(repr(_behaviour(_classes())))\n"
        "print(kept.added, kept.replayed)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
            for _ in range(2)]
    (first, first_counts), (second, second_counts) = (r.stdout.strip().splitlines()[-2:] for r in runs)
    assert first == second
    added, replayed = map(int, first_counts.split())  # (a text met twice is replayed the second time)
    assert added > 0 and second_counts == f"0 {added + replayed}"


@pytest.mark.parametrize("content", [b"", b"not a kept file", b"whosaid-dataclass-code-1\n\x00\x00\x00\x00garbage"])
def test_a_damaged_or_foreign_file_reads_as_empty_and_is_rewritten(tmp_path, content):
    path = tmp_path / "code.bin"
    path.write_bytes(content)
    kept = dataclass_code.install(path)
    assert kept.entries == {}
    plain = _behaviour(_classes())
    kept.save()
    assert dataclass_code.read(path)  # rewritten whole
    dataclass_code.uninstall()
    assert _behaviour(_classes()) == plain


def test_a_replay_this_python_cannot_read_is_compiled_again(tmp_path):
    kept = dataclass_code.install(tmp_path / "code.bin")
    _classes()
    kept.save()
    dataclass_code.uninstall()
    plain = _behaviour(_classes())
    again = dataclass_code.install(tmp_path / "code.bin")
    again.entries = {source: b"\x00not code" for source in again.entries}
    assert _behaviour(_classes()) == plain
    assert again.replayed == 0 and again.added == len(again.entries)  # compiled again, and replaced
