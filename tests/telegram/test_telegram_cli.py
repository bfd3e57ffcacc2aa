"""`whosaid telegram` start-up checks, and keeping the token out of logs."""

from __future__ import annotations

import logging

import pytest

from bot.terminal.cli import main
from bot.telegram.app import file_url
from bot.telegram.redact import REDACTED, RedactToken, check_token
from index.errors import ConfigError

TOKEN = "123456789:AAH-fake_token_for_tests_0123456789abcd"


@pytest.fixture
def no_dotenv(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("WHOSAID_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def test_missing_token_exits_with_one_clear_line(no_dotenv, capsys):
    assert main(["telegram"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "TELEGRAM_BOT_TOKEN is not set" in err and "BotFather" in err
    assert "Traceback" not in err


def test_malformed_token_exits_without_echoing_it(no_dotenv, monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "12345:tooshort-secretish")
    assert main(["telegram"]) == 2
    err = capsys.readouterr().err
    assert "does not look like a bot token" in err and "tooshort-secretish" not in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("bad", ["", "abc:" + "x" * 40, "123:" + "x" * 29, "123:" + "x" * 40 + "!", "123" + "x" * 40])
def test_token_format_is_checked(bad):
    with pytest.raises(ConfigError):
        check_token(bad)


def test_good_token_passes():
    assert check_token(f" {TOKEN} ") == TOKEN


def test_file_url_is_derived_from_the_base_url():
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"


def test_redaction_covers_message_arguments_and_tracebacks():
    token_filter = RedactToken(TOKEN)
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "HTTP Request: POST %s", (f"https://x/bot{TOKEN}/getMe",), None)
    token_filter.filter(record)
    assert record.getMessage() == f"HTTP Request: POST https://x/bot{REDACTED}/getMe"
    try:
        raise RuntimeError(f"failed https://x/bot{TOKEN.replace(':', '%3A')}/sendMessage")
    except RuntimeError:
        import sys

        crashed = logging.LogRecord("telegram", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())
    token_filter.filter(crashed)
    assert TOKEN.split(":")[1] not in logging.Formatter().format(crashed)
