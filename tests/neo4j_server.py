"""Start a real Neo4j 5.26 for tests, without Docker.

The server is the in-process Neo4j of ``org.neo4j.test:neo4j-harness`` run by the
small Java launcher in ``tests/neo4j-harness`` (see ``docs/neo4j.md``). Maven builds
the launcher and writes its class path once (``target/cp.txt``); every later start is a
plain ``java`` command, about 5-10 s.

Usage::

    from tests.neo4j_server import Neo4jTestServer   # or: from neo4j_server import ...

    with Neo4jTestServer(home=tmp_path / "neo4j") as server:
        with server.driver() as driver:
            driver.execute_query("RETURN 1")
        server.kill()      # SIGKILL, as in a crash
        server.restart()   # same data directory (and, if it is free, the same port)

Nothing here needs Docker. ``java_and_maven_available()`` tells why the server cannot
be started on this machine (``None`` when it can).
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

HARNESS_DIR = Path(__file__).resolve().parent / "neo4j-harness"
TARGET_DIR = HARNESS_DIR / "target"
CLASSES_DIR = TARGET_DIR / "classes"
CLASSPATH_FILE = TARGET_DIR / "cp.txt"
LAUNCHER_CLASS = "kgtest.Neo4jLauncher"
LAUNCHER_CLASS_FILE = CLASSES_DIR / "kgtest" / "Neo4jLauncher.class"
# The packaged jar, not target/classes, goes on the class path: class-data sharing
# (CDS_ARCHIVE) only accepts jars.
LAUNCHER_JAR = TARGET_DIR / "kg-neo4j-harness-0.1.0.jar"
# Class-data-sharing archive of Neo4j's classes, written by the first clean stop and
# used by later starts (a few seconds faster). KG_NEO4J_CDS=0 turns it off.
CDS_ARCHIVE = TARGET_DIR / "neo4j-classes.jsa"
# Touched after each successful Maven build (Maven leaves an unchanged cp.txt alone,
# so its time says nothing).
BUILD_STAMP = TARGET_DIR / ".kg-build-stamp"

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "kg-test-password"
DEFAULT_HEAP = "1g"

MAVEN_BUILD_ARGS = [
    "-q",
    "-B",
    "-DskipTests",
    "package",
    "dependency:build-classpath",
    "-Dmdep.outputFile=target/cp.txt",
]


class Neo4jServerError(RuntimeError):
    """The test Neo4j could not be built, started or stopped."""


# --------------------------------------------------------------------------- tools


def _java_major_version(java: str) -> Optional[int]:
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        return None
    major = int(m.group(1))
    if major == 1 and m.group(2):  # "1.8.0_..." style
        major = int(m.group(2))
    return major


def java_and_maven_available() -> Optional[str]:
    """Return why the test Neo4j cannot run here, or None when Java 17+ and Maven are present.

    Maven is not needed when the launcher is already built (target/cp.txt and the
    class exist, and every jar on the class path is still in the local repository).
    """
    java = shutil.which("java")
    if java is None:
        return "java not found on PATH (Neo4j 5.26 needs Java 17 or 21)"
    major = _java_major_version(java)
    if major is None:
        return f"cannot read the version of {java}"
    if major < 17:
        return f"Java {major} found at {java}; Neo4j 5.26 needs Java 17 or newer"
    if shutil.which("mvn") is None and _build_is_stale():
        return "mvn (Maven) not found on PATH; needed once to build tests/neo4j-harness"
    return None


def _read_classpath() -> list[str]:
    try:
        text = CLASSPATH_FILE.read_text(encoding="utf-8").strip()
    except OSError:
        return []
    return [p for p in text.split(os.pathsep) if p]


def _build_is_stale() -> bool:
    built_files = (BUILD_STAMP, CLASSPATH_FILE, LAUNCHER_CLASS_FILE, LAUNCHER_JAR)
    if not all(f.exists() for f in built_files):
        return True
    built = BUILD_STAMP.stat().st_mtime
    sources = [HARNESS_DIR / "pom.xml", *HARNESS_DIR.glob("src/main/java/**/*.java")]
    if any(src.stat().st_mtime > built for src in sources):
        return True
    cp = _read_classpath()
    if not cp or not all(os.path.exists(p) for p in cp):
        return True  # e.g. ~/.m2 was wiped
    return False


def build_launcher(force: bool = False, timeout: float = 1800) -> list[str]:
    """Build tests/neo4j-harness with Maven if needed; return the java class path entries.

    Safe to call from several processes at once (a file lock serialises the build).
    """
    TARGET_DIR.mkdir(parents=True, exist_ok=True)
    with open(TARGET_DIR / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if force or _build_is_stale():
                mvn = shutil.which("mvn")
                if mvn is None:
                    raise Neo4jServerError("mvn not found on PATH; cannot build tests/neo4j-harness")
                try:
                    proc = subprocess.run(
                        [mvn, *MAVEN_BUILD_ARGS],
                        cwd=HARNESS_DIR,
                        capture_output=True,
                        text=True,
                        timeout=timeout,
                        stdin=subprocess.DEVNULL,
                    )
                except subprocess.TimeoutExpired as exc:
                    raise Neo4jServerError(
                        f"Maven build of tests/neo4j-harness took longer than {timeout:.0f} s"
                    ) from exc
                if proc.returncode == 0 and CLASSPATH_FILE.exists() and LAUNCHER_JAR.exists():
                    BUILD_STAMP.touch()
                if proc.returncode != 0 or _build_is_stale():
                    tail = (proc.stdout + proc.stderr)[-4000:]
                    raise Neo4jServerError(
                        f"Maven build of tests/neo4j-harness failed (exit {proc.returncode}):\n{tail}"
                    )
                CDS_ARCHIVE.unlink(missing_ok=True)  # made for the old class path
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return [str(LAUNCHER_JAR), *_read_classpath()]


def _cds_enabled() -> bool:
    return os.environ.get("KG_NEO4J_CDS", "1").strip().lower() not in ("0", "false", "no")


# --------------------------------------------------------------------------- server


class Neo4jTestServer:
    """A real Neo4j 5.26 server in a child JVM, Bolt on 127.0.0.1.

    Attributes once started: ``uri`` (``bolt://127.0.0.1:PORT``), ``user``, ``password``,
    ``auth`` (a ``(user, password)`` tuple, or ``None`` with auth disabled), ``port``,
    ``home`` (``home/data`` is the store that survives ``kill()``/``restart()``).
    """

    def __init__(
        self,
        home: Optional[os.PathLike | str] = None,
        *,
        password: str = DEFAULT_PASSWORD,
        auth_enabled: bool = True,
        port: int = 0,
        heap: str = DEFAULT_HEAP,
        page_cache_mb: int = 64,
        startup_timeout: float = 180.0,
        java: Optional[str] = None,
    ) -> None:
        if auth_enabled and len(password) < 8:
            raise ValueError("Neo4j requires passwords of at least 8 characters")
        self._own_home = home is None
        self.home = Path(home) if home is not None else Path(tempfile.mkdtemp(prefix="kg-neo4j-"))
        self.home.mkdir(parents=True, exist_ok=True)
        self.user = DEFAULT_USER
        self.password = password
        self.auth_enabled = auth_enabled
        self.port = port
        self.heap = heap
        self.page_cache_mb = page_cache_mb
        self.startup_timeout = startup_timeout
        self.java = java or shutil.which("java") or "java"
        self.uri: Optional[str] = None
        self.process: Optional[subprocess.Popen] = None
        self.last_start_seconds: Optional[float] = None
        self.starts = 0
        self._log_file = None
        self._stdout_lines: list[str] = []
        self._stdout_thread: Optional[threading.Thread] = None
        self._cds_dump: Optional[Path] = None

    # ------------------------------------------------------------------ info

    @property
    def auth(self) -> Optional[tuple[str, str]]:
        return (self.user, self.password) if self.auth_enabled else None

    @property
    def log_path(self) -> Path:
        """The launcher's stderr (Neo4j start-up messages, stack traces)."""
        return self.home / "launcher.log"

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def driver(self, **kwargs):
        """A new ``neo4j.Driver`` for this server; the caller closes it."""
        import neo4j

        if self.uri is None:
            raise Neo4jServerError("server not started")
        kwargs.setdefault("auth", self.auth)
        return neo4j.GraphDatabase.driver(self.uri, **kwargs)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> "Neo4jTestServer":
        if self.is_running():
            return self
        reason = java_and_maven_available()
        if reason:
            raise Neo4jServerError(reason)
        classpath = build_launcher()
        t0 = time.monotonic()
        try:
            self._start_process(classpath, self.port)
        except Neo4jServerError:
            if self.port == 0:
                raise
            # The previous port may be taken by now: take any free one instead.
            self._start_process(classpath, 0)
        self._wait_for_bolt(t0 + self.startup_timeout)
        self.last_start_seconds = time.monotonic() - t0
        self.starts += 1
        return self

    def _start_process(self, classpath: list[str], port: int) -> None:
        cmd = [self.java, f"-Xmx{self.heap}", "-XX:+UseSerialGC"]
        self._cds_dump = None
        if _cds_enabled():
            if CDS_ARCHIVE.exists():
                # -Xshare:auto (the default) ignores an archive that does not match.
                cmd.append(f"-XX:SharedArchiveFile={CDS_ARCHIVE}")
            else:
                # Written when this JVM exits; kept only if the stop was clean (see stop()).
                self._cds_dump = TARGET_DIR / f"neo4j-classes.{os.getpid()}.{id(self)}.jsa.tmp"
                cmd.append(f"-XX:ArchiveClassesAtExit={self._cds_dump}")
        cmd += [
            "-cp",
            os.pathsep.join(classpath),
            LAUNCHER_CLASS,
            "--home",
            str(self.home),
            "--port",
            str(port),
            "--page-cache",
            str(self.page_cache_mb),
        ]
        env = dict(os.environ)
        if self.auth_enabled:
            env["KG_NEO4J_PASSWORD"] = self.password  # not on the command line
        else:
            cmd.append("--no-auth")
        self._log_file = open(self.log_path, "a", encoding="utf-8")
        self._log_file.write(f"\n=== start {time.strftime('%Y-%m-%dT%H:%M:%S')} port={port}\n")
        self._log_file.flush()
        self._stdout_lines = []
        self.process = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log_file,
            env=env,
            text=True,
            bufsize=1,
            start_new_session=True,  # Ctrl-C in pytest does not hit the JVM first
        )
        got_line = threading.Event()
        proc = self.process

        def pump() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                line = line.rstrip("\n")
                self._stdout_lines.append(line)
                if line.startswith(("BOLT_URI=", "ERROR=")):
                    got_line.set()
            got_line.set()

        self._stdout_thread = threading.Thread(target=pump, name="neo4j-stdout", daemon=True)
        self._stdout_thread.start()
        deadline = time.monotonic() + self.startup_timeout
        while not got_line.wait(0.2):
            if time.monotonic() > deadline:
                self._force_kill()
                raise Neo4jServerError(
                    f"Neo4j did not start within {self.startup_timeout:.0f} s\n{self._log_tail()}"
                )
        uri = next((l.split("=", 1)[1] for l in self._stdout_lines if l.startswith("BOLT_URI=")), None)
        if uri is None:
            error = next((l for l in self._stdout_lines if l.startswith("ERROR=")), "exited early")
            self._force_kill()
            raise Neo4jServerError(f"Neo4j launcher failed: {error}\n{self._log_tail()}")
        self.uri = uri
        self.port = int(uri.rsplit(":", 1)[1])

    def _wait_for_bolt(self, deadline: float) -> None:
        import neo4j
        from neo4j.exceptions import AuthError

        last: Optional[BaseException] = None
        while time.monotonic() < deadline:
            if not self.is_running():
                raise Neo4jServerError(f"Neo4j exited during start-up\n{self._log_tail()}")
            try:
                with neo4j.GraphDatabase.driver(
                    self.uri, auth=self.auth, connection_timeout=5
                ) as drv:
                    drv.verify_connectivity()
                return
            except AuthError:
                raise
            except Exception as exc:  # ServiceUnavailable etc. while Bolt comes up
                last = exc
                time.sleep(0.2)
        self._force_kill()
        raise Neo4jServerError(f"Bolt at {self.uri} never accepted a connection: {last!r}")

    def stop(self, timeout: float = 60.0) -> None:
        """Clean shutdown: close the launcher's stdin, wait; SIGKILL after ``timeout``."""
        proc = self.process
        if proc is None:
            return
        if proc.poll() is None:
            try:
                if proc.stdin:
                    proc.stdin.close()
            except OSError:
                pass
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._force_kill()
        if self._cds_dump is not None and proc.returncode == 0 and self._cds_dump.exists():
            try:
                os.replace(self._cds_dump, CDS_ARCHIVE)
            except OSError:
                pass
        self._cleanup()

    def kill(self) -> None:
        """SIGKILL the server (a crash: no clean shutdown, the store needs recovery)."""
        self._force_kill()
        self._cleanup()

    def restart(self, timeout: float = 60.0) -> "Neo4jTestServer":
        """Stop (cleanly, if still running) and start again on the same data directory.

        The same port is tried first so that ``uri`` usually stays the same; if it is
        taken, another free port is used and ``uri`` changes.
        """
        self.stop(timeout=timeout)
        return self.start()

    def close(self) -> None:
        """Stop and, when the home folder was a temporary one, delete it."""
        self.stop()
        if self._own_home:
            shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self) -> "Neo4jTestServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "running" if self.is_running() else "stopped"
        return f"<Neo4jTestServer {self.uri or '-'} {state} home={self.home}>"

    # ------------------------------------------------------------------ internals

    def _force_kill(self) -> None:
        proc = self.process
        if proc is not None and proc.poll() is None:
            try:
                os.kill(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass

    def _cleanup(self) -> None:
        if self._cds_dump is not None:
            self._cds_dump.unlink(missing_ok=True)
            self._cds_dump = None
        proc = self.process
        if proc is not None:
            for stream in (proc.stdin, proc.stdout):
                try:
                    if stream:
                        stream.close()
                except OSError:
                    pass
        if self._stdout_thread is not None:
            self._stdout_thread.join(timeout=5)
            self._stdout_thread = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        self.process = None

    def _log_tail(self, chars: int = 3000) -> str:
        if self._log_file is not None:
            self._log_file.flush()
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return f"--- {self.log_path} (tail) ---\n{text[-chars:]}"
