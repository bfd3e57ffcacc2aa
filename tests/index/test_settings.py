"""Settings: one object from the environment and .env; secrets never shown."""

import pytest

from index.errors import ConfigError
from pathlib import Path

from index.settings import load_settings

NO_DOTENV = Path("/nonexistent/.env")


def test_environment_overrides_dotenv(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("WHOSAID_TOP_K=5\nOPENAI_MODEL=from-file\n")
    s = load_settings(env={"WHOSAID_TOP_K": "3"}, dotenv_path=dotenv)
    assert s.answering.top_k == 3 and s.llm.model == "from-file"


def test_secrets_are_masked_in_repr():
    s = load_settings(env={"OPENAI_API_KEY": "sk-secret-123", "TELEGRAM_BOT_TOKEN": "123:abcsecret"}, dotenv_path=NO_DOTENV)
    assert "sk-secret-123" not in repr(s) and "abcsecret" not in str(s)
    assert s.llm.api_key == "sk-secret-123" and s.telegram.bot_token == "123:abcsecret"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"WHOSAID_TOP_K": "many"}, "WHOSAID_TOP_K must be a whole number"),
        ({"WHOSAID_TOP_K": "0"}, "between 1 and 100"),
        ({"OPENAI_TIMEOUT": "soon"}, "OPENAI_TIMEOUT must be a number"),
        ({"EMBEDDINGS": "word2vec"}, "EMBEDDINGS must be"),
        ({"WHOSAID_MODE": "magic"}, "WHOSAID_MODE must be"),
        ({"TELEGRAM_ALLOWED_USERS": "12,bob"}, "numeric Telegram ids"),
        # These three were taken as given: every question refused ("the limit is -1"), the log
        # level silently WARNING, and a URL without a scheme retried as "connection failed".
        ({"WHOSAID_MAX_QUESTION_CHARS": "-1"}, "WHOSAID_MAX_QUESTION_CHARS must be at least 1"),
        ({"WHOSAID_LOG_LEVEL": "loud"}, "WHOSAID_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR"),
        ({"OPENAI_BASE_URL": "localhost:8080/v1"}, "OPENAI_BASE_URL must be an http:// or https:// URL"),
    ],
)
def test_malformed_settings_say_what_to_fix(env, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env, dotenv_path=NO_DOTENV)


def test_a_bad_base_url_is_refused_without_echoing_its_secrets():
    with pytest.raises(ConfigError) as info:
        load_settings(env={"OPENAI_BASE_URL": "bob:hunter2@llm.example/v1?key=tok-999"}, dotenv_path=NO_DOTENV)
    assert "hunter2" not in str(info.value) and "tok-999" not in str(info.value)


def test_llm_is_used_only_when_configured_and_not_forced_off():
    assert not load_settings(env={}, dotenv_path=NO_DOTENV).use_llm
    assert load_settings(env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, dotenv_path=NO_DOTENV).use_llm
    forced = load_settings(env={"OPENAI_API_KEY": "k", "WHOSAID_MODE": "extractive"}, dotenv_path=NO_DOTENV)
    assert not forced.use_llm


# -- the documented variables (.env.example) are exactly the ones read ------------------------

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / ".env.example"
# A value for each variable that differs from its default, so reading it shows in the settings.
CHANGED = {
    "WHOSAID_DATA": "/tmp/elsewhere", "WHOSAID_SEEDS": "/tmp/other-seeds", "EMBEDDINGS": "openai",
    "OPENAI_EMBEDDING_MODEL": "embed-x", "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": "8123",
    "WHOSAID_TOP_K": "5", "WHOSAID_MAX_QUESTION_CHARS": "300", "WHOSAID_MODE": "llm",
    "WHOSAID_HISTORY_TURNS": "2", "WHOSAID_HISTORY_MAX_AGE": "60", "WHOSAID_LOG_LEVEL": "debug",
    "OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "OPENAI_MODEL": "m",
    "OPENAI_TIMEOUT": "3.5", "OPENAI_MAX_RETRIES": "0", "OPENAI_MAX_TOKENS": "64",
    "TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot",
    "TELEGRAM_WEBHOOK_URL": "https://example.org/hook", "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
    "TELEGRAM_WEBHOOK_PORT": "9443", "TELEGRAM_ALLOWED_USERS": "1,2", "TELEGRAM_ALLOWED_CHATS": "-3",
    "TELEGRAM_RATE_LIMIT": "4",
}


def documented() -> set[str]:
    """Every variable .env.example names, set or commented out."""
    import re

    return set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", EXAMPLE.read_text(encoding="utf-8"), flags=re.M))


def test_every_documented_variable_is_read_and_every_read_one_documented():
    from index.settings import PARTS, Settings

    read = {f.validation_alias for part in PARTS.values() for f in part.model_fields.values() if f.validation_alias}
    assert documented() == read | {"WHOSAID_LOG_LEVEL"} == set(CHANGED)
    assert set(Settings.model_fields) == set(PARTS) | {"log_level"}


@pytest.mark.parametrize("key", sorted(CHANGED))
def test_each_documented_variable_changes_its_setting(key):
    default = load_settings(env={}, dotenv_path=NO_DOTENV)
    assert load_settings(env={key: CHANGED[key]}, dotenv_path=NO_DOTENV) != default


def test_the_example_file_as_shipped_gives_the_defaults():
    assert load_settings(env={}, dotenv_path=EXAMPLE) == load_settings(env={}, dotenv_path=NO_DOTENV)


def test_values_land_in_their_part_with_their_types():
    s = load_settings(env=CHANGED, dotenv_path=NO_DOTENV)
    assert s.store.data_dir == Path("/tmp/elsewhere") and s.store.chroma_port == 8123
    assert s.answering.top_k == 5 and s.answering.mode == "llm" and s.answering.history_max_age_s == 60
    assert s.llm.timeout == 3.5 and s.llm.max_retries == 0 and s.llm.configured
    assert s.telegram.allowed_users == frozenset({1, 2}) and s.telegram.allowed_chats == frozenset({-3})
    assert s.log_level == "DEBUG" and s.use_llm


def test_the_process_environment_is_read_over_dotenv_and_an_empty_value_means_the_default(tmp_path, monkeypatch):
    dotenv = tmp_path / ".env"
    dotenv.write_text("WHOSAID_TOP_K=5\nCHROMA_HOST=10.0.0.1\nOPENAI_MODEL=from-file\n")
    monkeypatch.setenv("WHOSAID_TOP_K", "4")
    monkeypatch.setenv("CHROMA_HOST", "")
    s = load_settings(dotenv_path=dotenv)
    assert s.answering.top_k == 4 and s.llm.model == "from-file"
    assert s.store.chroma_host is None, "an empty variable overrides the .env value with the default"
    assert load_settings(env={"CHROMA_HOST": ""}, dotenv_path=dotenv).store.chroma_host is None


def test_settings_built_in_code_never_read_the_environment(monkeypatch):
    from index.settings import Settings

    monkeypatch.setenv("WHOSAID_TOP_K", "4")
    assert Settings().answering.top_k == 8
    assert load_settings(env={}, dotenv_path=NO_DOTENV).answering.top_k == 8, "an explicit env replaces os.environ"


def test_a_changed_copy_changes_only_what_it_names():
    s = load_settings(env={}, dotenv_path=NO_DOTENV)
    t = s.with_(store={"data_dir": Path("/x")}, answering={"mode": "extractive"})
    assert (t.store.data_dir, t.answering.mode) == (Path("/x"), "extractive")
    assert (s.store.data_dir, s.answering.mode) == (Path(".whosaid"), "auto")
    assert t.llm == s.llm and t.telegram == s.telegram
