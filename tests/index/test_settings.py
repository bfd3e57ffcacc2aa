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
    assert s.top_k == 3 and s.openai_model == "from-file"


def test_secrets_are_masked_in_repr():
    s = load_settings(env={"OPENAI_API_KEY": "sk-secret-123", "TELEGRAM_BOT_TOKEN": "123:abcsecret"}, dotenv_path=NO_DOTENV)
    assert "sk-secret-123" not in repr(s) and "abcsecret" not in str(s)
    assert s.openai_api_key == "sk-secret-123"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"WHOSAID_TOP_K": "many"}, "WHOSAID_TOP_K must be a whole number"),
        ({"WHOSAID_TOP_K": "0"}, "between 1 and 100"),
        ({"OPENAI_TIMEOUT": "soon"}, "OPENAI_TIMEOUT must be a number"),
        ({"EMBEDDINGS": "word2vec"}, "EMBEDDINGS must be"),
        ({"WHOSAID_MODE": "magic"}, "WHOSAID_MODE must be"),
        ({"TELEGRAM_ALLOWED_USERS": "12,bob"}, "numeric Telegram ids"),
    ],
)
def test_malformed_settings_say_what_to_fix(env, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env, dotenv_path=NO_DOTENV)


def test_llm_is_used_only_when_configured_and_not_forced_off():
    assert not load_settings(env={}, dotenv_path=NO_DOTENV).use_llm
    assert load_settings(env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}, dotenv_path=NO_DOTENV).use_llm
    forced = load_settings(env={"OPENAI_API_KEY": "k", "WHOSAID_MODE": "extractive"}, dotenv_path=NO_DOTENV)
    assert not forced.use_llm
