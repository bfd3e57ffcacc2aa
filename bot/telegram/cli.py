"""`whosaid telegram`: run the Telegram bot (token from TELEGRAM_BOT_TOKEN; see docs/telegram.md)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "telegram",
        help="run the Telegram bot",
        description=(
            "Answer questions on Telegram. Needs TELEGRAM_BOT_TOKEN (from @BotFather) in .env or the "
            "environment; long polling unless TELEGRAM_WEBHOOK_URL is set. Stop with Ctrl-C."
        ),
    )
    parser.set_defaults(func=run)


def run(args, settings) -> int:
    # Imported here so other subcommands do not pay for python-telegram-bot.
    from bot.telegram.app import build_application, check_telegram, run_bot

    username = check_telegram(settings)  # token and network, before the index is opened
    log.info("starting @%s", username)
    from bot.service import Whosaid

    facade = Whosaid(settings)
    for line in facade.status().repaired:  # the bot's operator reads its log
        log.warning("repaired: %s", line)
    facade.warm_up()
    try:
        run_bot(build_application(settings, facade), settings)
    finally:
        facade.close()
    return 0
