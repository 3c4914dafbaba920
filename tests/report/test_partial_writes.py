"""Every byte of the JSON output is written, however the stream takes it (round-32 new user NU-2).

Under PYTHONUNBUFFERED the binary layer of stdout is the raw file, whose write takes what a full pipe has room for
when a signal (Ctrl-C) interrupts it; the rest was dropped, so an interrupted run's JSON lines held a document cut
mid-string with the summary glued on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotecheck._report._json import write_all

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


class _Trickle:
    """A raw stream that takes at most ``most`` bytes a call, as a pipe does when a signal lands mid-write."""

    def __init__(self, most: int) -> None:
        self.most, self.got, self.calls = most, bytearray(), 0

    def write(self, data: memoryview) -> int:
        self.calls += 1
        taken = bytes(data[: self.most])
        self.got += taken
        return len(taken)


@pytest.mark.parametrize("most", [1, 7, 65536])
def test_write_all_writes_what_a_partial_writer_leaves(most: int) -> None:
    data = ("x" * 99 + "\n").encode() * 3000
    stream = _Trickle(most)
    write_all(stream, data)  # type: ignore[arg-type]
    assert bytes(stream.got) == data and stream.calls == -(-len(data) // most)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_ctrl_c_while_a_slow_reader_lags_leaves_whole_json(fmt: str) -> None:
    """A real run over the fixtures, its stdout a pipe nobody reads until after Ctrl-C: what it wrote parses."""
    exe = Path(sys.executable).with_name("quotecheck")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([str(exe), "audit", str(FIXTURES), "--format", fmt], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    time.sleep(3)  # start-up, then the pipe fills (64 KB) and the run blocks in a write
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode in (1, 2, 130)
    if fmt == "jsonl":
        lines = [json.loads(line) for line in out.decode("utf-8").splitlines()]
        assert lines and "summary" in lines[-1]
    else:
        report = json.loads(out)
        assert "summary" in report
