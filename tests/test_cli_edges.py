

def test_a_command_that_ends_waits_for_the_parser_loader():
    # A command ending while a daemon thread still imports the parser's native code shut the
    # interpreter down under it (a segmentation fault after the error line, under load).
    import threading
    import time

    from bot.terminal.cli import LOADERS, let_loaders_finish

    done = threading.Event()

    def load():
        time.sleep(0.3)
        done.set()

    loader = threading.Thread(target=load, name=LOADERS[0], daemon=True)
    other = threading.Thread(target=time.sleep, args=(5,), name="someone-else", daemon=True)
    loader.start()
    other.start()
    let_loaders_finish(wait=10)
    assert done.is_set() and not loader.is_alive()
    assert other.is_alive()  # only the loaders are waited for
