"""Where a file that is written whole and renamed into place may go (the HTML report, a Parquet export).

Such a writer makes a temporary file beside its target and renames it over the target: on a symlink that replaces the
link, not the file it points to; on a device or a FIFO (``--html /dev/null`` run as root) it replaces the device for
every process on the machine (round-34 new user NU3-1: the container's /dev/full became a regular file). The target is
therefore the link's final file, and a path that exists as anything but a regular file is refused before the run.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quotecheck.parsers._errors import file_kind


def replaced_file(path: Path) -> Path:
    """The file a whole-file write to ``path`` renames into place: a symlink's final target (the link stays); ValueError
    naming what the path is when it exists as anything but a regular file."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except OSError:  # a new file (a link to a file not yet made is made at its target), or a path the write reports
        return target  # ('plain/c.parquet' under a file: the export's own error, status 2)
    if stat.S_ISREG(mode):
        return target
    kind = file_kind(mode)
    shown = f"{path} (-> {target})" if target != path else str(path)
    raise ValueError(f"{shown} is {kind}: the output is written whole to a temporary file and renamed over the path, "
                     "which would replace it; give a regular file's path")
