"""Where a sweep's files come from: the sources, the walk below them, and what each file needs.

The walk never follows a folder link and opens nothing; each file gets a doc_id (its path
relative to the source, made unique) and a verdict from its stat signature and what the store
knows of it, before anything is read.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from findings.loading import KINDS_BY_EXTENSION, PAGE_ASSET_EXTENSIONS
from findings.records import Rejected, printable_name

# A group of files ends after MAX_GROUP_FILES files, read or not: walking an unchanged collection stays lean.
MAX_GROUP_FILES = 10_000


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """A file or folder to sweep; doc_ids are paths relative to a folder, or a file's name."""

    path: Path

    @property
    def absolute(self) -> str:
        return os.path.abspath(self.path)

    def holds(self, stored_path: str) -> bool:
        """Whether a stored article or rejected file (by absolute path) belongs to this source."""
        return stored_path == self.absolute or stored_path.startswith(self.absolute.rstrip(os.sep) + os.sep)


@dataclasses.dataclass(frozen=True, slots=True)
class RejectedInput:
    """A rejected file with what the store needs to retry it when it changes."""

    rejected: Rejected
    source: str
    signature: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class Skipped:
    """A file a sweep passes over on purpose (a hidden file, a web page's image or style sheet)."""

    path: str
    reason: str


@dataclasses.dataclass(frozen=True, slots=True)
class FileEntry:
    """A file the walk found, with what the store knows of it and what to do about it.

    `verdict`, decided before the file is read: "unsupported", "outside_root" (a link that leads
    out of the folder swept), "duplicate" (another active
    article has its doc_id), "unchanged" (same stat signature), "rejected" (a recorded rejection
    with the same signature) or "read".
    """

    path: Path
    doc_id: str
    absolute: str
    signature: str | None
    stored: sqlite3.Row | None
    rejection: sqlite3.Row | None
    verdict: str


def stat_signature(path: Path) -> str | None:
    """Device, inode, mode, size and times of the file a path leads to (of the link when broken)."""
    for stat_of in (os.stat, os.lstat):
        try:
            st = stat_of(path)
        except OSError:
            continue
        return f"{st.st_dev}:{st.st_ino}:{st.st_mode:o}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"
    return None


def walk_files(source: Source, skip: Path | None = None) -> Iterator[tuple[Path, str] | Rejected | Skipped]:
    """Every entry below a folder that is no folder itself, with its path relative to the folder,
    in sorted order; hidden files and folders and a web page's assets as Skipped.

    Links to folders are yielded as entries (and rejected when read), never followed, so link
    loops cannot trap the walk. A folder that cannot be listed yields a Rejected. A file source yields itself (when it exists
    or is a link); `skip` (the output folder) is not entered.
    """
    root = source.path
    if not root.is_dir():
        if os.path.lexists(root):
            yield root, printable_name(root.name)
        return
    skip_path = os.path.abspath(skip) if skip else None
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name, reverse=True)
        except OSError as error:
            relative = printable_name(Path(folder).relative_to(root).as_posix())
            yield Rejected(relative, "unreadable", f"The folder cannot be listed ({error.strerror}).")
            continue
        for entry in entries:
            if os.path.abspath(entry.path) == skip_path:
                continue
            relative = printable_name(Path(entry.path).relative_to(root).as_posix())
            if entry.name.startswith("."):
                yield Skipped(relative, "hidden")
            elif entry.is_dir(follow_symlinks=False):
                folders.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in PAGE_ASSET_EXTENSIONS:
                yield Skipped(relative, "page asset")
            else:
                yield Path(entry.path), relative


def is_within(path: str, folder: str) -> bool:
    """Whether a resolved path lies in a resolved folder."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def in_scope(sources: Sequence[Source] | None, stored_path: str) -> bool:
    """Whether a stored path lies below one of the sources (None: the whole collection)."""
    return sources is None or any(source.holds(stored_path) for source in sources)


def unique_doc_id(
    conn: sqlite3.Connection | None, source: Source, relative: str, absolute: str, claimed: dict[str, str]
) -> tuple[str, sqlite3.Row | None]:
    """A file's doc_id and the stored article of that id: its path relative to the source, or,
    when another file (in this sweep or active in the store `conn`, if given) has that id, the path
    with as many of the source's own folder names before it as make it unique ("dB/report.txt")."""
    names = [printable_name(part) for part in reversed(Path(source.absolute).parts[1:])] if source.path.is_dir() else []
    candidates = [relative, *("/".join([*reversed(names[: k + 1]), relative]) for k in range(len(names)))]
    stored = None
    for doc_id in candidates:
        if conn is not None:
            stored = conn.execute(
                "SELECT path, status, signature, content_hash FROM articles WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        taken_here = claimed.get(doc_id, absolute) != absolute
        taken_in_store = stored is not None and stored["status"] == "active" and stored["path"] != absolute
        if not taken_here and not taken_in_store:
            return doc_id, stored
    return candidates[-1], stored


# Why a file found by the walk is not read, before it is opened (the reading's own reasons are
# `findings.loading`'s).
REASONS = {
    "unsupported_type": "Only .txt, .md, .html and .htm files are read.",
    "outside_root": "The link leads outside the folder swept; it is not followed.",
}


def outside_root(path: Path, real_root: str | None) -> bool:
    """Whether a link below a folder (resolved: `real_root`) leads out of it."""
    return bool(real_root) and path.is_symlink() and not is_within(os.path.realpath(path), real_root)


def corpus_files(roots: Sequence[Path | str]) -> Iterator[tuple[Path, str] | Rejected | Skipped]:
    """The files below corpus folders as a sweep walks them, without a store (the in-memory
    oracle and the benchmark read corpora so): each file to read with its doc_id, made unique as a
    sweep makes it; a file not to read as a Rejected (REASONS), a folder that is missing or cannot
    be listed too; hidden files and a page's assets as Skipped."""
    claimed: dict[str, str] = {}
    for root in roots:
        source = Source(Path(root))
        if not os.path.lexists(source.path):
            yield Rejected(printable_name(str(source.path)), "unreadable", "The folder does not exist.")
            continue
        real_root = os.path.realpath(source.path) if source.path.is_dir() else None
        for item in walk_files(source):
            if isinstance(item, (Rejected, Skipped)):
                yield item
                continue
            path, relative = item
            absolute = printable_name(os.path.abspath(path))
            doc_id, _ = unique_doc_id(None, source, relative, absolute, claimed)
            claimed[doc_id] = absolute
            if path.suffix.lower() not in KINDS_BY_EXTENSION:
                yield Rejected(doc_id, "unsupported_type", REASONS["unsupported_type"])
            elif outside_root(path, real_root):
                yield Rejected(doc_id, "outside_root", REASONS["outside_root"])
            else:
                yield path, doc_id


def verdict(
    path: Path, absolute: str, signature: str | None, stored: sqlite3.Row | None, rejection: sqlite3.Row | None
) -> str:
    """What a file needs, as far as the store tells before it is read (see `FileEntry`)."""
    active = stored is not None and stored["status"] == "active"
    if path.suffix.lower() not in KINDS_BY_EXTENSION:
        return "unsupported"
    if active and stored["path"] != absolute:
        return "duplicate"
    if active and stored["signature"] == signature:
        return "unchanged"
    if rejection is not None and rejection["signature"] == signature and signature is not None:
        return "rejected"
    return "read"


def file_groups(entries: Iterable[FileEntry], size: int) -> Iterator[list[FileEntry]]:
    """The entries in groups of `size` files to read, or MAX_GROUP_FILES files in all."""
    group: list[FileEntry] = []
    reads = 0
    for entry in entries:
        group.append(entry)
        reads += entry.verdict == "read"
        if reads == size or len(group) == MAX_GROUP_FILES:
            yield group
            group, reads = [], 0
    if group:
        yield group
