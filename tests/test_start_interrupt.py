"""A Ctrl-C while the console script is still importing quotecheck is one line, and the exit stays SIGINT's.

The console script imports ``quotecheck.cli`` before it calls anything of ours; the child here stands in for it (its
``__main__`` is named ``quotecheck``) and is interrupted at a fixed point of its start-up, after the package's first
import and before the CLI runs, so the test does not depend on timing."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from quotecheck._start import MESSAGE

_CHILD = textwrap.dedent("""
    import sys
    sys.modules["__main__"].__file__ = sys.argv[1]
    import quotecheck.cli
    {after}
    raise KeyboardInterrupt
""")


def _run(script: str, after: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _CHILD.format(after=after), script], capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.mark.skipif(sys.platform == "win32", reason="exit by SIGINT is a POSIX status")
def test_an_interrupt_during_the_start_is_one_line_and_exits_as_sigint() -> None:
    done = _run("/somewhere/bin/quotecheck")
    assert done.stderr == MESSAGE and "Traceback" not in done.stderr
    assert done.returncode == -signal.SIGINT


def test_another_program_importing_quotecheck_keeps_pythons_report() -> None:
    done = _run("/somewhere/my_script.py")
    assert "Traceback" in done.stderr and MESSAGE not in done.stderr


def test_once_the_cli_runs_an_interrupt_is_the_clis_to_report() -> None:
    """started(), which the CLI's group calls first, gives Python's report back (the CLI has its own words)."""
    done = _run("/somewhere/bin/quotecheck", after="from quotecheck._start import started; started()")
    assert "Traceback" in done.stderr and MESSAGE not in done.stderr


def test_an_exception_other_than_an_interrupt_is_reported_as_python_reports_it() -> None:
    done = subprocess.run([sys.executable, "-c", _CHILD.format(after="").replace("KeyboardInterrupt", "ValueError('x')"),
                           "/somewhere/bin/quotecheck"], capture_output=True, text=True, check=False, timeout=120)
    assert "Traceback" in done.stderr and "ValueError: x" in done.stderr and done.returncode == 1
