"""Settings: one object of four parts (store, answering, llm, telegram), read once from the
environment and `.env`, then passed down.

Each part is a pydantic-settings class whose fields carry the documented variable names
(`.env.example`): the environment wins over `.env`, an empty value means the default, and a
malformed one is a ConfigError saying what to fix. No other module reads os.environ. Secrets
never appear in repr(), so a logged settings object never leaks a token.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import Annotated, Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from index.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# What a part is read from. Only load_settings reads the environment: "environment" is
# os.environ over `.env`; "mapping" is the env load_settings(env=...) was given over `.env`, so
# tests and benchmarks stay hermetic whatever the shell running them has set. Built in code
# (StoreSettings(data_dir=...)), a part holds its defaults and what it was given, nothing else.
_READ_FROM: ContextVar[str] = ContextVar("whosaid_settings_source", default="code")


class _Part(BaseSettings):
    model_config = SettingsConfigDict(
        frozen=True, extra="ignore", case_sensitive=True, env_file=".env",
        populate_by_name=True,
    )
    SECRETS: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def settings_customise_sources(cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings):
        source = _READ_FROM.get()
        if source == "environment":
            return init_settings, env_settings, dotenv_settings
        if source == "mapping":
            return init_settings, dotenv_settings
        return (init_settings,)

    @model_validator(mode="before")
    @classmethod
    def _empty_is_unset(cls, values: Any) -> Any:
        # `CHROMA_HOST=` (in the environment over a .env value, or alone) means the default.
        return {k: v for k, v in values.items() if v != ""} if isinstance(values, dict) else values

    def __repr_args__(self):
        for name, value in super().__repr_args__():
            yield name, ("***" if name in self.SECRETS and value else value)


def _lower(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


class StoreSettings(_Part):
    """Where the index lives and how passages are embedded."""

    data_dir: Path = Field(Path(".whosaid"), validation_alias="WHOSAID_DATA")
    seeds_dir: Path = Field(PROJECT_ROOT / "seeds", validation_alias="WHOSAID_SEEDS")
    embeddings: str = Field("onnx", validation_alias="EMBEDDINGS")  # onnx | openai
    embedding_model: str = Field("text-embedding-3-small", validation_alias="OPENAI_EMBEDDING_MODEL")
    chroma_host: str | None = Field(None, validation_alias="CHROMA_HOST")
    chroma_port: int = Field(8000, validation_alias="CHROMA_PORT")

    @field_validator("embeddings", mode="before")
    @classmethod
    def _known_embedder(cls, value: Any) -> Any:
        value = _lower(value)
        if value not in ("onnx", "openai"):
            raise ValueError(f"EMBEDDINGS must be 'onnx' or 'openai', got {value!r}.")
        return value


class AnsweringSettings(_Part):
    """How questions are taken and answered, and how much of a conversation is kept."""

    top_k: int = Field(8, validation_alias="WHOSAID_TOP_K")
    max_question_chars: int = Field(1000, validation_alias="WHOSAID_MAX_QUESTION_CHARS")
    mode: str = Field("auto", validation_alias="WHOSAID_MODE")  # auto (llm when configured) | extractive | llm
    history_turns: int = Field(6, validation_alias="WHOSAID_HISTORY_TURNS")
    history_max_age_s: int = Field(3600, validation_alias="WHOSAID_HISTORY_MAX_AGE")

    @field_validator("mode", mode="before")
    @classmethod
    def _known_mode(cls, value: Any) -> Any:
        value = _lower(value)
        if value not in ("auto", "extractive", "llm"):
            raise ValueError(f"WHOSAID_MODE must be auto, extractive or llm, got {value!r}.")
        return value

    @field_validator("top_k")
    @classmethod
    def _sane_k(cls, value: int) -> int:
        if not 1 <= value <= 100:
            raise ValueError(f"WHOSAID_TOP_K must be between 1 and 100, got {value}.")
        return value

    @field_validator("max_question_chars")
    @classmethod
    def _some_question_fits(cls, value: int) -> int:
        if value < 1:  # else every question would be refused as too long
            raise ValueError(f"WHOSAID_MAX_QUESTION_CHARS must be at least 1, got {value}.")
        return value


def url_without_secrets(url: str) -> str:
    """A URL as messages and logs may show it: without a `user:password@` or a query."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))


class LLMSettings(_Part):
    """The language model (optional): OpenAI or any OpenAI-compatible server."""

    SECRETS = ("api_key",)
    api_key: str | None = Field(None, validation_alias="OPENAI_API_KEY")
    base_url: str | None = Field(None, validation_alias="OPENAI_BASE_URL")
    model: str = Field("gpt-4o-mini", validation_alias="OPENAI_MODEL")
    timeout: float = Field(20.0, validation_alias="OPENAI_TIMEOUT")
    max_retries: int = Field(2, validation_alias="OPENAI_MAX_RETRIES")
    max_tokens: int = Field(700, validation_alias="OPENAI_MAX_TOKENS")  # longest answer the model may write
    prompts_dir: Path = PROJECT_ROOT / "prompts"

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        # The value is not echoed: a URL may carry a password or a key.
        if value and urlsplit(value.strip()).scheme.lower() not in ("http", "https"):
            raise ValueError("OPENAI_BASE_URL must be an http:// or https:// URL, such as http://localhost:8080/v1. "
                             "Fix it in .env or the environment.")
        return value.strip() if value else value

    @property
    def configured(self) -> bool:
        return bool(self.api_key or self.base_url)

    @property
    def url_secrets(self) -> tuple[str, ...]:
        """What of OPENAI_BASE_URL is as secret as the key: a `user:password@` and a query
        ("?api-key=..."). Messages and logs show the URL without them (`shown_base_url`)."""
        if not self.base_url:
            return ()
        parts = urlsplit(self.base_url)
        userinfo = parts.netloc.rpartition("@")[0]
        return tuple(s for s in (userinfo, parts.query) if s)

    @property
    def shown_base_url(self) -> str | None:
        return url_without_secrets(self.base_url) if self.base_url else None

    def __repr_args__(self):
        for name, value in super().__repr_args__():
            yield name, (self.shown_base_url if name == "base_url" else value)


class TelegramSettings(_Part):
    """The Telegram front-end (optional)."""

    SECRETS = ("bot_token",)
    bot_token: str | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    base_url: str = Field("https://api.telegram.org/bot", validation_alias="TELEGRAM_BASE_URL")
    webhook_url: str | None = Field(None, validation_alias="TELEGRAM_WEBHOOK_URL")
    webhook_listen: str = Field("0.0.0.0", validation_alias="TELEGRAM_WEBHOOK_LISTEN")
    webhook_port: int = Field(8443, validation_alias="TELEGRAM_WEBHOOK_PORT")
    allowed_users: Annotated[frozenset[int], NoDecode] = Field(frozenset(), validation_alias="TELEGRAM_ALLOWED_USERS")
    allowed_chats: Annotated[frozenset[int], NoDecode] = Field(frozenset(), validation_alias="TELEGRAM_ALLOWED_CHATS")
    rate_limit_per_minute: int = Field(10, validation_alias="TELEGRAM_RATE_LIMIT")

    @field_validator("allowed_users", "allowed_chats", mode="before")
    @classmethod
    def _ids(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        ids = set()
        for part in value.replace(";", ",").split(","):
            if part.strip():
                try:
                    ids.add(int(part))
                except ValueError:
                    raise ValueError(f"must be a comma-separated list of numeric Telegram ids, got {part.strip()!r}.")
        return frozenset(ids)


class Settings(BaseModel):
    """Every setting, by part. `settings.with_(llm={"timeout": 1.0})` is a changed copy."""

    model_config = ConfigDict(frozen=True)
    store: StoreSettings = Field(default_factory=StoreSettings)
    answering: AnsweringSettings = Field(default_factory=AnsweringSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    log_level: str = "WARNING"

    @property
    def use_llm(self) -> bool:
        """Whether answers are written by the model: configured, and not forced off."""
        return self.answering.mode != "extractive" and self.llm.configured

    def with_(self, **changes: Any) -> "Settings":
        """A copy with some fields of some parts changed: with_(store={"data_dir": path})."""
        update = {}
        for part, fields in changes.items():
            current = getattr(self, part)
            update[part] = current.model_copy(update=fields) if isinstance(current, BaseModel) else fields
        return self.model_copy(update=update)


PARTS = {"store": StoreSettings, "answering": AnsweringSettings, "llm": LLMSettings, "telegram": TelegramSettings}


def load_settings(env: Mapping[str, str] | None = None, dotenv_path: Path | None = None) -> Settings:
    """Settings from `env` (default: os.environ) over `.env` in the working directory."""
    dotenv = dotenv_path if dotenv_path is not None else Path(".env")
    dotenv_file = dotenv if dotenv.is_file() else None
    given = dict(env or {})
    token = _READ_FROM.set("environment" if env is None else "mapping")
    try:
        parts = {name: part(_env_file=dotenv_file, **given) for name, part in PARTS.items()}
        level = _LogLevel(_env_file=dotenv_file, **given).level
    except ValidationError as err:
        raise ConfigError(_say_what_to_fix(err)) from None
    finally:
        _READ_FROM.reset(token)
    return Settings(**parts, log_level=level)


class _LogLevel(_Part):
    level: str = Field("WARNING", validation_alias="WHOSAID_LOG_LEVEL")

    @field_validator("level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        value = (value.strip().upper() or "WARNING") if isinstance(value, str) else value
        if value not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError(f"WHOSAID_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {value!r}.")
        return value


def _say_what_to_fix(err: ValidationError) -> str:
    """The first problem, named by its variable, in one line."""
    first = err.errors()[0]
    key = str(first["loc"][0]) if first["loc"] else "a setting"
    got = first.get("input")
    if first["type"] == "int_parsing":
        return f"{key} must be a whole number, got {got!r}. Fix it in .env or the environment."
    if first["type"] == "float_parsing":
        return f"{key} must be a number, got {got!r}. Fix it in .env or the environment."
    if first["type"] == "value_error":
        message = str(first["ctx"]["error"])
        return message if message.startswith(key) else f"{key} {message}"
    return f"{key}: {first['msg']}. Fix it in .env or the environment."
