"""The project's local Neo4j: `graph-builder server install|start|stop|status`.

Neo4j 5.26 LTS Community is not published on Maven Central as a server
distribution, but its server classes are (org.neo4j.test:neo4j-harness pulls
them in) and so is Neo4j Browser. `install` copies them with Maven into
`.neo4j/lib`; `start` runs `org.neo4j.server.CommunityEntryPoint` on a
persistent home (`.neo4j/`), Bolt and HTTP on 127.0.0.1 only, authentication
on. On the first start a random password is set and kept in `.neo4j/password`
(mode 600); it is never printed.

Users with their own Neo4j set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (or
`neo4j:` in config.yaml) and need none of this.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .config import PROJECT_DIR, resolve_path, section

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"  # neo4j-admin: its jars come with the server's (neo4j-import-tool)
POM = PROJECT_DIR / "server" / "pom.xml"
DEFAULT_VERSION = "5.26.30"


class ServerError(RuntimeError):
    """A problem starting or reaching the local server, said plainly."""


@dataclass
class Connection:
    uri: str
    user: str
    password: str | None
    database: str
    password_from: str = "no password"  # where the password came from, for error messages

    def __repr__(self) -> str:  # never show the password
        return f"Connection(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"

    def driver(self, **options):
        """A driver for this connection. The driver's own retry of a transaction is
        kept short: the writer retries a lost server itself, with backoff."""
        from neo4j import GraphDatabase

        options.setdefault("max_transaction_retry_time", 5.0)
        # the server's hints ("label does not exist" on an empty graph) are not for the user
        options.setdefault("notifications_min_severity", "OFF")
        options.setdefault("connection_timeout", 10.0)
        return GraphDatabase.driver(self.uri, auth=(self.user, self.password or ""), **options)

    def open(self, **options):
        """A driver that has reached the server and logged in. A server that
        refuses the credentials, or does not answer, raises ServerError in one line."""
        from neo4j.exceptions import AuthError, Neo4jError

        try:
            driver = self.driver(**options)
        except Exception as exc:  # a malformed URI
            raise ServerError(f"cannot use Neo4j URI {self.uri!r}: {first_line(exc)}") from None
        try:
            driver.verify_connectivity()
        except Exception as exc:
            driver.close()
            code = getattr(exc, "code", None) or ""
            if code.endswith("AuthenticationRateLimit"):  # after repeated wrong passwords
                raise ServerError(f"Neo4j at {self.uri} refuses user {self.user!r} for a few seconds after "
                                  f"repeated wrong passwords (password from {self.password_from})") from None
            if isinstance(exc, AuthError) or (isinstance(exc, Neo4jError) and ".Security." in code):
                raise ServerError(f"Neo4j at {self.uri} refused the credentials of user {self.user!r} "
                                  f"(password from {self.password_from})") from None
            raise ServerError(f"no Neo4j answers at {self.uri} ({type(exc).__name__}: {first_line(exc)}); "
                              f"start it (graph-builder server start) or set NEO4J_URI") from None
        return driver


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def settings() -> dict:
    """config.yaml `server:`; GRAPH_BUILDER_NEO4J_HOME, _BOLT_PORT and _HTTP_PORT
    override it, so that the tests run their own server beside the user's graph."""
    s = section("server")
    env = os.environ.get
    installed = resolve_path(s.get("home") or ".neo4j")
    return {
        "version": str(s.get("version") or DEFAULT_VERSION),
        "home": resolve_path(env("GRAPH_BUILDER_NEO4J_HOME") or installed),
        "lib": installed / "lib",  # the jars are shared by every server of the checkout
        "bolt_port": int(env("GRAPH_BUILDER_BOLT_PORT") or s.get("bolt_port") or 7687),
        "http_port": int(env("GRAPH_BUILDER_HTTP_PORT") or s.get("http_port") or 7474),
        "listen": str(s.get("listen_address") or "127.0.0.1"),
        "heap": str(s.get("heap") or "1g"),
        "pagecache": str(s.get("pagecache") or "512m"),
        "timeout": float(s.get("start_timeout") or 180),
    }


def home() -> Path:
    return settings()["home"]


def password_file() -> Path:
    return home() / "password"


def connection_settings() -> Connection:
    """Environment first, then config.yaml; with neither naming a server, the
    project's local one (and its password file: never sent anywhere else)."""
    cfg = section("neo4j")
    uri = os.environ.get("NEO4J_URI") or cfg.get("uri")
    local = None if uri else local_connection()
    user = os.environ.get("NEO4J_USER") or cfg.get("user") or "neo4j"
    database = os.environ.get("NEO4J_DATABASE") or cfg.get("database") or "neo4j"
    for password, source in ((os.environ.get("NEO4J_PASSWORD"), "NEO4J_PASSWORD"),
                             (cfg.get("password"), "neo4j.password in config.yaml"),
                             (local and local.password, str(password_file()))):
        if password:
            return Connection(uri or local.uri, user, password, database, source)
    return Connection(uri or local.uri, user, None, database)


def configured_server() -> str | None:
    """Why a Neo4j counts as configured, or None. Configured: NEO4J_URI or
    `neo4j.uri`, a password given for the local server (NEO4J_PASSWORD or
    `neo4j.password`), or the project's local server set up here (its password
    file exists once it has started). Only with none of these does `build`
    fall back to the embedded store."""
    cfg = section("neo4j")
    reasons = ((os.environ.get("NEO4J_URI"), "NEO4J_URI"), (cfg.get("uri"), "neo4j.uri in config.yaml"),
               (os.environ.get("NEO4J_PASSWORD"), "NEO4J_PASSWORD"),
               (cfg.get("password"), "neo4j.password in config.yaml"),
               (password_file().exists(), f"the local server ({home()})"))
    return next((why for value, why in reasons if value), None)


# --- install -----------------------------------------------------------------

def lib_dir() -> Path:
    return settings()["lib"]


def install_stamp() -> str:
    return hashlib.sha256(POM.read_bytes() + settings()["version"].encode()).hexdigest()[:16]


def is_installed() -> bool:
    stamp = lib_dir() / ".installed"
    return stamp.exists() and stamp.read_text().strip() == install_stamp()


def require_java() -> str:
    java = shutil.which("java")
    if not java:
        raise ServerError("no Java found: Neo4j 5.26 needs Java 17 (apt-get install openjdk-17-jre-headless)")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    if '"17' not in out and '"21' not in out:
        raise ServerError(f"Neo4j 5.26 needs Java 17 or 21; `java -version` says: {out.splitlines()[0] if out else '?'}")
    return java


def install(quiet: bool = False) -> Path:
    """Copy the Neo4j server and Browser jars from Maven Central into .neo4j/lib."""
    if is_installed():
        return lib_dir()
    require_java()
    mvn = shutil.which("mvn")
    if not mvn:
        raise ServerError("no Maven found: `graph-builder server install` needs `mvn` (apt-get install maven)")
    target = lib_dir()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    cmd = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
           f"-DoutputDirectory={target}", "-DincludeScope=runtime", f"-Dneo4j.version={settings()['version']}"]
    if not quiet:
        print(f"downloading Neo4j {settings()['version']} and Neo4j Browser from Maven Central …", file=sys.stderr)
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-8:])
        raise ServerError(f"download failed (mvn exit {done.returncode}):\n{tail}")
    (target / ".installed").write_text(install_stamp())
    return target


# --- start / stop / status ---------------------------------------------------

def pid_file() -> Path:
    return home() / "run" / "neo4j.pid"


def pid_in_file() -> int | None:
    try:
        return int(pid_file().read_text().strip())
    except (OSError, ValueError):
        return None


def running_pid() -> int | None:
    """The pid of this home's Neo4j, or None. The pid file alone proves
    nothing: after a crash or a reboot it may name another program."""
    pid = pid_in_file()
    return pid if pid and is_neo4j_of_this_home(pid) else None


def is_neo4j_of_this_home(pid: int) -> bool:
    """The process runs the Neo4j entry point on this home (its command line says so)."""
    args = command_line(pid)
    return ENTRY_POINT in args and f"--home-dir={home().resolve()}" in args


def command_line(pid: int) -> list[str]:
    """A process's arguments; empty when there is no such process (or a zombie)."""
    if Path("/proc/self").exists():
        try:
            return Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
        except OSError:
            return []
    done = subprocess.run(["ps", "-o", "command=", "-p", str(pid)], capture_output=True, text=True)  # no /proc
    return done.stdout.split() if done.returncode == 0 else []


def port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def write_config() -> Path:
    s = settings()
    conf = home() / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    h = home().resolve()
    lines = [
        "# Written by graph-builder server start; edit config.yaml `server:` instead.",
        f"server.default_listen_address={s['listen']}",
        f"server.bolt.listen_address={s['listen']}:{s['bolt_port']}",
        f"server.http.listen_address={s['listen']}:{s['http_port']}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        f"server.memory.pagecache.size={s['pagecache']}",
        f"server.directories.data={h / 'data'}",
        f"server.directories.logs={h / 'logs'}",
        f"server.directories.plugins={h / 'plugins'}",
        f"server.directories.import={h / 'import'}",
        f"server.directories.run={h / 'run'}",
        "db.tx_log.rotation.retention_policy=2 files",
    ]
    (conf / "neo4j.conf").write_text("\n".join(lines) + "\n")
    return conf


def start(quiet: bool = False) -> Connection:
    """Start the local server (installing it first) and wait until Bolt answers."""
    s = settings()
    if running_pid() and bolt_answers():
        return connection_settings()
    java = require_java()
    install(quiet=quiet)
    for port in (s["bolt_port"], s["http_port"]):
        if port_open(s["listen"], port):
            raise ServerError(f"port {port} is taken by another program: stop it, or set server.bolt_port/"
                              f"http_port in config.yaml (or NEO4J_URI to use that server)")
    conf = write_config()
    (home() / "run").mkdir(parents=True, exist_ok=True)
    (home() / "logs").mkdir(parents=True, exist_ok=True)
    console = open(home() / "logs" / "console.log", "ab")
    cmd = [java, f"-Xms{s['heap']}", f"-Xmx{s['heap']}", "-XX:+UseG1GC", "-cp", f"{lib_dir()}/*", ENTRY_POINT,
           f"--home-dir={home().resolve()}", f"--config-dir={conf.resolve()}"]
    proc = subprocess.Popen(cmd, stdout=console, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True, cwd=home())
    pid_file().write_text(str(proc.pid))
    deadline = time.monotonic() + s["timeout"]
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"Neo4j exited with code {proc.returncode}: see {home() / 'logs'}")
        if port_open(s["listen"], s["bolt_port"]):
            break
        time.sleep(0.5)
    else:
        stop()
        raise ServerError(f"Neo4j did not answer on port {s['bolt_port']} within {s['timeout']:.0f} s: "
                          f"see {home() / 'logs'}")
    ensure_password()
    wait_for_bolt(deadline)
    if not quiet:
        print(f"Neo4j {s['version']} running: bolt://{s['listen']}:{s['bolt_port']}, "
              f"Browser http://{s['listen']}:{s['http_port']}/browser/ (user neo4j, password in {password_file()})",
              file=sys.stderr)
    return connection_settings()


def ensure_password() -> None:
    """On a new database, replace the default password with a random one kept in .neo4j/password."""
    if password_file().exists():
        return
    new = secrets.token_urlsafe(18)
    first_login = Connection(local_connection().uri, "neo4j", "neo4j", "system")
    for _ in range(60):
        try:
            with first_login.driver() as driver:
                driver.execute_query("ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                                     old="neo4j", new=new, database_="system")
            break
        except Exception as exc:  # the server is still coming up, or the password was changed
            if "unauthorized" in str(exc).lower() or "authentication" in str(exc).lower():
                raise ServerError(f"the local database has a password that {password_file()} does not hold: "
                                  f"remove {home() / 'data'} to start afresh, or set NEO4J_PASSWORD") from None
            time.sleep(1)
    else:
        raise ServerError("could not set the local server's password")
    write_private(password_file(), new)


def write_private(path: Path, text: str) -> None:
    """A new file readable by its owner only from the first byte; refuses to
    write through a link or over a file planted at the path."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def local_connection() -> Connection:
    """The project's own server, whatever NEO4J_URI says."""
    s = settings()
    password = password_file().read_text(encoding="utf-8").strip() if password_file().exists() else None
    return Connection(f"bolt://{s['listen']}:{s['bolt_port']}", "neo4j", password, "neo4j")


def bolt_answers(connection: Connection | None = None) -> bool:
    try:
        with (connection or local_connection()).driver() as driver:
            driver.verify_connectivity()
        return True
    except Exception:
        return False


def wait_for_bolt(deadline: float) -> None:
    while time.monotonic() < deadline:
        if bolt_answers():
            return
        time.sleep(0.5)
    raise ServerError("Neo4j started but does not accept the stored password yet")


def stop(timeout: float = 60) -> bool:
    """Stop this home's Neo4j; a pid file naming anything else is removed, never signalled."""
    pid = running_pid()
    if pid is None:
        pid_file().unlink(missing_ok=True)  # stale
        return False
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and is_neo4j_of_this_home(pid):  # a zombie has no command line
        time.sleep(0.3)
    if is_neo4j_of_this_home(pid):
        os.killpg(pid, signal.SIGKILL)
    pid_file().unlink(missing_ok=True)
    return True


def status() -> str | None:
    """A line describing the running server, or None."""
    s = settings()
    if running_pid() and bolt_answers():
        return (f"running (pid {running_pid()}): bolt://{s['listen']}:{s['bolt_port']}, "
                f"Browser http://{s['listen']}:{s['http_port']}/browser/")
    return None


# --- first load: neo4j-admin database import ----------------------------------

def import_files(csv_dir: Path) -> dict[str, list[Path]]:
    files = {"nodes": sorted(csv_dir.glob("nodes_*.csv")), "relationships": sorted(csv_dir.glob("rels_*.csv"))}
    if not files["nodes"]:
        raise ServerError(f"{csv_dir}: no nodes_*.csv files (write them with graph-builder export --neo4j-import)")
    return files


def admin_import(csv_dir: Path, overwrite: bool = False) -> str:
    """`neo4j-admin database import full` of the CSV files into the local
    server's database (the server stopped); returns the tool's summary."""
    from .graph.neo4j_import import import_arguments

    files = import_files(csv_dir)
    if running_pid():
        raise ServerError("the server is running: `graph-builder server stop` first (the import writes its store)")
    if (home() / "data" / "databases" / "neo4j").exists() and not overwrite:
        raise ServerError(f"{home() / 'data'} already holds a graph: --overwrite replaces it with the import")
    java = require_java()
    install(quiet=True)
    conf = write_config()
    cmd = [java, "-cp", f"{lib_dir()}/*", ADMIN_TOOL, *import_arguments(files), "--overwrite-destination=true"]
    env = {**os.environ, "NEO4J_HOME": str(home().resolve()), "NEO4J_CONF": str(conf.resolve())}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=home())
    log = home() / "logs" / "import.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(done.stdout + done.stderr)
    if done.returncode != 0:
        problem = next((line for line in (done.stdout + done.stderr).splitlines()
                        if "rror" in line or "Exception" in line), "see the log")
        raise ServerError(f"import of {csv_dir} failed: {problem.strip()} (full output: {log})")
    lines = done.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("IMPORT DONE")), len(lines))
    return " ".join(line.strip() for line in lines[start:start + 5] if line.strip())


# --- command -----------------------------------------------------------------

def add_arguments(parser) -> None:
    parser.add_argument("action", choices=["install", "start", "stop", "status", "import"])
    parser.add_argument("csv_dir", nargs="?", help="import: the directory `graph-builder export --neo4j-import` wrote")
    parser.add_argument("--overwrite", action="store_true", help="import: replace the graph the server holds")
    parser.add_argument("--quiet", action="store_true")


def run(args) -> int:
    try:
        if args.action == "install":
            print(f"Neo4j jars in {install(quiet=args.quiet)}")
        elif args.action == "start":
            start(quiet=args.quiet)
        elif args.action == "import":
            if not args.csv_dir:
                print("server import: give the directory of CSV files", file=sys.stderr)
                return 2
            print(admin_import(Path(args.csv_dir), overwrite=args.overwrite))
        elif args.action == "stop":
            stale = None if running_pid() else pid_in_file()
            if stop():
                print("stopped")
            else:
                print("not running" + (f" (removed a stale pid file naming pid {stale})" if stale else ""))
        else:
            line = status()
            print(line or "not running")
            return 0 if line else 3
    except ServerError as exc:
        print(f"server: {exc}", file=sys.stderr)
        return 1
    return 0
